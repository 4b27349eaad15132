import { beVatValid } from '../validators/vat';
import { vatDetector } from './shared';

/** Belgian VAT numbers: BE and 10 digits (0/1 first; the old 9-digit form gets its 0 back), mod 97. */
export const vatBeDetector = vatDetector('vat-be', /BE[ -]?[01]?\d{3}[ .]?\d{3}[ .]?\d{3}/, (body) =>
  beVatValid(body.padStart(10, '0')),
);
