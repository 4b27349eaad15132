import { describe, expect, it } from 'vitest';
import { ibanLength, ibanValid } from '../../../../utils/detect/validators/iban';
import { mod97 } from '../../../../utils/detect/validators/mod97';
import { nirKey, nirValid } from '../../../../utils/detect/validators/nir';
import { frVatKey, siretValid } from '../../../../utils/detect/validators/siren';
import { breakLast, complete, fakeIban, fakeNir } from './fake-ids';
import { isbn10Valid } from '../../../../utils/detect/validators/barcode';
import { luhnValid } from '../../../../utils/detect/validators/luhn';

// IBANs below are the examples printed in the SWIFT registry and bank documentation, or generated: all fake.
describe('mod97', () => {
  it.each([
    ['0', 0],
    ['97', 0],
    ['98', 1],
    ['A', 10],
    ['z', 35],
    ['3214282912345698765432161182', 1],
  ])('%s mod 97 = %i', (value, rest) => {
    expect(mod97(value)).toBe(rest);
  });
});

describe('ibanValid', () => {
  it.each([
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'NO9386011117947',
    fakeIban('ES', '21000418450200051332'),
    fakeIban('IT', 'X0542811101000000123456'),
    'CH9300762011623852957',
  ])('accepts %s', (iban) => {
    expect(ibanValid(iban)).toBe(true);
  });

  it.each([
    ['wrong check digits', 'GB83WEST12345698765432'],
    ['a changed BBAN digit', 'DE89370400440532013001'],
    ['a length the country does not use', 'DE8937040044053201300'],
    ['an unknown country', 'XX82WEST12345698765432'],
    ['spaces (callers compact first)', 'GB82 WEST 1234 5698 7654 32'],
    ['lower-case letters', 'gb82west12345698765432'],
  ])('rejects %s', (_name, iban) => {
    expect(ibanValid(iban)).toBe(false);
  });

  it('knows the length of every country in its table', () => {
    expect([ibanLength('FR'), ibanLength('NO'), ibanLength('LC'), ibanLength('US')]).toEqual([27, 15, 32, undefined]);
  });
});

// NIRs are generated from made-up bodies with the key formula, or the textbook example: all fake.
describe('NIR', () => {
  it.each([
    ['textbook example', '184127645108946'],
    ['woman born in an unknown month', fakeNir('2852075123456')],
    ['Corse-du-Sud (2A)', fakeNir('192012A012345')],
    ['Haute-Corse (2B)', fakeNir('275052B067123')],
    ['temporary number', fakeNir('7991099123456')],
  ])('accepts a %s', (_name, nir) => {
    expect(nirValid(nir)).toBe(true);
  });

  it.each([
    ['a wrong key', breakLast('184127645108946')],
    ['sex digit 5', fakeNir('5841276451089')],
    ['month 13', fakeNir('1841376451089')],
    ['month 00', fakeNir('1840076451089')],
    ['14 characters', '18412764510894'],
    ['letters outside the department', '1841276451A8946'],
  ])('rejects %s', (_name, nir) => {
    expect(nirValid(nir)).toBe(false);
  });

  it('counts 2A as 19 and 2B as 18', () => {
    expect(nirKey('192012A012345')).toBe(nirKey('1920119012345'));
    expect(nirKey('192012B012345')).toBe(nirKey('1920118012345'));
    expect(nirKey('12345')).toBeNull();
  });
});

// SIREN and SIRET values are made up and completed with a Luhn digit: all fake.
describe('SIREN, SIRET and the French VAT key', () => {
  const siren = complete('73282932', luhnValid);

  // The detectors check a SIREN's nine digits with luhnValid().
  it.each([
    [siren, true],
    [breakLast(siren), false],
  ])('luhnValid(SIREN %s) = %s', (value, valid) => {
    expect(luhnValid(value)).toBe(valid);
  });

  it.each([
    ['Luhn-valid', complete(`${siren}0007`, luhnValid), true],
    ['Luhn failure', breakLast(complete(`${siren}0007`, luhnValid)), false],
    ['Luhn-valid whole with a Luhn-failing SIREN', complete(`${breakLast(siren)}0007`, luhnValid), false],
    ['La Poste head office (Luhn)', '35600000000048', true],
    ['La Poste establishment (digit sum 15, fails Luhn)', '35600000000001', true],
    ['La Poste, digit sum 16', '35600000000002', false],
    ['13 digits', '3560000000004', false],
    ['letters', '3560000000004A', false],
  ])('siretValid: %s', (_name, value, valid) => {
    expect(siretValid(value)).toBe(valid);
  });

  it('checks the La Poste fixture is not Luhn-valid, so the exception is what accepts it', () => {
    expect(luhnValid('35600000000001')).toBe(false);
  });

  it.each([
    ['000000000', 12],
    ['404833048', 83],
  ])('frVatKey(%s) = %i', (value, key) => {
    expect(frVatKey(value)).toBe(key);
  });
});

describe('isbn10Valid', () => {
  it.each([
    ['0306406152', true],
    ['0980567651', false],
    ['030640615', false],
  ])('isbn10Valid(%s) = %s', (digits, valid) => {
    expect(isbn10Valid(digits)).toBe(valid);
  });
});
