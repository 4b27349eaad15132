import { mod97 } from './mod97';

// IBAN length per country (SWIFT IBAN registry), grouped by length: a lower-case letter gives the length of the
// country codes that follow it, from a = 15 (aNO: Norway, 15) to s = 33. Lengths are not repeated for each
// country, and the string is read in place (no table to build when the content script loads).
const LENGTHS =
  'aNObBEdDKFIFKFOGLNLSDeMKSIfATBAEEKZLTLUMNXKgCHHRLILVhBGBHCRDEGBGEIEMERSVAiAEGIILIQOMSOTLjADCZESMDPKROSASESKTNVGkLYPTSTlIRISTRmBIDJFRGRITMCMRSMnALAZBYCYDOGTHNHULBNIPLSVoBREGPSQAUApJOKWMUYEqMTSCrLCsRU';

/** The IBAN length of a country (upper-case ISO code), or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  let length = 0;
  for (let i = 0; i < LENGTHS.length; ) {
    const code = LENGTHS.charCodeAt(i);
    if (code >= 0x61) {
      length = code - 0x61 + 15;
      i++;
    } else if (LENGTHS.startsWith(country, i)) return length;
    else i += 2;
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
