import { phoneDetector } from './shared';

/**
 * North American numbers (NXX-NXX-XXXX): (415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671, with
 * area and exchange codes starting 2-9 and not N11. Ten digits in a row are low (medium with phone words), and none when
 * they start as a date of 2010-2029 does, a year then a month (2024120906): build numbers, Android's versionCode and
 * dated references are written so; a Washington or New Jersey number written compact may be lost.
 */
export const phoneUsDetector = phoneDetector(
  'phone-us',
  /(?:(?:1[ .-])?\([2-9]\d\d\) ?[2-9]\d\d[ .-]?\d{4}|(?:1([ .-]))?[2-9]\d\d([ .-])[2-9]\d\d\2\d{4}|[2-9]\d\d[2-9]\d{6})/,
  (value) => {
    const digits = value.replace(/\D/g, '').slice(-10);
    // An N11 area or exchange code.
    if (/^\d(?:\d{3})?11/.test(digits)) return null;
    return /^\d+$/.test(value) ? /^20[12]\d(?:0[1-9]|1[0-2])/.test(value) ? null : 'low' : 'medium';
  },
);
