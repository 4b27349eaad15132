import { describe, expect, it } from 'vitest';
import { beVatValid, deVatValid, esVatValid, itVatValid, nlVatValid } from '../../../../utils/detect/validators/vat';
import { mod97 } from '../../../../utils/detect/validators/mod97';
import { breakLast, complete } from './fake-ids';

// VAT numbers are made-up digits completed with each country's check, or the documented sample values
// (Spanish DNI 12345678Z, NIE X1234567L): all fake.
const DE = complete('13669597', deVatValid);
const IT = complete('0074311015', itVatValid);
const BE = complete('04031707', beVatValid, 2);
const NL = `${complete('00449544', (v) => nlVatValid(`${v}B01`))}B01`;
const CIF_DIGIT = complete('A5881850', esVatValid);

describe('deVatValid', () => {
  it.each([
    [DE, true],
    [breakLast(DE), false],
    ['012345678', false],
    ['12345678', false],
  ])('%s -> %s', (value, valid) => {
    expect(deVatValid(value)).toBe(valid);
  });
});

describe('itVatValid', () => {
  it.each([
    [IT, true],
    [breakLast(IT), false],
    ['00000000000', false],
    ['1234567890', false],
  ])('%s -> %s', (value, valid) => {
    expect(itVatValid(value)).toBe(valid);
  });
});

describe('beVatValid', () => {
  it.each([
    [BE, true],
    [breakLast(BE), false],
    ['2403170701', false],
    ['040317070', false],
  ])('%s -> %s', (value, valid) => {
    expect(beVatValid(value)).toBe(valid);
  });
});

describe('nlVatValid', () => {
  it.each([
    ['mod 11', NL, true],
    ['mod 11 broken', `${breakLast(NL.slice(0, 9))}B01`, false],
    ['2019 mod-97 form (123456789 fails mod 11)', complete('NL123456789B', (v) => mod97(v) === 1, 2).slice(2), true],
    ['no B', NL.replace('B', 'X'), false],
  ])('%s', (_name, value, valid) => {
    expect(nlVatValid(value)).toBe(valid);
  });
});

describe('esVatValid', () => {
  it.each([
    ['DNI', '12345678Z', true],
    ['DNI, wrong letter', '12345678A', false],
    ['NIE', 'X1234567L', true],
    ['NIE, wrong letter', 'X1234567A', false],
    ['CIF with a digit control', CIF_DIGIT, true],
    ['CIF, wrong control', breakLast(CIF_DIGIT), false],
    ['CIF of a body that needs a letter (Q)', `Q2826000${'JABCDEFGHI'[Number(complete('A2826000', esVatValid).slice(-1))]}`, true],
    ['CIF of a company that needs a digit (A) written with a letter', `A5881850${'JABCDEFGHI'[Number(CIF_DIGIT.slice(-1))]}`, false],
    ['nine digits', '123456789', false],
    ['unknown first letter', 'I12345678', false],
  ])('%s', (_name, value, valid) => {
    expect(esVatValid(value)).toBe(valid);
  });
});
