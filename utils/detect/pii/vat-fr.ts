import { luhnValid } from '../validators/luhn';
import { frVatKey } from '../validators/siren';
import { vatDetector } from './shared';

/**
 * French VAT numbers: FR, a 2-character key, the 9-digit SIREN. A numeric key must equal the SIREN's; with the
 * rare letter keys, only the SIREN can be checked (a placeholder such as FRXX999999999 fails it), and the key "XX" is a
 * mask whatever the SIREN (FRXX612879056). The body is the key and the pattern's nine digits, the SIREN, which
 * luhnValid() checks as it is.
 */
export const vatFrDetector = vatDetector('vat-fr', /FR[ -]?[0-9A-HJ-NP-Z]{2}[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}/, (body) =>
  /^\d\d/.test(body) ? frVatKey(body.slice(2)) === Number(body.slice(0, 2)) : !/^XX/.test(body) && luhnValid(body.slice(2)) && null,
);
