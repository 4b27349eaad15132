import { textAfter, textBefore } from '../context';
import { finding } from '../finding';
import { matchesInRuns } from '../matches';
import type { Confidence, Detector, Finding } from '../types';
import { luhnValid } from '../validators/luhn';
import { before, labelledNotPii, near, nearOnLine } from './shared';

// 13 to 19 digits, optionally grouped by single spaces or dashes, not glued to other digits or to letters
// (parcel numbers such as JJD649353510742309367 and runs inside hex digests are not cards). The first four
// digits are spelled out: the same pattern as \d(?:[ -]?\d){12,18}, but the regex engine can then reject most
// positions on their first characters, which makes the scan about twice as fast.
const CANDIDATE = /(?<![\w-](?<!\bCC))\d[ -]?\d[ -]?\d[ -]?\d(?:[ -]?\d){9,15}(?!\w)/g;

// Issuer identification ranges of the major networks (ISO/IEC 7812 as published by each network), with their
// lengths: Visa 4 (13, 16, 19 digits), Mastercard 51-55 and 2221-2720 (16), American Express 34, 37 (15), JCB
// 3528-3589 (16-19), Diners Club 300-305, 36 (14) and 38-39 (14, 16), Maestro 50 and 56-69 (12-19), which holds
// Discover's 6011, 644-649, 65 (16, 19) and UnionPay's 62 (16-19).
// The ranges in the order gzip codes best: test() finds the same in any order.
export const ISSUER = /^(?:5[1-5]\d{14}|3[47]\d{13}|3[89]\d{12}(?:\d\d)?|(?:2720|27[01]\d|22[3-9]\d|222[1-9]|2[3-6]\d\d)\d{12}|(?:5[06-9]|6\d)\d{10,17}|3(?:0[0-5]\d|6\d\d)\d{10}|35(?:[3-8]\d|2[89])\d{12,15}|4\d{12}(?:\d{3}){0,2})$/;

// (cr[ée]dit finds "credit" too, and card "master card": mastercard is the one form it misses. Karte ends German
// compounds: Kreditkarte, Firmenkarte, Bankkarte, Girokarte; not Eintrittskarte nor Landkarte.)
// The words in the order gzip codes best: test() finds the same in any order.
const CARD_WORDS =
  /\b(?:zahlung|visa|tarjeta|expir|(?:\w*(?:kredit|firmen|bank|giro|debit))?karten?(?:nummer|nr)?|amex|carte|american express|cb|card|pan|mastercard|payment|cvc|cr[ée]dit|paiement|cvv|d[ée]bit|pago)\b/i;
// How a receipt says it was paid, right before the number ("Payé avec 4970...", "Paid with", "Pagado con", "Bezahlt
// mit"): a card, though the receipt's barcodes and parcel number are near. Not "paid" elsewhere ("Order #... paid on").
// The words in the order gzip codes best: test() finds the same in any order.
const PAID_WITH = /(?:bezahlt|pa(?:y[ée]|gado|id)) (?:avec|with|by|con|mit|par) $/i;
// Barcodes and parcel numbers: EAN-13 and ISBN-13 sit in card-like ranges and pass Luhn one time in ten.
// The words in the order gzip codes best: test() finds the same in any order.
const NOT_CARD = /\b(?:sendung|tracking|suivi|colis|sku|barcode|isbn|ean|gtin|upc|code[ -]barre)/i;

/**
 * Confidence of a Luhn-valid number in an issuer range: high for 15 (American Express) and 16-19 digits,
 * medium for 14 in the Diners Club ranges (shaped like a SIRET), low for other lengths: Visa no longer issues 13
 * digits, which product codes have (EAN-13, French CIP-13; German EAN-13s start with 40 to 44, a Visa range), and pass
 * Luhn one time in ten. Card words near make any length high; barcode or parcel words before it or after it on
 * its line (not on the lines after a table of cards: a query's output, then a note of a parcel), or an order label, low.
 */
function cardConfidence(digits: string, text: string, start: number, end: number): Confidence {
  // A barcode label right before the number ("(EAN 4014240731163)") outweighs a card word further away
  // (an invoice that ends "paid by card").
  if (before(text, start, NOT_CARD, 12)) return 'low';
  if (near(text, start, end, CARD_WORDS) || before(text, start, PAID_WITH, 16)) return 'high';
  if (before(text, start, NOT_CARD) || nearOnLine(text, start, end, NOT_CARD) || labelledNotPii(text, start)) return 'low';
  if (digits.length >= 16 || /^3[47]/.test(digits)) return 'high';
  return digits.length === 14 && /^3/.test(digits) ? 'medium' : 'low';
}

// A number written as cards are printed: in a row, by fours (the last group shorter), or 4-6-5 and 4-6-4
// (American Express, Diners Club), with one kind of separator. Phone numbers in pairs do not qualify, nor does
// "4111 1111-1111 1111" (no one mixes separators in a card number).
const CARD_GROUPING = /^(?:\d+|\d{4}([ -])(?:(?:\d{4}\1)*\d{1,4}|\d{6}\1\d{4,5}))$/;

/** The digits of `raw` when they make a card number: grouped as cards are, a known issuer, Luhn-valid. */
function cardNumber(raw: string): string | null {
  const digits = CARD_GROUPING.test(raw) && raw.replace(/[ -]/g, '');
  if (!digits || !ISSUER.test(digits) || !luhnValid(digits)) return null;
  // All-same digits pass Luhn for some lengths but are placeholders, not cards.
  return /^(\d)\1*$/.test(digits) ? null : digits;
}

/** Payment card numbers: known issuer range and length, Luhn-valid, grouped as cards are printed. */
export const creditCardDetector: Detector = {
  id: 'credit-card',
  type: 'pii.credit_card',
  cues: [],
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
      // Four digits more in the same grouping, or an IBAN's country and check digits before, maybe with groups of
      // its BBAN ("IT51 N030 6986 ..."): a piece of a longer number (an IBAN that failed its check), not a card.
      if (/^[ -]\d{4}/.test(textAfter(text, end, 5)) || /[A-Z]{2}\d\d(?:[ -][A-Z\d]{4}){0,7}[ -]$/i.test(textBefore(text, match.index, 45))) continue;
      findings.push(finding(this, match.index, end, cardConfidence(digits, text, match.index, end)));
    }
    return findings;
  },
};
