/**
 * Key of a French NIR: 97 - (number mod 97), where the Corsican departments 2A and 2B count as 19 and 18.
 * Takes the 13 first characters; returns null when they are not a NIR body.
 */
export function nirKey(body: string): number | null {
  const digits = body.slice(0, 5) + body.slice(5, 7).replace(/^2A$/i, '19').replace(/^2B$/i, '18') + body.slice(7);
  if (!/^\d{13}$/.test(digits)) return null;
  // Thirteen digits stay below 2^53, so plain numbers are exact.
  return 97 - (Number(digits) % 97);
}

/**
 * True for a compact 15-character NIR: sex 1, 2 (or 3, 4, 7, 8 for special and temporary numbers), a birth
 * month 01-12 or one of the codes INSEE uses when it is unknown (20, 30-42, 50-99), and a matching key.
 */
export function nirValid(nir: string): boolean {
  // The sex, then (after the year) the month: 01-12, 20-42 or 50-99; 15 characters in all ([^] is any, a line break too).
  return /^[123478]..(?:0[1-9]|1[0-2]|[23]\d|4[0-2]|[5-9]\d)[^]{10}$/.test(nir) && nirKey(nir.slice(0, 13)) === Number(nir.slice(13));
}
