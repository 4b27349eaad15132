import { digitCount, phoneDetector } from './shared';

/**
 * Italian numbers: landlines 0X(XX) XXX(X) XXXX (9 to 11 digits) and mobiles 3XX XXX XXXX or 3XX XXXXXXX. Medium when
 * grouped; mobiles in a row or in three groups of three (an amount's shape) are low.
 */
export const phoneItDetector = phoneDetector(
  'phone-it',
  /(?:0[1-9]\d{0,2}([ .-])\d{3,4}\1\d{3,4}|3\d\d([ .-]?)\d{3}\2\d{3,4}|3\d\d[ -]\d{7})/,
  (value) => {
    const digits = digitCount(value);
    if (digits < 9 || digits > 11) return null;
    return value[0] === '3' && (digits === 9 || /^\d+$/.test(value)) ? 'low' : 'medium';
  },
);
