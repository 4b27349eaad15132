/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting as 10 (A) to 35 (Z), as IBANs
 * and the Dutch VAT rule use it. The string must hold only ASCII letters and digits.
 */
export function mod97(value: string): number {
  let rest = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Digits shift the remainder by one decimal place, letters (two-digit values) by two.
    rest = code < 58 ? (rest * 10 + code - 48) % 97 : (rest * 100 + (code | 32) - 87) % 97;
  }
  return rest;
}
