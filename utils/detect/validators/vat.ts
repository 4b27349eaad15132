import { luhnValid } from './luhn';
import { mod97 } from './mod97';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Germany: 9 digits, ISO 7064 MOD 11,10 check digit, no leading zero. */
export function deVatValid(digits: string): boolean {
  if (!/^[1-9]\d{8}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 8; i++) {
    const sum = (Number(digits[i]) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(digits[8]);
}

/** Italy: 11 digits (partita IVA) whose check digit is the Luhn one. */
export function itVatValid(digits: string): boolean {
  return /^(?!0{7})\d{11}$/.test(digits) && luhnValid(digits);
}

/** Belgium: 10 digits starting with 0 or 1, the last two being 97 - (first eight mod 97). */
export function beVatValid(digits: string): boolean {
  return /^[10]\d{9}$/.test(digits) && 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Netherlands: 9 digits, "B", 2 digits; the 9 digits pass the mod-11 test, or (since 2019) the whole passes mod 97. */
export function nlVatValid(value: string): boolean {
  if (!/^\d{9}B\d{2}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  return (sum % 11 !== 10 && sum % 11 === Number(value[8])) || mod97(`NL${value}`) === 1;
}

/**
 * Spain: the 9-character NIF, in its DNI (8 digits + letter), NIE (X/Y/Z + 7 digits + letter), K/L/M and
 * company (CIF: letter + 7 digits + digit or letter) forms, each with its control character.
 */
export function esVatValid(value: string): boolean {
  if (!/^[0-9A-Z]\d{7}[0-9A-Z]$/.test(value)) return false;
  const first = value[0];
  const last = value[8];
  // A DNI (a digit first), an NIE (X, Y, Z standing for 0, 1, 2) or a K, L, M number (the letter left out, as a
  // leading 0 is) ends with the letter of its number: the digit that stands first, looked up in one string.
  const lead = '0123456789012000'['0123456789XYZKLM'.indexOf(first)];
  if (lead) return DNI_LETTERS[Number(lead + value.slice(1, 8)) % 23] === last;
  if (!'ABCDEFGHJNPQRSUVW'.includes(first)) return false;
  let sum = 0;
  for (let i = 1; i < 8; i++) {
    const d = Number(value[i]);
    // Odd positions (1st, 3rd, ...) are doubled and their digits added; even positions count as they are.
    sum += i % 2 ? ((2 * d) % 10) + Math.floor(d / 5) : d;
  }
  const control = (10 - (sum % 10)) % 10;
  const letter = 'JABCDEFGHI'[control];
  if ('KPQRSNW'.includes(first)) return last === letter;
  if ('ABEH'.includes(first)) return last === String(control);
  return last === letter || last === String(control);
}
