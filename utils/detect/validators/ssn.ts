/**
 * Validity of a US social security number's parts, as Presidio judges it: 'invalid' when the area is 000,
 * 666 or 9xx, the group 00, the serial 0000 or every digit the same; 'sample' for the well-known numbers
 * printed in ads and docs (078-05-1120, 123-45-6789); 'valid' otherwise.
 */
export function ssnStatus(digits: string): 'valid' | 'sample' | 'invalid' {
  if (!/^\d{9}$/.test(digits) || /^(\d)\1{8}$/.test(digits)) return 'invalid';
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9' || digits.slice(3, 5) === '00' || digits.slice(5) === '0000') {
    return 'invalid';
  }
  return digits === '078051120' || digits === '123456789' ? 'sample' : 'valid';
}
