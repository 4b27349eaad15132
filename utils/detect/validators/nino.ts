// Prefix letters that HMRC never allocates as a pair (besides the letters excluded one by one).
const BANNED_PREFIXES = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];

/**
 * True for a compact UK National Insurance number: two prefix letters (neither D, F, I, Q, U, V; second not
 * O; not a banned pair), six digits and a suffix A-D.
 */
export function ninoValid(nino: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(nino) && !BANNED_PREFIXES.includes(nino.slice(0, 2));
}
