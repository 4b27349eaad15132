/**
 * True for a compact UK National Insurance number: two prefix letters (neither D, F, I, Q, U, V; second not
 * O; not a pair that HMRC never allocates: BG, GB, NK, KN, TN, NT, ZZ, the lookahead), six digits and a suffix A-D.
 */
export function ninoValid(nino: string): boolean {
  return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(nino);
}
