import { luhnValid } from '../validators/luhn';
import { vatDetector } from './shared';

// The formats of the other member states (and XI, Northern Ireland), checked for shape only, except Austria's.
// One alternative a format (a regex literal: its source is written without doubled backslashes).
// In the order gzip codes best: each format starts with its own country codes, so any order finds the same.
const FORMATS =
  /(?:DK|FI|HU|LU|MT|SI) ?\d{8}|(?:BG|CZ) ?\d{8,10}|CY ?\d{8}[A-Z]|(?:PT|EE|EL) ?\d{9}|(?:LT|XI) ?(?:\d{12}|\d{9})|AT ?U\d{8}|(?:SK|PL) ?\d{10}|RO ?[1-9]\d{5,9}|(?:LV|HR) ?\d{11}|SE ?\d{10}01|IE ?\d[+*0-9A-Z]\d{5}[A-W][A-I]?/;

/**
 * Austria's UID (U and 8 digits, the only body here that starts with U): the last digit makes the 7 before it,
 * those in even places doubled and their digits added, plus 4, a multiple of 10. That is the Luhn sum of the
 * 7 digits with two digits in front, (check + 4) mod 10 and a doubled 0. Null for the other countries.
 */
const austrianUid = (body: string) => (body[0] == 'U' ? luhnValid(((+body[8] + 4) % 10) + '0' + body.slice(1, 8)) : null);

/** VAT numbers of the other EU countries: Austria's checked (medium, or none), the others by format only (low); one rank up with VAT words near. */
export const vatEuDetector = vatDetector('vat-eu', FORMATS, austrianUid);
