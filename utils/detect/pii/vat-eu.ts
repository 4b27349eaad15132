import { vatDetector } from './shared';

// The formats of the other member states (and XI, Northern Ireland), checked for shape only.
// One alternative a format (a regex literal: its source is written without doubled backslashes).
const FORMATS =
  /AT ?U\d{8}|(?:BG|CZ) ?\d{8,10}|CY ?\d{8}[A-Z]|(?:DK|FI|HU|LU|MT|SI) ?\d{8}|(?:EE|EL|PT) ?\d{9}|(?:HR|LV) ?\d{11}|IE ?\d[+*0-9A-Z]\d{5}[A-W][A-I]?|(?:LT|XI) ?(?:\d{12}|\d{9})|(?:PL|SK) ?\d{10}|RO ?[1-9]\d{5,9}|SE ?\d{10}01/;

/** VAT numbers of the other EU countries, by format only: low, medium with VAT words near. */
export const vatEuDetector = vatDetector('vat-eu', FORMATS, () => null);
