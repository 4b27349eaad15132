/**
 * Validity of a US social security number's parts, as Presidio judges it: null when the area is 000,
 * 666 or 9xx, the group 00, the serial 0000 or every digit the same; 'sample' for the well-known numbers
 * printed in ads and docs (078-05-1120, 123-45-6789); 'valid' otherwise.
 */
export function ssnStatus(digits: string): 'valid' | 'sample' | null {
  // Nine digits, not all the same, nor an area 000, 666 or 9xx, a group 00 or a serial 0000 (the lookahead, its
  // alternatives in the order gzip codes best: test() finds the same in any order).
  if (!/^(?!(\d)\1{8}$|666|9|000|\d{3}00|\d{5}0000)\d{9}$/.test(digits)) return null;
  return digits === '078051120' || digits === '123456789' ? 'sample' : 'valid';
}
