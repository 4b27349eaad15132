import { frVatKey } from '../validators/siren';
import { vatDetector } from './shared';

/**
 * French VAT numbers: FR, a 2-character key, the 9-digit SIREN. A numeric key must equal the SIREN's; the
 * rare letter keys can only be checked for format.
 */
export const vatFrDetector = vatDetector('vat-fr', String.raw`FR[ \-]?[0-9A-HJ-NP-Z]{2}[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}`, (body) =>
  /^\d\d/.test(body) ? frVatKey(body.slice(2)) === Number(body.slice(0, 2)) : null,
);
