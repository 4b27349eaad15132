import { describe, expect, it } from 'vitest';
import { ibanDetector } from '../../../../utils/detect/pii/iban';
import { vatBeDetector } from '../../../../utils/detect/pii/vat-be';
import { vatDeDetector } from '../../../../utils/detect/pii/vat-de';
import { vatEsDetector } from '../../../../utils/detect/pii/vat-es';
import { vatEuDetector } from '../../../../utils/detect/pii/vat-eu';
import { vatFrDetector } from '../../../../utils/detect/pii/vat-fr';
import { vatItDetector } from '../../../../utils/detect/pii/vat-it';
import { vatNlDetector } from '../../../../utils/detect/pii/vat-nl';
import type { Detector } from '../../../../utils/detect/types';
import { luhnValid } from '../../../../utils/detect/validators/luhn';
import { beVatValid, deVatValid, esVatValid, itVatValid, nlVatValid } from '../../../../utils/detect/validators/vat';
import { breakLast, complete, fakeFrVat, fakeIban, group } from '../validators/fake-ids';

// IBANs and VAT numbers are generated from made-up digits, or the registry's printed examples: all fake.
const found = (detector: Detector, text: string) => detector.find(text).map((f) => [text.slice(f.start, f.end), f.confidence]);
const FR_IBAN = fakeIban('FR', '20041010050500013M02606');
const DE_IBAN = fakeIban('DE', '370400440532013000');
const BE_IBAN = fakeIban('BE', '539007547034');

describe('ibanDetector', () => {
  it.each([
    ['FR compact', `IBAN: ${FR_IBAN}`, FR_IBAN],
    ['FR grouped', `IBAN ${group(FR_IBAN)}.`, group(FR_IBAN)],
    ['DE grouped', `Konto ${group(DE_IBAN)}, BIC COBADEFFXXX`, group(DE_IBAN)],
    ['GB with letters', 'pay GB82 WEST 1234 5698 7654 32 today', 'GB82 WEST 1234 5698 7654 32'],
    ['Norway, 15 characters', 'NO9386011117947', 'NO9386011117947'],
    ['cut back before an upper-case word', `${group(BE_IBAN)} BNPA`, group(BE_IBAN)],
    ['in a CSV cell', `Dupont;${DE_IBAN};1200`, DE_IBAN],
    ['typed in lower case', `mon RIB : ${group(FR_IBAN).toLowerCase()}`, group(FR_IBAN).toLowerCase()],
    ['lower case, compact', `iban=${DE_IBAN.toLowerCase()}&bic=cobadeffxxx`, DE_IBAN.toLowerCase()],
    ['lower case, cut back before a word', `${group(BE_IBAN).toLowerCase()} then`, group(BE_IBAN).toLowerCase()],
    ['before a masked card number', `Refund to ${group(BE_IBAN)} XXXX-XXXX-XXXX-4242`, group(BE_IBAN)],
    ['after an MT940 subfield code', `:86:166?00VIREMENT SEPA?20REF X?31${FR_IBAN}?32DUPONT`, FR_IBAN],
  ])('finds %s (high)', (_name, text, value) => {
    expect(found(ibanDetector, text)).toEqual([[value, 'high']]);
  });

  it.each([
    ['wrong check digits', `IBAN ${FR_IBAN.replace(/^FR\d\d/, 'FR00')}`],
    ['a changed digit', `IBAN ${breakLast(DE_IBAN)}`],
    // Check digits computed for the masked text: a mask passes mod-97 one time in 97.
    ['masked with X, its check digits passing', `IBAN: ${group(fakeIban('FR', 'X'.repeat(21) + '19'))}`],
    ['partly masked with X, its check digits passing', `Konto ${fakeIban('DE', '3704XXXX0532013000')}`],
    ['a wrong length', `IBAN ${DE_IBAN.slice(0, -1)}`],
    ['an unknown country', 'QQ82WEST12345698765432'],
    ['a French VAT number', fakeFrVat('404833048')],
    ['inside a word', `X${DE_IBAN}`],
    ['after a digit glued to a word', `X1${DE_IBAN}`],
    ['lower case with a changed digit', `iban ${breakLast(DE_IBAN).toLowerCase()}`],
    ['a lower-case hex digest', 'sha1 de12a94c0b7e5f3d21c8e9b0a4f6d7c3e2b1a0f9'],
  ])('ignores %s', (_name, text) => {
    expect(found(ibanDetector, text)).toEqual([]);
  });
});

