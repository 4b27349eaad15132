import { mod97 } from './mod97';

// IBAN length per country (SWIFT IBAN registry), grouped by length: a lower-case letter gives the length of the
// country codes that follow it, from a = 15 (aNO: Norway, 15) to s = 33. Lengths are not repeated for each
// country, and the string is read in place (no table to build when the content script loads).
const LENGTHS =
  'aNObBEdDKFIFKFOGLNLSDeMKSIfATBAEEKZLTLUMNXKgCHHRLILVhBGBHCRDEGBGEIEMERSVAiAEGIILIQOMSOTLjADCZESMDPKROSASESKTNVGkLYPTSTlIRISTRmBIDJFRGRITMCMRSMnALAZBYCYDOGTHNHULBNIPLSVoBREGPSQAUApJOKWMUYEqMTSCrLCsRU';

/** The IBAN length of a country (upper-case ISO code), or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  // indexOf finds a code quickly; it is the country's when it lies an even number of characters after the
  // lower-case letter of its group (elsewhere the two letters straddle two codes).
  for (let i = LENGTHS.indexOf(country); i >= 0; i = LENGTHS.indexOf(country, i + 1)) {
    let mark = i - 1;
    while (LENGTHS.charCodeAt(mark) < 0x61) mark--;
    if ((i - mark) % 2 === 1) return LENGTHS.charCodeAt(mark) - 0x61 + 15;
  }
  return undefined;
}

/** True for a compact IBAN (no spaces) of the right length for its country whose mod-97 is 1. */
export function ibanValid(iban: string): boolean {
  return (
    /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) &&
    ibanLength(iban.slice(0, 2)) === iban.length &&
    mod97(iban.slice(4) + iban.slice(0, 4)) === 1
  );
}
