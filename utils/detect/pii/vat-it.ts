import { itVatValid } from '../validators/vat';
import { vatDetector } from './shared';

/** Italian VAT numbers (partita IVA): IT and 11 digits with the Luhn check digit. */
export const vatItDetector = vatDetector('vat-it', /IT[ -]?\d{11}/, itVatValid);
