import { mod97 } from './mod97';

// IBAN length per country (SWIFT IBAN registry), grouped by length: an upper-case letter gives the length of the
// country codes that follow it, in lower case, from A = 15 (Ano: Norway, 15) to S = 33. Lengths are not repeated
// for each country, and the string is read in place (no table to build when the content script loads). Codes in
// lower case: gzip codes lower-case letters, far more common in the guard's bundle, in fewer bits (46 bytes). The
// groups, and the codes in each, are in no order the lookup needs: they are in the order a search found that gzip
// compresses best in the guard's bundle (8 bytes more than by length and alphabet).
const LENGTHS =
  'QmtscJsesaadvgtnpkesczroskmdRlcNhnhuazaldosvgtniplcylbbyHcrdebgievagegbrsbhmeBbeOpsuaqaegbrMfrgritdjsmbimrmcDsdfidkfofknlglIiliqaegisoomtlFxkatmnkzltlueebaKlystptGlvhrlichEsimkAnoLisirtrSruPkwmuyejo';

/** The IBAN length of a country (upper-case ISO code), or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  // indexOf finds a code quickly; it is the country's when it lies an even number of characters after the
  // upper-case letter of its group (elsewhere the two letters straddle two codes).
  const code = country.toLowerCase();
  for (let i = LENGTHS.indexOf(code); i >= 0; i = LENGTHS.indexOf(code, i + 1)) {
    let mark = i - 1;
    while (LENGTHS.charCodeAt(mark) > 0x5a) mark--;
    if ((i - mark) % 2 === 1) return LENGTHS.charCodeAt(mark) - 0x41 + 15;
  }
  return undefined;
}

/** True for a compact IBAN (no spaces) of the right length for its country whose mod-97 is 1. */
export function ibanValid(iban: string): boolean {
  return (
    /^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(iban) &&
    ibanLength(iban.slice(0, 2)) === iban.length &&
    mod97(iban.slice(4) + iban.slice(0, 4)) === 1
  );
}
