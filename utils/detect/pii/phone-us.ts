import { phoneDetector } from './shared';

/**
 * North American numbers (NXX-NXX-XXXX): (415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671, with
 * area and exchange codes starting 2-9 and not N11. Ten digits in a row are low (medium with phone words).
 */
export const phoneUsDetector = phoneDetector(
  'phone-us',
  /(?:(?:1[ .-])?\([2-9]\d\d\) ?[2-9]\d\d[ .-]?\d{4}|(?:1([ .-]))?[2-9]\d\d([ .-])[2-9]\d\d\2\d{4}|[2-9]\d\d[2-9]\d{6})/,
  (value) => {
    const digits = value.replace(/\D/g, '').slice(-10);
    // An N11 area or exchange code.
    if (/^\d(?:\d{3})?11/.test(digits)) return null;
    return /^\d+$/.test(value) ? 'low' : 'medium';
  },
);
