import { matchesInRuns } from '../matches';
import type { Confidence, Detector, Finding } from '../types';
import { gtinValid } from '../validators/barcode';
import { luhnValid } from '../validators/luhn';
import { before, labelledNotPii, near } from './shared';

// 13 to 19 digits, optionally grouped by single spaces or dashes, not glued to other digits or to letters
// (parcel numbers such as JJD649353510742309367 and runs inside hex digests are not cards). The first four
// digits are spelled out: the same pattern as \d(?:[ -]?\d){12,18}, but the regex engine can then reject most
// positions on their first characters, which makes the scan about twice as fast.
const CANDIDATE = /(?<![\w-])\d[ -]?\d[ -]?\d[ -]?\d(?:[ -]?\d){9,15}(?!\w)/g;

interface IssuerRange {
  /** Inclusive prefix range, compared on the first `digits` digits. */
  from: number;
  to: number;
  digits: number;
  lengths: readonly number[];
}

// Issuer identification ranges of the major networks (ISO/IEC 7812 as published by each network).
const ISSUERS: readonly IssuerRange[] = [
  { from: 4, to: 4, digits: 1, lengths: [13, 16, 19] }, // Visa
  { from: 51, to: 55, digits: 2, lengths: [16] }, // Mastercard
  { from: 2221, to: 2720, digits: 4, lengths: [16] }, // Mastercard 2-series
  { from: 34, to: 34, digits: 2, lengths: [15] }, // American Express
  { from: 37, to: 37, digits: 2, lengths: [15] },
  { from: 6011, to: 6011, digits: 4, lengths: [16, 19] }, // Discover
  { from: 644, to: 649, digits: 3, lengths: [16, 19] },
  { from: 65, to: 65, digits: 2, lengths: [16, 19] },
  { from: 3528, to: 3589, digits: 4, lengths: [16, 17, 18, 19] }, // JCB
  { from: 300, to: 305, digits: 3, lengths: [14] }, // Diners Club
  { from: 36, to: 36, digits: 2, lengths: [14] },
  { from: 38, to: 39, digits: 2, lengths: [14, 16] },
  { from: 62, to: 62, digits: 2, lengths: [16, 17, 18, 19] }, // UnionPay
  { from: 50, to: 50, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { from: 56, to: 69, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/** True when a digit string has the length and prefix of a known card network. */
export function knownIssuer(digits: string): boolean {
  if (digits.length < 4) return false;
  for (const range of ISSUERS) {
    if (!range.lengths.includes(digits.length)) continue;
    // The first `range.digits` digits as a number, without slicing the string.
    let prefix = 0;
    for (let i = 0; i < range.digits; i++) {
      const digit = digits.charCodeAt(i) - 48;
      prefix = digit >= 0 && digit <= 9 ? prefix * 10 + digit : NaN;
    }
    if (prefix >= range.from && prefix <= range.to) return true;
  }
  return false;
}

const CARD_WORDS =
  /\b(?:card|carte|cb|visa|master ?card|amex|american express|credit|cr[ée]dit|d[ée]bit|tarjeta|karte|kreditkarte|pan|cvv|cvc|expir|payment|paiement|pago|zahlung)\b/i;
// Barcodes and parcel numbers: EAN-13 and ISBN-13 sit in card-like ranges and pass Luhn one time in ten.
const NOT_CARD = /\b(?:ean|gtin|isbn|upc|barcode|code[- ]barres?|tracking|suivi|colis|sendung|sku)/i;

/**
 * Confidence of a Luhn-valid number in an issuer range: high for 15 (American Express) and 16-19 digits,
 * medium for 14 in the Diners Club ranges (shaped like a SIRET) and for 13 unless the digits also pass the
 * EAN-13 barcode check. Card words near make any length high; barcode or parcel words, or an order label, low.
 */
function cardConfidence(digits: string, text: string, start: number, end: number): Confidence {
  // A barcode label right before the number ("(EAN 4014240731163)") outweighs a card word further away
  // (an invoice that ends "paid by card").
  if (before(text, start, NOT_CARD, 12)) return 'low';
  if (near(text, start, end, CARD_WORDS)) return 'high';
  if (near(text, start, end, NOT_CARD) || labelledNotPii(text, start)) return 'low';
  if (digits.length >= 16 || /^3[47]/.test(digits)) return 'high';
  return (digits.length === 14 && /^3/.test(digits)) || (digits.length === 13 && !gtinValid(digits)) ? 'medium' : 'low';
}

/**
 * The digits of a number written as cards are printed: in a row, by fours (the last group shorter), or
 * 4-6-5 and 4-6-4 (American Express, Diners Club), with one kind of separator; null otherwise. Phone numbers
 * in pairs do not qualify, nor does "4111 1111-1111 1111" (no one mixes separators in a card number).
 */
function cardDigits(raw: string): string | null {
  // Sizes of the groups between separators, read in one pass (this runs on every candidate): the first two,
  // the current one, and whether all before it held four digits.
  let groups = 0;
  let size = 0;
  let first = 0;
  let second = 0;
  let fours = true;
  let separator = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code !== 32 && code !== 45) {
      size++;
      continue;
    }
    if (separator !== 0 && code !== separator) return null;
    separator = code;
    if (groups === 0) first = size;
    else if (groups === 1) second = size;
    fours &&= size === 4;
    groups++;
    size = 0;
  }
  if (groups === 0) return raw;
  const grouped = (groups === 2 && first === 4 && second === 6 && (size === 5 || size === 4)) || (fours && size >= 1 && size <= 4);
  return grouped ? raw.replace(/[ -]/g, '') : null;
}

// Four digits more in the same grouping after a candidate, and an IBAN's country and check digits before it
// (five characters that end where the candidate starts). Sticky, so that they are tried in place.
const MORE_DIGITS = /[ -]\d{4}/y;
const IBAN_HEAD = /[A-Z]{2}\d\d[ -]/y;

/** True when the sticky `pattern` matches `text` at offset `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return at >= 0 && pattern.test(text);
}

/** The digits of `raw` when they make a card number: grouped as cards are, a known issuer, Luhn-valid. */
function cardNumber(raw: string): string | null {
  const digits = cardDigits(raw);
  if (!digits || !knownIssuer(digits) || !luhnValid(digits)) return null;
  // All-same digits pass Luhn for some lengths but are placeholders, not cards.
  let same = 1;
  while (same < digits.length && digits.charCodeAt(same) === digits.charCodeAt(0)) same++;
  return same === digits.length ? null : digits;
}

/** Payment card numbers: known issuer range and length, Luhn-valid, grouped as cards are printed. */
export const creditCardDetector: Detector = {
  id: 'credit-card',
  type: 'pii.credit_card',
  prefilter: [],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const match of matchesInRuns(CANDIDATE, text)) {
      let raw = match[0];
      let digits = cardNumber(raw);
      // A card followed by its expiry date or security code ("4539 1488 0343 6467 12/27", "... 123"): the
      // candidate took their first digits too, and the card is what comes before them.
      const cut = digits ? -1 : raw.search(/[ -]\d{1,3}$/);
      if (cut > 0) digits = cardNumber((raw = raw.slice(0, cut)));
      if (!digits) continue;
      const end = match.index + raw.length;
      // Four digits more in the same grouping, or an IBAN's country and check digits before: a piece of a longer
      // number (an IBAN that failed its check), not a card.
      if (matchesAt(MORE_DIGITS, text, end) || matchesAt(IBAN_HEAD, text, match.index - 5)) continue;
      findings.push({ type: this.type, start: match.index, end, confidence: cardConfidence(digits, text, match.index, end), detector: this.id });
    }
    return findings;
  },
};
