import { mod97 } from './mod97';

// IBAN length per country (SWIFT IBAN registry), as "CCnn" pairs: compact, and read in place (no table to
// build when the content script loads).
const LENGTHS =
  'AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IR26IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30';

/** The IBAN length of a country (upper-case ISO code), or undefined when the country has no IBAN. */
export function ibanLength(country: string): number | undefined {
  // A country code is at an offset divisible by 4; elsewhere the two letters straddle two entries.
  for (let i = LENGTHS.indexOf(country); i >= 0; i = LENGTHS.indexOf(country, i + 1)) if (i % 4 === 0) return Number(LENGTHS.slice(i + 2, i + 4));
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
