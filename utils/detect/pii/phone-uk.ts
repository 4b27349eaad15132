import { digitCount, phoneDetector } from './shared';

/**
 * UK national numbers in their usual groupings (020 7946 0958, 0161 496 0000, 01632 960123, 07981 662 229, (020) 7946 0958),
 * or 11 digits in a row: medium for mobiles (07), low for other compact numbers.
 */
export const phoneUkDetector = phoneDetector(
  'phone-uk',
  /(?:0[1-9]\d([ -])\d{4}\1\d{4}|0[1-9]\d\d([ -])\d{3}\2\d{3,4}|0[1-9]\d{3}([ -])\d{3}\3\d{3}|0[1-9]\d{2,4}[ -]\d{5,6}|\(0[1-9]\d{1,3}\) ?\d{3,4}[ -]?\d{3,4}|0[1-9]\d{9})/,
  (value) => {
    const digits = digitCount(value);
    if (digits < 10 || digits > 11) return null;
    // Eleven digits in a row (not a mobile's, 07...) are low.
    return /^0[0-689]\d{9}$/.test(value) ? 'low' : 'medium';
  },
);
