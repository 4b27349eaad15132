/**
 * True when digits pass the GS1 check of barcodes (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3 and 1
 * alternating from the right, sum divisible by 10. Card and ID detectors use it to recognize barcodes.
 */
export function gtinValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, weight = 1; i >= 0; i--, weight = 4 - weight) sum += (digits.charCodeAt(i) - 48) * weight;
  return /^\d{8,14}$/.test(digits) && sum % 10 === 0;
}

/** True when ten digits pass the ISBN-10 check (weights 10 down to 1, sum divisible by 11; no X handled). */
export function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  return /^\d{10}$/.test(digits) && sum % 11 === 0;
}