const DE = complete('13669597', deVatValid);
const IT = complete('0074311015', itVatValid);
const BE = complete('04031707', beVatValid, 2);
const NL = `${complete('00449544', (v) => nlVatValid(`${v}B01`))}B01`;
const CIF = complete('A5881850', esVatValid);
const SIREN = complete('40483304', luhnValid);
const FR = fakeFrVat(SIREN);
// Austria's UID: 1 + 2x2 + 3 + 2x4 (8) + 5 + 2x6 (1+2) + 7 = 31, plus 4 = 35: check digit 5 makes 40.
const AT = 'ATU12345675';

describe('EU VAT detectors', () => {
  it.each([
    ['FR with TVA', vatFrDetector, `N° TVA intracommunautaire : ${FR}`, FR, 'high'],
    ['FR spaced, no context', vatFrDetector, `${FR.slice(0, 4)} ${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)}`, `${FR.slice(0, 4)} ${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)}`, 'medium'],
    ['FR letter key, with context', vatFrDetector, `TVA FRXH${SIREN}`, `FRXH${SIREN}`, 'medium'],
    ['DE with USt-IdNr', vatDeDetector, `USt-IdNr.: DE${DE}`, `DE${DE}`, 'high'],
    ['DE no context', vatDeDetector, `(DE ${DE})`, `DE ${DE}`, 'medium'],
    ['IT with P.IVA', vatItDetector, `P.IVA IT${IT}`, `IT${IT}`, 'high'],
    ['ES CIF with prefix', vatEsDetector, `CIF: ES${CIF}`, `ES${CIF}`, 'high'],
    ['ES DNI without prefix, with NIF-IVA', vatEsDetector, 'NIF-IVA 12345678Z', '12345678Z', 'medium'],
    // A person's number under "NIF" or "DNI" alone is an identity card's or a tax file's number, not a VAT number.
    ['ES DNI without prefix, under NIF alone', vatEsDetector, 'NIF 12345678Z', '12345678Z', 'low'],
    ['BE dotted', vatBeDetector, `BTW BE ${BE.slice(0, 4)}.${BE.slice(4, 7)}.${BE.slice(7)}`, `BE ${BE.slice(0, 4)}.${BE.slice(4, 7)}.${BE.slice(7)}`, 'high'],
    ['BE old 9-digit form', vatBeDetector, `BE${BE.slice(1)}`, `BE${BE.slice(1)}`, 'medium'],
    ['NL', vatNlDetector, `btw-id NL${NL}`, `NL${NL}`, 'high'],
    ['AT with context', vatEuDetector, `UID/VAT: ${AT}`, AT, 'high'],
    ['AT spaced, no context', vatEuDetector, `(AT U${AT.slice(3)})`, `AT U${AT.slice(3)}`, 'medium'],
    ['PL by format, no context', vatEuDetector, 'PL5261040828', 'PL5261040828', 'low'],
    ['AT under a VAT column header', vatEuDetector, `company,vat_number,city\nAcme GmbH,${AT},Wien`, AT, 'high'],
    ['PL by format, under the VAT header of a quoted CSV whose cells hold commas', vatEuDetector, '"company","vat_number","city"\n"Acme, GmbH","PL5261040828","Wien, Austria"', 'PL5261040828', 'medium'],
    ['DE under a USt-IdNr. column header', vatDeDetector, `Firma;USt-IdNr.;Ort\nMusterfirma;DE${DE};Berlin`, `DE${DE}`, 'high'],
  ])('finds %s', (_name, detector, text, value, confidence) => {
    expect(found(detector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['FR placeholder with a letter key', vatFrDetector, 'TVA intracommunautaire : FRXX999999999'],
    ['FR wrong key', vatFrDetector, `TVA ${FR.replace(/^FR\d\d/, (p) => `FR${String((Number(p.slice(2)) + 1) % 100).padStart(2, '0')}`)}`],
    ['DE wrong check digit', vatDeDetector, `USt-IdNr. DE${breakLast(DE)}`],
    ['IT wrong check digit', vatItDetector, `IT${breakLast(IT)}`],
    ['ES wrong control', vatEsDetector, `ES${breakLast(CIF)}`],
    ['ES bare DNI without context', vatEsDetector, 'code 12345678Z'],
    ['ES nine digits', vatEsDetector, 'NIF 123456789'],
    ['BE wrong check', vatBeDetector, `BE${breakLast(BE)}`],
    ['NL wrong check', vatNlDetector, `NL${breakLast(NL.slice(0, 9))}B01`],
    ['AT wrong check digit, with context', vatEuDetector, `UID-Nr.: ${breakLast(AT)}`],
    ['AT wrong check digit, under a VAT column header', vatEuDetector, `company,vat_number,city\nAcme GmbH,${breakLast(AT)},Wien`],
    ['DE inside an IBAN', vatDeDetector, 'DE89370400440532013000'],
    ['lower-case prefix', vatDeDetector, `de${DE}`],
  ])('ignores %s', (_name, detector, text) => {
    expect(found(detector, text)).toEqual([]);
  });
});
