/** True when ten digits pass the ISBN-10 check (weights 10 down to 1, sum divisible by 11; no X handled). */
export function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += +digits[i] * (10 - i);
  return /^\d{10}$/.test(digits) && sum % 11 === 0;
}
