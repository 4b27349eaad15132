import { lazy } from '../lazy';

// National significant number lengths (digits after the country code) per calling code, grouped by lengths:
// "min-max:code,code,..." (or "n:..." for one length). Grouped, each range is written once instead of once a code.
// ITU codes are prefix-free, so the first one to match the start of the digits is the country. Germany's shortest are
// 7 digits (a city's two-digit code and five digits): "+49 599 301" is a number cut short.
const LENGTHS =
  '10:1,7,20,30,52,57,58,63,90,91,92,225,880 9:27,31,33,34,40,41,48,56,61,212,213,221,237,254,351,380,420,421,966 8-9:32,36,51,66,359,377,385,971,972 6-11:39 4-13:43 9-10:44,81,84 8:45,47,65,216,356,357,370,371,386,852 7-13:46,49 10-11:54,55,86 8-10:60,64,82,234 8-12:62 4-11:352 7-9:353 7:354 5-12:358 7-8:372 6:376';
// The same as a map, built on first use: a text can hold thousands of numbers, each looked up up to three times.
const LENGTHS_BY_CODE = lazy(
  () =>
    new Map(
      LENGTHS.split(' ').flatMap((group) => {
        const [range, codes] = group.split(':');
        const [min, max = min] = range.split('-');
        return codes.split(',').map((code): [string, [number, number]] => [code, [Number(min), Number(max)]]);
      }),
    ),
);

/**
 * The confidence the digits of an international number give (country code first, no "+"): medium when the
 * country is known and the rest has one of its lengths (a wrongly kept trunk 0 is forgiven), low for another
 * country code with an E.164 length (8 to 15 digits), null otherwise.
 */
export function phoneDigitsConfidence(digits: string): 'medium' | 'low' | null {
  for (let size = 1; size <= 3; size++) {
    const code = digits.slice(0, size);
    // The shortest and longest national number of the calling code, or undefined for a code not listed.
    const range = LENGTHS_BY_CODE().get(code);
    if (!range) continue;
    // "+33 06 12 34 56 78" keeps the national trunk 0; Italy is the one country whose numbers start with it.
    const rest = code === '39' ? digits.slice(size) : digits.slice(size).replace(/^0(?=[1-9])/, '');
    return (code === '39' || rest[0] !== '0') && rest.length >= range[0] && rest.length <= range[1] ? 'medium' : null;
  }
  return digits.length >= 8 && digits.length <= 15 ? 'low' : null;
}
