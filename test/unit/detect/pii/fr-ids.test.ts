import { describe, expect, it } from 'vitest';
import { frNirDetector } from '../../../../utils/detect/pii/fr-nir';
import { frSirenDetector } from '../../../../utils/detect/pii/fr-siren';
import { frSiretDetector } from '../../../../utils/detect/pii/fr-siret';
import { scan } from '../../../../utils/detect/scan';
import type { Detector } from '../../../../utils/detect/types';
import { luhnValid } from '../../../../utils/detect/validators/luhn';
import { breakLast, complete, fakeNir } from '../validators/fake-ids';

// Every identifier here is made up and completed with its key: all fake.
const found = (detector: Detector, text: string) => detector.find(text).map((f) => [text.slice(f.start, f.end), f.confidence]);
const NIR = fakeNir('1841276451089');
const NIR_2A = fakeNir('2930520A12345'.replace('20A', '2A0'));
const SIREN = complete('40483304', luhnValid);
const SIRET = complete(`${SIREN}0002`, luhnValid);
const spaced = (nir: string) => `${nir[0]} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;

describe('frNirDetector', () => {
  it.each([
    ['compact, with context', `N° de sécurité sociale : ${NIR}`, NIR, 'high'],
    ['spaced, with context', `NIR ${spaced(NIR)}`, spaced(NIR), 'high'],
    ['key apart', `numéro INSEE ${NIR.slice(0, 13)} ${NIR.slice(13)}`, `${NIR.slice(0, 13)} ${NIR.slice(13)}`, 'high'],
    ['Corsica', `Carte Vitale ${NIR_2A}`, NIR_2A, 'high'],
    // An HL7 field's repetitions are split by "~" (the INS-NIR identifier after the patient's local id).
    ['a repetition of an HL7 field', `PID|1||IPP_12345^^^HOSP&1.2.3&ISO^PI~${NIR}^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS`, NIR, 'high'],
    ['no context', `patient ${spaced(NIR)}.`, spaced(NIR), 'medium'],
    ['overseas, spaced 1-2-2-3-2-3-2', 'NIR : 1 85 05 971 12 345 17', '1 85 05 971 12 345 17', 'high'],
    ['key after a dash', `N° de sécurité sociale : ${spaced(NIR).slice(0, -3)} - ${NIR.slice(13)}`, `${spaced(NIR).slice(0, -3)} - ${NIR.slice(13)}`, 'high'],
    ['key after a slash', `NIR ${NIR.slice(0, 13)}/${NIR.slice(13)}`, `${NIR.slice(0, 13)}/${NIR.slice(13)}`, 'high'],
    ['an IMEI that passes the NIR key, at low only (a made-up IMEI)', 'IMEI : 356763193995183', '356763193995183', 'low'],
    ['an IMEI named in its sentence (made up)', "L'IMEI du terminal remplacé est 356763193995183.", '356763193995183', 'low'],
    ['an IMEI named in a German sentence (made up)', 'Die IMEI des getauschten Geräts ist 356763193995183.', '356763193995183', 'low'],
    // The IMEI word labels the number right after it, not a NIR further on (made up).
    ['a NIR after an IMEI and its number', `IMEI : 352191458902716, matricule ${spaced(NIR)}.`, spaced(NIR), 'medium'],
    ['an IMEI under its column header (made up)', 'call,start,imsi,imei,cell\n6d2dba86-06e5-4648-99f3,2023-11-03T21:01:03,208153631498108,356763193995183,40556-4', '356763193995183', 'low'],
    ['an IMSI under its column header (made up)', 'call,start,imsi,imei,cell\n6d2dba86-06e5-4648-99f3,2023-11-03T21:01:03,208013591523987,356123812603409,40556-4', '208013591523987', 'low'],
    ['a NIR under its column header', 'nom;nir;ville\nDupont;356763193995183;Lyon', '356763193995183', 'high'],
    ['a NIR under a header that says ID', 'Nom;Ville;Identifiant (ID)\nDupont Jean-Pierre Marie;Villeneuve-Saint-Georges;256763193995136', '256763193995136', 'medium'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(frNirDetector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['a wrong key', `NIR ${breakLast(NIR)}`],
    ['month 13', `NIR ${fakeNir('1841376451089')}`],
    ['inside a longer number', `9${NIR}1`],
    ['mixed separators', `NIR 1 84.12 76 451 089 46`],
    ['a wrong key after a dash', `NIR ${spaced(NIR).slice(0, -3)} - ${breakLast(NIR).slice(13)}`],
    ['a range of two numbers', `${NIR.slice(0, 13)} - ${NIR.slice(13)}0`],
    ['a 15-digit order number', 'order 100000000000000'],
  ])('ignores %s', (_name, text) => {
    expect(found(frNirDetector, text)).toEqual([]);
  });
});

describe('frSirenDetector', () => {
  const spacedSiren = `${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)}`;
  it('reads no phone in an EORI number too short for a SIRET', () => {
    const text = 'Importer: Kestrel Health, EORI FR0647821953';
    expect(scan(text).filter((f) => f.confidence !== 'low')).toEqual([]);
  });

  it("is run by scan() on a payroll declaration (DSN), whose SIREN field holds none of the company words", () => {
    const text = `S20.G00.07.003,'paie@atelier-demo.fr'\nS21.G00.06.001,'${SIREN}'\nS21.G00.11.001,'00021'`;
    expect(scan(text).filter((f) => f.type === 'pii.fr_siren').map((f) => text.slice(f.start, f.end))).toEqual([SIREN]);
  });

  it.each([
    ['after SIREN', `SIREN : ${SIREN}`, SIREN, 'high'],
    ["in a payroll declaration's SIREN field (DSN)", `S20.G00.07.003,'paie@atelier-demo.fr'\nS21.G00.06.001,'${SIREN}'\nS21.G00.11.001,'00021'`, SIREN, 'high'],
    ['spaced after RCS', `RCS Lyon ${spacedSiren}`, spacedSiren, 'medium'],
    ['near société', `la société Exemple SAS, ${SIREN}`, SIREN, 'medium'],
    ['in an English contract', `registered with the Trade and Companies Register of Lyon under number ${SIREN}, represented by`, SIREN, 'medium'],
    ['after "registered under number"', `Exemple Ltd, registered in France under number\n${spacedSiren}`, spacedSiren, 'medium'],
    ['after "registration code" ("regist" is company context, "registration" is not)', `Your registration code: ${spacedSiren}`, spacedSiren, 'low'],
    ['without company words', `company filler ... ${'x'.repeat(80)} ${SIREN}`, SIREN, 'low'],
    ['after a phone label, company words near', `Exemple Conseil SAS\nTeléfono : ${spacedSiren}`, spacedSiren, 'low'],
    ['after an abbreviated phone label', `Autre SARL, Tél. ${SIREN}`, SIREN, 'low'],
    ['after an e-mail address, RCS after it', `Exemple SAS - contact@exemple.fr - ${spacedSiren} RCS Paris`, spacedSiren, 'medium'],
    ['after SIREN, a phone label before it', `Exemple SAS, tel 01 23 45 67 89, SIREN ${spacedSiren}`, spacedSiren, 'high'],
    ['under a SIREN column header, rows below', `Nom;Société;SIREN;Ville\nDupont;Exemple SAS;${spacedSiren};Lyon\nMartin;Autre SARL;${SIREN};Paris`, spacedSiren, 'high'],
    ['under a SIREN header in a tab-separated export', `id\tsiren\tcity\n7\t${SIREN}\tNancy`, SIREN, 'high'],
    ['under a SIREN header of an HTML table', `<table>\n<tr><th>SIREN</th><th>Raison sociale et adresse du siège</th></tr>\n<tr><td>—</td><td>Lemoine Conseil, 12 rue des Lilas, 69003 Lyon</td></tr>\n<tr><td>${spacedSiren}</td><td>Exemple</td></tr>`, spacedSiren, 'high'],
    // SEPA XML gives a SIREN its scheme code, SREN, after it.
    ['in SEPA XML with its scheme code', `<Othr><Id>${SIREN}</Id><SchmeNm><Cd>SREN</Cd></SchmeNm></Othr>`, SIREN, 'high'],
    ['under a SIREN header of a markdown table', `| Client | SIREN |\n|---|---|\n| Lemoine Conseil | ${spacedSiren} |`, spacedSiren, 'high'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(frSirenDetector, text)[0]).toEqual([value, confidence]);
  });

  it.each([
    ['a Luhn failure', `SIREN ${breakLast(SIREN)}`],
    ['the SIREN part of a SIRET', `SIREN ${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)} 00025`],
    ['all zeros', 'SIREN 000000000'],
  ])('ignores %s', (_name, text) => {
    expect(found(frSirenDetector, text)).toEqual([]);
  });
});

describe('frSiretDetector', () => {
  const grouped = `${SIRET.slice(0, 3)} ${SIRET.slice(3, 6)} ${SIRET.slice(6, 9)} ${SIRET.slice(9)}`;
  it.each([
    ['after SIRET', `SIRET : ${SIRET}`, SIRET, 'high'],
    ['grouped 3-3-3-5', `Siret ${grouped}`, grouped, 'high'],
    ['SIREN then NIC', `établissement ${SIRET.slice(0, 9)} ${SIRET.slice(9)}`, `${SIRET.slice(0, 9)} ${SIRET.slice(9)}`, 'high'],
    ['no context', `client 42; ${SIRET}`, SIRET, 'medium'],
    ['La Poste, digit sum rule', 'SIRET 35600000000001', '35600000000001', 'high'],
    ['after an order label', `Order ${SIRET}`, SIRET, 'low'],
    ['grouped 3-3-3-3-2', `SIRET ${SIRET.replace(/^(...)(...)(...)(...)(..)$/, '$1 $2 $3 $4 $5')}`, SIRET.replace(/^(...)(...)(...)(...)(..)$/, '$1 $2 $3 $4 $5'), 'high'],
    ['La Poste 3-3-3-3-2', 'SIRET : 356 000 000 000 01', '356 000 000 000 01', 'high'],
    ['dotted 3-3-3-3-2', `siret ${SIRET.replace(/^(...)(...)(...)(...)(..)$/, '$1.$2.$3.$4.$5')}`, SIRET.replace(/^(...)(...)(...)(...)(..)$/, '$1.$2.$3.$4.$5'), 'high'],
    ['under a SIRET column header', `id;siret;ville\n1;${SIRET};Lyon`, SIRET, 'high'],
    ['a Diners-range number in a row, no word', 'x 36227417743025', '36227417743025', 'low'],
    // A French EORI number is FR and the SIRET.
    ['in an EORI number', `Importer: Kestrel Health, EORI FR${SIRET}\nVAT: <numéro>`, SIRET, 'medium'],
    ['grouped in an EORI number', `Importateur : Solvéo SA, EORI FR${grouped}`, grouped, 'medium'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(found(frSiretDetector, text)).toEqual([[value, confidence]]);
  });

  it.each([
    ['a Luhn failure', `SIRET ${breakLast(SIRET)}`],
    ['La Poste with a bad digit sum', 'SIRET 35600000000002'],
    ['all zeros', '00000000000000'],
    ['15 digits', `${SIRET}7`],
    ['mixed groupings', `SIRET ${SIRET.slice(0, 3)} ${SIRET.slice(3, 6)}.${SIRET.slice(6, 9)} ${SIRET.slice(9)}`],
    ['3-3-3-3-2 with a Luhn failure', `SIRET ${breakLast(SIRET).replace(/^(...)(...)(...)(...)(..)$/, '$1 $2 $3 $4 $5')}`],
  ])('ignores %s', (_name, text) => {
    expect(found(frSiretDetector, text)).toEqual([]);
  });

  it('keeps a Luhn-valid timestamp at low', () => {
    const stamp = complete(`${complete('20261122', luhnValid)}3000`, luhnValid);
    expect(found(frSiretDetector, `at ${stamp}`)).toEqual([[stamp, 'low']]);
  });
});
