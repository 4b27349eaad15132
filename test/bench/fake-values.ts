/**
 * Synthetic sensitive values for the benchmark inputs. Every value is FAKE: e-mail addresses use the
 * reserved example.* domains, card numbers use test-card prefixes with random digits and a Luhn check
 * digit, IBANs have random account parts with computed check digits, phone numbers come from the ranges
 * regulators reserve for fiction, and tokens are random characters in the provider's shape.
 */
import type { Rng } from './prng';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64URL = `${ALNUM}-_`;
const FIRST_NAMES = ['jane', 'john', 'marie', 'pierre', 'aiko', 'omar', 'lena', 'carlos', 'fatou', 'nils'];
const LAST_NAMES = ['doe', 'martin', 'dupont', 'tanaka', 'haddad', 'schmidt', 'garcia', 'diallo', 'berg', 'rossi'];

/** One fake value and a short label saying what it is. */
export interface FakeValue {
  label: string;
  value: string;
}

/** The Luhn check digit that completes `partial` (a string of digits). */
function luhnCheckDigit(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The ISO 13616 check digits of an IBAN with this country and account part. */
function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`;
  let remainder = 0;
  for (const char of rearranged) {
    const code = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

/** Splits a string into groups of `size` characters joined by `separator`. */
function group(text: string, size: number, separator: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.join(separator);
}

/** A fake e-mail address on a reserved domain. */
function fakeEmail(rng: Rng): FakeValue {
  const local = `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}${rng.int(1, 99)}`;
  return { label: 'e-mail', value: `${local}@${rng.pick(['example.com', 'example.org', 'example.net'])}` };
}

/** A fake 16-digit card number from a test-card prefix, Luhn-valid, in one of the usual layouts. */
function fakeCard(rng: Rng): FakeValue {
  const partial = rng.pick(['411111', '555555', '400005', '510510']) + rng.chars(DIGITS, 9);
  const digits = partial + luhnCheckDigit(partial);
  return { label: 'card', value: rng.pick([digits, group(digits, 4, ' '), group(digits, 4, '-')]) };
}

/** A fake IBAN with a random account part and valid check digits. */
function fakeIban(rng: Rng): FakeValue {
  const shapes: readonly [string, () => string][] = [
    ['FR', () => rng.chars(DIGITS, 10) + rng.chars(`${UPPER}${DIGITS}`, 11) + rng.chars(DIGITS, 2)],
    ['DE', () => rng.chars(DIGITS, 18)],
    ['GB', () => rng.chars(UPPER, 4) + rng.chars(DIGITS, 14)],
    ['ES', () => rng.chars(DIGITS, 20)],
  ];
  const [country, bbanOf] = rng.pick(shapes);
  const bban = bbanOf();
  const iban = `${country}${ibanCheckDigits(country, bban)}${bban}`;
  return { label: 'IBAN', value: rng.pick([iban, group(iban, 4, ' ')]) };
}

/** A fake phone number from a range reserved for fiction (FR, UK, US). */
function fakePhone(rng: Rng): FakeValue {
  const pairs = (): string => `${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)}`;
  const value = rng.pick([
    `+33 6 39 98 ${pairs()}`,
    `06 39 98 ${pairs()}`,
    `+44 7700 900${rng.chars(DIGITS, 3)}`,
    `(555) 01${rng.chars(DIGITS, 2)}`,
    `+1 202-555-01${rng.chars(DIGITS, 2)}`,
  ]);
  return { label: 'phone', value };
}

/** A fake French social security number (NIR) with a valid key. */
function fakeNir(rng: Rng): FakeValue {
  const body = `${rng.int(1, 2)}${rng.chars(DIGITS, 2)}${String(rng.int(1, 12)).padStart(2, '0')}75${rng.chars(DIGITS, 6)}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  return { label: 'NIR', value: `${body}${key}` };
}

/** A fake credential or identifier in one of the shapes secret scanners look for. */
function fakeToken(rng: Rng): FakeValue {
  const makers: readonly (() => FakeValue)[] = [
    () => ({ label: 'AWS key', value: `AKIA${rng.chars(`${UPPER}234567`, 16)}` }),
    () => ({ label: 'GitHub token', value: `ghp_${rng.chars(ALNUM, 36)}` }),
    () => ({ label: 'Slack token', value: `xoxb-${rng.chars(DIGITS, 11)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}` }),
    () => ({ label: 'Stripe key', value: `sk_live_${rng.chars(ALNUM, 24)}` }),
    () => ({ label: 'Google API key', value: `AIza${rng.chars(BASE64URL, 35)}` }),
    () => ({ label: 'OpenAI key', value: `sk-proj-${rng.chars(BASE64URL, 48)}` }),
    () => ({ label: 'JWT', value: `eyJhbGciOiJIUzI1NiJ9.eyJ${rng.chars(BASE64URL, 40)}.${rng.chars(BASE64URL, 43)}` }),
    () => ({ label: 'database URL', value: `postgres://app:${rng.chars(ALNUM, 16)}@db.example.com:5432/prod` }),
    () => ({ label: 'password', value: `password=${rng.chars(ALNUM, 14)}` }),
    () => ({ label: 'SSN', value: `9${rng.chars(DIGITS, 2)}-${rng.chars(DIGITS, 2)}-${rng.chars(DIGITS, 4)}` }),
    () => ({ label: 'NINO', value: `QQ ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} ${rng.chars(DIGITS, 2)} C` }),
    () => fakeNir(rng),
  ];
  return rng.pick(makers)();
}

/** Draws one fake value, mostly personal data and a few tokens, as in real pastes. */
export function fakeValue(rng: Rng): FakeValue {
  const roll = rng.next();
  if (roll < 0.3) return fakeEmail(rng);
  if (roll < 0.5) return fakeCard(rng);
  if (roll < 0.65) return fakeIban(rng);
  if (roll < 0.85) return fakePhone(rng);
  return fakeToken(rng);
}
