import { nlVatValid } from '../validators/vat';
import { vatDetector } from './shared';

/** Dutch VAT numbers (btw-id): NL, 9 digits, B, 2 digits; mod 11, or the 2019 mod-97 rule for sole traders. */
export const vatNlDetector = vatDetector('vat-nl', /NL[ -]?\d{9}[ .]?B[ .]?\d{2}/, nlVatValid);
