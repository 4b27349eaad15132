import { isbn10Valid } from '../validators/barcode';
import { phoneDetector } from './shared';

/**
 * French national numbers: 0X XX XX XX XX with spaces, dots or dashes, or ten digits in a row. Medium;
 * ten digits in a row that pass the ISBN-10 check (many English-language ISBNs start with 0) are low.
 */
export const phoneFrDetector = phoneDetector('phone-fr', /0[1-9]([ .-]?)\d\d(?:\1\d\d){3}/, (value) =>
  isbn10Valid(value) ? 'low' : 'medium',
);
