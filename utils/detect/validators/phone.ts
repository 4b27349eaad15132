import { lazy } from '../lazy';

// National significant number lengths (digits after the country code) per calling code, as "code:min-max".
// ITU codes are prefix-free, so the first one to match the start of the digits is the country.
const LENGTHS =
  '1:10,7:10,20:10,27:9,30:10,31:9,32:8-9,33:9,34:9,36:8-9,39:6-11,40:9,41:9,43:4-13,44:9-10,45:8,46:7-13,47:8,48:9,49:6-13,51:8-9,52:10,54:10-11,55:10-11,56:9,57:10,58:10,60:8-10,61:9,62:8-12,63:10,64:8-10,65:8,66:8-9,81:9-10,82:8-10,84:9-10,86:10-11,90:10,91:10,92:10,212:9,213:9,216:8,221:9,225:10,234:8-10,237:9,254:9,351:9,352:4-11,353:7-9,354:7,356:8,357:8,358:5-12,359:8-9,370:8,371:8,372:7-8,376:6,377:8-9,380:9,385:8-9,386:8,420:9,421:9,852:8,880:10,966:9,971:8-9,972:8-9';
// The same as a map, built on first use: a text can hold thousands of numbers, each looked up up to three times.
const LENGTHS_BY_CODE = lazy(
  () =>
    new Map(
      LENGTHS.split(',').map((entry): [string, [number, number]] => {
        const [code, range] = entry.split(':');
        const [min, max = min] = range.split('-');
        return [code, [Number(min), Number(max)]];
      }),
    ),
);

/** The shortest and longest national number of calling code `code`, or undefined for a code not listed. */
function lengthsOf(code: string): [number, number] | undefined {
  return LENGTHS_BY_CODE().get(code);
}

/**
 * Judges the digits of an international number (country code first, no "+"): 'valid' when the country is
 * known and the rest has one of its lengths (a wrongly kept trunk 0 is forgiven), 'unknown' for another
 * country code with an E.164 length (8 to 15 digits), 'invalid' otherwise.
 */
export function phoneDigitsStatus(digits: string): 'valid' | 'unknown' | 'invalid' {
  for (let size = 1; size <= 3; size++) {
    const code = digits.slice(0, size);
    const range = lengthsOf(code);
    if (!range) continue;
    // "+33 06 12 34 56 78" keeps the national trunk 0; Italy is the one country whose numbers start with it.
    const rest = code === '39' ? digits.slice(size) : digits.slice(size).replace(/^0(?=[1-9])/, '');
    return (code === '39' || rest[0] !== '0') && rest.length >= range[0] && rest.length <= range[1] ? 'valid' : 'invalid';
  }
  return digits.length >= 8 && digits.length <= 15 ? 'unknown' : 'invalid';
}
