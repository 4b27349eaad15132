import { deVatValid } from '../validators/vat';
import { vatDetector } from './shared';

/** German VAT numbers (USt-IdNr.): DE and 9 digits with the MOD 11,10 check digit. */
export const vatDeDetector = vatDetector('vat-de', /DE[ -]?\d{3}[ .]?\d{3}[ .]?\d{3}/, deVatValid);
