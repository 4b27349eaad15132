import { vatDetector } from './shared';

// The formats of the other member states (and XI, Northern Ireland), checked for shape only.
// One alternative a format (a regex literal: its source is written without doubled backslashes).
// In the order gzip codes best: each format starts with its own country codes, so any order finds the same.
const FORMATS =
  /(?:DK|FI|HU|LU|MT|SI) ?\d{8}|(?:BG|CZ) ?\d{8,10}|CY ?\d{8}[A-Z]|(?:PT|EE|EL) ?\d{9}|(?:LT|XI) ?(?:\d{12}|\d{9})|AT ?U\d{8}|(?:SK|PL) ?\d{10}|RO ?[1-9]\d{5,9}|(?:LV|HR) ?\d{11}|SE ?\d{10}01|IE ?\d[+*0-9A-Z]\d{5}[A-W][A-I]?/;

/** VAT numbers of the other EU countries, by format only: low, medium with VAT words near. */
export const vatEuDetector = vatDetector('vat-eu', FORMATS, () => null);
