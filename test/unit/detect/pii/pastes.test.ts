import { describe, expect, it } from 'vitest';
import { scan } from '../../../../utils/detect/scan';
import { luhnValid } from '../../../../utils/detect/validators/luhn';
import { deVatValid, esVatValid } from '../../../../utils/detect/validators/vat';
import { complete, fakeFrVat, fakeIban, fakeNir, group } from '../validators/fake-ids';

// Every person, number and address in these pastes is invented; identifiers are completed with their keys.
const values = (text: string) => scan(text, { minConfidence: 'medium' }).map((f) => [f.type, text.slice(f.start, f.end)]);

const NIR_1 = fakeNir('2850675123456');
const NIR_2 = fakeNir('1920213054321');
const spacedNir = (nir: string) => `${nir[0]} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
const FR_IBAN = group(fakeIban('FR', '30006000011234567890189'));
const DE_IBAN = group(fakeIban('DE', '500105175407324931'));
const ES_IBAN = group(fakeIban('ES', '21000418450200051332'));
const SIRET_1 = complete(`${complete('40483304', luhnValid)}0002`, luhnValid);
const SIRET_2 = complete(`${complete('55198765', luhnValid)}0001`, luhnValid);
const SIREN = complete('73282932', luhnValid);
const DE_VAT = `DE${complete('81234567', deVatValid)}`;
const ES_CIF = `ES${complete('B1234567', esVatValid)}`;

describe('scan() on realistic pastes', () => {
  it('finds personal data in an English customer e-mail', () => {
    const text = [
      'Hi team,',
      'Please update the account of Jane Roe (jane.roe@acme-demo.com). Her new phone is (415) 632-0132',
      'and her SSN is 536-22-1234. Card on file: 4111 1111 1111 1111, paid on 2026-11-22 for $1,250.00.',
      'She logged in from 81.56.113.42 (Chrome 120.0.6099.109). UK office contact: NI number AB 12 34 56 C.',
      'Order #1120-4412, tracking 1Z999AA10123456784. Thanks!',
    ].join('\n');
    expect(values(text)).toEqual([
      ['pii.email', 'jane.roe@acme-demo.com'],
      ['pii.phone', '(415) 632-0132'],
      ['pii.us_ssn', '536-22-1234'],
      ['pii.credit_card', '4111 1111 1111 1111'],
      ['pii.ip_address', '81.56.113.42'],
      ['pii.uk_nino', 'AB 12 34 56 C'],
    ]);
  });

  it('finds personal data in a French CSV export', () => {
    const text = [
      'nom;prénom;email;téléphone;nir;iban;siret;montant',
      `Dupont;Zoé;zoe.dupont@example.fr;06 12 34 56 78;${spacedNir(NIR_1)};${FR_IBAN};${SIRET_1};1 250,00 €`,
      `Martin;Luc;luc.martin@example.fr;+33 1 42 68 53 00;${NIR_2};${DE_IBAN};${SIRET_2};99,90 €`,
    ].join('\n');
    expect(values(text)).toEqual([
      ['pii.email', 'zoe.dupont@example.fr'],
      ['pii.phone', '06 12 34 56 78'],
      ['pii.fr_nir', spacedNir(NIR_1)],
      ['pii.iban', FR_IBAN],
      ['pii.fr_siret', SIRET_1],
      ['pii.email', 'luc.martin@example.fr'],
      ['pii.phone', '+33 1 42 68 53 00'],
      ['pii.fr_nir', NIR_2],
      ['pii.iban', DE_IBAN],
      ['pii.fr_siret', SIRET_2],
    ]);
  });

  it('finds personal data in a German HR record', () => {
    const text = [
      'Personalakte – Max Mustermann, geb. 14.03.1985, Eintritt 01.04.2021',
      'E-Mail: max.mustermann@example.de',
      'Telefon: 030 12345678, Handy: 0171 1234567',
      `Bankverbindung: IBAN ${DE_IBAN}, BIC COBADEFFXXX`,
      `Arbeitgeber USt-IdNr.: ${DE_VAT}`,
      'IP-Adresse des Arbeitsplatzes: 10.20.30.40, Software-Version 4.2.1.0',
      'Gehalt: 4.850,00 EUR brutto, PLZ 10115 Berlin',
    ].join('\n');
    expect(values(text)).toEqual([
      ['pii.email', 'max.mustermann@example.de'],
      ['pii.phone', '030 12345678'],
      ['pii.phone', '0171 1234567'],
      ['pii.iban', DE_IBAN],
      ['pii.eu_vat', DE_VAT],
      ['pii.ip_address', '10.20.30.40'],
    ]);
  });

  it('finds personal data in a Spanish customer e-mail', () => {
    const text = [
      'Hola, soy Lucía García. Mi teléfono es 612 345 678 y mi correo lucia.garcia@example.es.',
      `Facturen a la empresa, NIF ${ES_CIF}, y el reembolso a la cuenta ${ES_IBAN}.`,
      'Mi DNI es 12345678Z. Pedido n.º 2026-004512 del 22/11/2026, importe 1.234,56 €.',
    ].join('\n');
    // The DNI is an identity card's number, which no type of the vocabulary holds: found at low only.
    expect(values(text)).toEqual([
      ['pii.phone', '612 345 678'],
      ['pii.email', 'lucia.garcia@example.es'],
      ['pii.eu_vat', ES_CIF],
      ['pii.iban', ES_IBAN],
    ]);
  });

  it('finds a company in a French legal notice', () => {
    const text = `Exemple SAS, société au capital de 10 000 €, RCS Paris ${SIREN}, TVA ${fakeFrVat(SIREN)}, siège : 12 rue de la Paix, 75002 Paris. Tél. 01 42 68 53 00.`;
    expect(values(text)).toEqual([
      ['pii.fr_siren', SIREN],
      ['pii.eu_vat', fakeFrVat(SIREN)],
      ['pii.phone', '01 42 68 53 00'],
    ]);
  });
});

describe('scan() falls through to the type whose check passes', () => {
  it('reports an FR VAT number as VAT, and an FR IBAN as IBAN', () => {
    const vat = fakeFrVat(SIREN);
    expect(values(`TVA ${vat} / IBAN ${FR_IBAN}`)).toEqual([
      ['pii.eu_vat', vat],
      ['pii.iban', FR_IBAN],
    ]);
  });

  it('reports a Luhn-valid 14-digit number as a SIRET near SIRET, as a card near card words', () => {
    // A SIRET (SIREN and whole both Luhn-valid) that starts like a Diners Club card.
    const diners = complete(`${complete('30569309', luhnValid)}0002`, luhnValid);
    expect(values(`SIRET ${diners}`)).toEqual([['pii.fr_siret', diners]]);
    expect(values(`Diners card ${diners}`)).toEqual([['pii.credit_card', diners]]);
    // With no word either way, fourteen digits in a row in a Diners range are reported as the card; printed
    // 3-3-3-5 as SIRETs are, they stay a SIRET.
    expect(values(`${'x'.repeat(70)} ${diners}`)).toEqual([['pii.credit_card', diners]]);
    const grouped = `${diners.slice(0, 3)} ${diners.slice(3, 6)} ${diners.slice(6, 9)} ${diners.slice(9)}`;
    expect(values(`${'x'.repeat(70)} ${grouped}`)).toEqual([['pii.fr_siret', grouped]]);
  });

  it('reports a La Poste SIRET that fails Luhn as a SIRET and not a card', () => {
    expect(values('La Poste, SIRET 356 000 000 00001')).toEqual([['pii.fr_siret', '356 000 000 00001']]);
  });

  it('reports a SIREN rather than a Spanish-shaped phone number next to SIREN', () => {
    const spaced = `${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)}`;
    expect(values(`SIREN ${spaced}`)).toEqual([['pii.fr_siren', spaced]]);
  });
});

describe('scan() on hard negatives', () => {
  it('reports nothing at medium and up in text full of look-alike numbers', () => {
    const text = [
      'Order 123-4567890-1234567 shipped; tracking 1Z999AA10123456784, colis 6A12345678901, Sendungsnummer 00340434161234567890.',
      'EAN 4006381333931, 5901234123457; ISBN 978-2-07-036822-8, 0306406152; SKU 400638133393.',
      'UUID 123e4567-e89b-12d3-a456-426614174000; commit 9fceb02d0ae598e95dc970b74767f19372d61af8;',
      'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.',
      'Release v1.2.3.4, version 10.0.19041.1, build 4.2.1.0, OID 1.3.6.1.4.1.311.21.7.',
      'Dates 2026-11-22, 22/11/2026, 22.11.2026, 20261122103000; times 10:30, 14:05:59, 10h30.',
      'Prices 1 234 567,89 €, $12,345.67, 612 345 678 €, 12.345.678 EUR, +12.5 %.',
      'Invoice INV-2026-004512, Facture n° 0612345678, Rechnung 2026/0042, factura F-2026-0001.',
      'Postal codes 75002, 10115 Berlin, 28013 Madrid, SW1A 1AA, Boston MA 02134-1234.',
      'Counter 12345678901234567890123, phone-like fragment 0000000000, all nines 999-99-9999.',
    ].join('\n');
    expect(values(text)).toEqual([]);
  });
});
