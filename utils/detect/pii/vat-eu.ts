import { luhnValid } from '../validators/luhn';
import { vatDetector } from './shared';

// The formats of the other member states (and XI, Northern Ireland), checked for shape only, except Austria's and Ireland's.
// One alternative a format (a regex literal: its source is written without doubled backslashes).
// In the order gzip codes best: each format starts with its own country codes, so any order finds the same.
const FORMATS =
  /(?:DK|FI|HU|LU|MT|SI) ?\d{8}|(?:BG|CZ) ?\d{8,10}|CY ?\d{8}[A-Z]|(?:PT|EE|EL) ?\d{9}|(?:LT|XI) ?(?:\d{12}|\d{9})|AT ?U\d{8}|(?:SK|PL) ?\d{10}|RO ?[1-9]\d{5,9}|(?:LV|HR) ?\d{11}|SE ?\d{10}01|IE ?\d[+*0-9A-Z]\d{5}[A-W][A-I]?/;

/**
 * Ireland's number of the current format (7 digits, the check letter, maybe a second letter; the only body here with a
 * letter in its eighth place): the digits weighted 8 down to 2, plus the second letter's rank (A = 1) times 9, make the
 * check letter, their sum mod 23 (W for 0, then A to V). The old format (a digit, a letter, "+" or "*", 5 digits, the
 * letter) is left to its shape.
 */
function irishValid(body: string): boolean {
  // Without a second letter, its rank is NaN: 0.
  let sum = 9 * (body.charCodeAt(8) - 64 || 0);
  for (let i = 0; i < 7; i++) sum += +body[i] * (8 - i);
  // The letter's code: A is 65, W 87 (for 0, as 23).
  return (sum % 23 || 23) + 64 == body.charCodeAt(7);
}

/**
 * Austria's UID (U and 8 digits, the only body here that starts with U): the last digit makes the 7 before it,
 * those in even places doubled and their digits added, plus 4, a multiple of 10. That is the Luhn sum of the
 * 7 digits with two digits in front, (check + 4) mod 10 and a doubled 0. Ireland's is checked as above; null for the
 * other countries.
 */
const checked = (body: string) => (body[0] == 'U' ? luhnValid(((+body[8] + 4) % 10) + '0' + body.slice(1, 8)) : /^\d{7}[A-W]/.test(body) ? irishValid(body) : null);

/** VAT numbers of the other EU countries: Austria's and Ireland's checked (medium, or none), the others by format only (low); one rank up with VAT words near. */
export const vatEuDetector = vatDetector('vat-eu', FORMATS, checked);
