import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../../utils/detect/pii';
import { scan } from '../../../../utils/detect/scan';

// Phone numbers below are made up (and the UK ones use Ofcom's drama ranges, US ones 555): all fake.
const phones = (text: string) =>
  scan(text, { detectors: PII_DETECTORS })
    .filter((f) => f.type === 'pii.phone')
    .map((f) => [text.slice(f.start, f.end), f.confidence]);

describe('phone detectors', () => {
  it.each([
    ['FR international', 'joignable au +33 6 12 34 56 78.', '+33 6 12 34 56 78', 'high'],
    ['FR international with (0)', 'Contact: +33 (0)1 42 68 53 00', '+33 (0)1 42 68 53 00', 'high'],
    ['FR international compact', 'numéro +33612345678', '+33612345678', 'medium'],
    ['FR national, spaces', 'Tél. : 06 12 34 56 78', '06 12 34 56 78', 'high'],
    ['FR national, dots', 'rdv 01.42.68.53.00 demain', '01.42.68.53.00', 'medium'],
    ['FR national, compact', 'Jean Dupont 0612345678', '0612345678', 'medium'],
    ['after the given name Po ("PO" lowers a number only right before it)', 'Call Po on 07700 900123 tomorrow', '07700 900123', 'high'],
    ['ES in threes after a phone label, a company name above (Luhn-valid like a SIREN)', 'Ofertante: Exemple Conseil SAS\nTeléfono : 732 829 320', '732 829 320', 'medium'],
    ['UK international', 'ring +44 20 7946 0958', '+44 20 7946 0958', 'high'],
    ['UK London', 'office 020 7946 0958', '020 7946 0958', 'medium'],
    ['UK area 4-3-4', 'Manchester 0161 496 0000', '0161 496 0000', 'medium'],
    ['UK mobile 5-6', 'mobile: 07700 900123', '07700 900123', 'high'],
    // "NHS" before a phone is the service's name, not an NHS number's label.
    ['a phone after RCS and a city in a footer', 'SAS au capital de 10 000 € – RCS Paris – Tél. 01 42 68 53 07', '01 42 68 53 07', 'high'],
    ['a phone for RCS messaging', 'Les messages RCS sont activés sur le 06 47 12 34 56', '06 47 12 34 56', 'medium'],
    ['a phone after a company registration in a footer', 'Acme SAS – RCS Lyon 123456789 Tél 06 12 34 56 78', '06 12 34 56 78', 'high'],
    ['a phone right after NHS', 'ring NHS 0300 123 7123 for advice', '0300 123 7123', 'high'],
    ['a switchboard of the NHS', 'NHS trust switchboard: 020 7946 0958', '020 7946 0958', 'medium'],
    ['an NHS helpline', 'NHS Direct: 07700 900123', '07700 900123', 'medium'],
    ['UK mobile compact', 'text 07700900123', '07700900123', 'medium'],
    ['UK with parentheses', 'on (020) 7946 0958', '(020) 7946 0958', 'medium'],
    ['US parentheses', 'Phone: (415) 555-2671', '(415) 555-2671', 'high'],
    ['US dashes', 'reach me at 415-555-2671', '415-555-2671', 'high'],
    ['US dots', 'cell 415.555.2671', '415.555.2671', 'high'],
    ['US with 1-', 'dial 1-800-555-0199', '1-800-555-0199', 'high'],
    ['US international', 'NY office +1 212 555 0147', '+1 212 555 0147', 'medium'],
    ['US compact with context', 'phone 4155552671', '4155552671', 'medium'],
    ['DE area and subscriber', 'Telefon: 030 12345678', '030 12345678', 'high'],
    ['DE slash', 'Tel. 089/1234567', '089/1234567', 'high'],
    ['DE parentheses', 'Büro (0221) 1234567', '(0221) 1234567', 'medium'],
    ['DE mobile', 'Handy 0171 1234567', '0171 1234567', 'high'],
    ['DE mobile compact', 'erreichbar unter 01711234567', '01711234567', 'high'],
    ['DE international with dashes', 'Zentrale +49-30-1234567', '+49-30-1234567', 'medium'],
    ['ES mobile 3-3-3 (also the shape of a count over a hundred million, so one step lower)', 'móvil 612 345 678', '612 345 678', 'medium'],
    ['ES 3-3-3 after an e-mail address on its line (contact details)', 'Datos del cliente: Marta Navarro, mnavarro@example.es, 611 055 417', '611 055 417', 'medium'],
    ['ES 3-3-3 in an SQL row beside an e-mail', "(3498, 'Marta', 'Navarro', 'mnavarro@initech-demo.net', '981 684 164', '2025-09-15'),", '981 684 164', 'medium'],
    ['ES 3-3-3 after a phone sign', '📧 lucia@example.es | 📞 713 530 210', '713 530 210', 'medium'],
    ['ES landline 3-2-2-2', 'oficina 912 34 56 78', '912 34 56 78', 'medium'],
    ['ES landline 2-3-2-2', 'llamar al 91 234 56 78', '91 234 56 78', 'high'],
    ['ES international', 'teléfono +34 612 345 678', '+34 612 345 678', 'high'],
    ['ES compact with context', 'teléfono: 612345678', '612345678', 'medium'],
    ['IT mobile', 'cellulare 333 123 4567', '333 123 4567', 'high'],
    ['IT landline', 'ufficio 02 1234 5678', '02 1234 5678', 'medium'],
    ['IT international', '+39 06 1234 5678', '+39 06 1234 5678', 'medium'],
    ['BE mobile', 'gsm 0470 12 34 56', '0470 12 34 56', 'high'],
    ['BE mobile slash', 'bureau 0470/123 456', '0470/123 456', 'medium'],
    ['BE Brussels', 'Bruxelles 02 123 45 67', '02 123 45 67', 'medium'],
    ['BE international', '+32 470 12 34 56', '+32 470 12 34 56', 'medium'],
    ['CH national', 'Zürich 044 668 18 00', '044 668 18 00', 'medium'],
    ['CH 00 prefix', 'Natel 0041 79 123 45 67', '0041 79 123 45 67', 'high'],
    ['UK mobile 5-3-3', 'call 07700 900 123', '07700 900 123', 'high'],
    ['UK mobile 5-3-3 dashed', 'Nummer 07700-900-123', '07700-900-123', 'medium'],
    ['BE mobile slash and dots', 'joignable au 0455/74.83.47', '0455/74.83.47', 'high'],
    ['BE mobile slash and spaces', 'Tél. : 0484/21 18 35', '0484/21 18 35', 'high'],
    ['IT mobile 3-7', 'cellulare 333 1234567', '333 1234567', 'high'],
    ['IT mobile 3-7 dashed', 'ruf an: 378-0720739', '378-0720739', 'medium'],
    ['ES compact after llámame', 'llámame al 612345678', '612345678', 'medium'],
    ['ES compact under a phone column header', 'id;telefono\n1;612345678', '612345678', 'medium'],
    ['BE landline slash and dots', 'Tél. : 02/788.77.99', '02/788.77.99', 'high'],
    ['BE landline slash and spaces', 'bureau 02/788 77 99', '02/788 77 99', 'medium'],
    ['DE subscriber in two groups', 'Telefon: 030 504 55754', '030 504 55754', 'high'],
    ['DE mobile, subscriber in groups', 'Handy 0151 398 42439', '0151 398 42439', 'high'],
    ['DE subscriber in three groups', 'Zentrale 069 123 456 78', '069 123 456 78', 'medium'],
    ['DE mobile in 4-4-4', 'Tel: 0176 9540 9836', '0176 9540 9836', 'high'],
    ['DE mobile in 4-4-4 in an SQL row', "(12, 'Lea', 'Becker', '0176 3807 9927'),", '0176 3807 9927', 'medium'],
    ['FR after a phone word and n°', 'Tél. n° 06 12 34 56 78', '06 12 34 56 78', 'high'],
    ['FR after "appelez le n°"', 'Appelez le n° 01 23 45 67 89', '01 23 45 67 89', 'high'],
    ['FR landline compact after a phone sign', '☎ 0283353988 · compta@example.fr', '0283353988', 'medium'],
    // A two-digit field after the number (an age) does not make it an amount.
    ['FR compact in a CSV row ending in a two-digit field', 'nom,prenom,telephone,age\nDupont,Marie,0612345678,34', '0612345678', 'high'],
    ['US in a CSV row ending in a two-digit field', 'name,phone,age\nJohn Smith,(415) 555-0132,42', '(415) 555-0132', 'high'],
    // An airline booking record's contact element ends a mobile with -M; a part number's other letter suffixes (-B) still
    // make a number no phone.
    ['an Italian mobile in a booking record', '3 AP +39 322 101 2169-M', '+39 322 101 2169', 'medium'],
    // "dossier" lowers only the number right after it, not one after a comma.
    ['FR mobile after a dossier and a comma', 'concernant mon dossier, 06 12 34 56 78 est mon numéro', '06 12 34 56 78', 'medium'],
    // A doctor's LANR or a case ("Vorgang") lowers only the number right after it.
    ['DE mobile after "Zum Vorgang:"', 'Zum Vorgang: +49 151 23456789 (Handy)', '+49 151 23456789', 'high'],
    ['FR mobile after "in case:"', 'Just in case: +33 6 12 34 56 78', '+33 6 12 34 56 78', 'medium'],
    ['FR mobile after "in any case,"', 'In any case, 06 12 34 56 78 is my number', '06 12 34 56 78', 'medium'],
    ['FR mobile after "Case:"', 'Case: 06 12 34 56 78 (mobile de Mme Durand)', '06 12 34 56 78', 'high'],
    ['UK mobile after "the case:"', 'Call about the case: +44 7700 900123', '+44 7700 900123', 'high'],
    ['FR mobile after "In this case"', 'In this case 06 12 34 56 78 is the number to call.', '06 12 34 56 78', 'high'],
    // An air waybill's word lowers only the number right after it (made-up numbers).
    ['DE landline after "AWB hotline"', 'AWB hotline 030 1234567', '030 1234567', 'high'],
    ['ES mobile after "Waybill queries:"', 'Waybill queries: +34 612 345 678', '+34 612 345 678', 'medium'],
    ['ES number in threes after "Telf."', 'Telf. 963 947 909', '963 947 909', 'medium'],
    // A name that starts as a word of NOT_PII ("DUNS") or of PHONE_WORDS ("telf") is neither.
    ['UK landline after a name starting with "Duns"', 'Call Dunstan 0161 496 0123 tomorrow', '0161 496 0123', 'high'],
    // SAP's phone field heads the column of an export (made-up numbers in threes, low alone).
    ['ES number in a TELF1 column of a Markdown table', '| LIFNR | NAME1 | TELF1 |\n|---|---|---|\n| 0000400636 | Hanseatic GmbH | 963 947 909 |', '963 947 909', 'medium'],
    ['ES number in a TELF1 column of a CSV', 'LIFNR;NAME1;ORT01;TELF1\n0000229364;Telvia SAS;Toulouse;917 478 864', '917 478 864', 'medium'],
    // A country code after a phone word, or after a word in capitals, does not make a VAT number.
    ['FR mobile after "Mobile FR"', 'Mobile FR 06 12 34 56 78', '06 12 34 56 78', 'high'],
    ['FR landline after "is FR", no VAT word', 'Our hotline in France is FR 01 23 45 67 89, open 9-5.', '01 23 45 67 89', 'high'],
    ['UK freephone after "CALL US AT"', 'CALL US AT 0800 123 456', '0800 123 456', 'high'],
    // "Hotline" is a phone word: "ID" before it names the player, not the number (made up).
    ['DE mobile after a hotline', 'mit deiner Spieler-ID B4E8E441. Hotline: +49 170 3772508', '+49 170 3772508', 'high'],
  ])('finds %s', (_name, text, value, confidence) => {
    expect(phones(text)).toEqual([[value, confidence]]);
  });

  it("keeps a doctor's LANR low and the practice's phone on the next line medium", () => {
    expect(phones('Arztbrief\nDr. med. Anna Vogt (LANR 987654321)\nPraxis: 0711 2233445')).toEqual([
      ['987654321', 'low'],
      ['0711 2233445', 'medium'],
    ]);
  });

  it.each([
    ['an ISO date', 'due 2026-11-22'],
    ['a German customer number in 4-4-4', 'Kundennummer: 0815 4711 1234'],
    ['a number in 4-4-4 that is not a mobile', '0123 4567 8901'],
    ['a short German number in groups', 'Nr. 030 504 55'],
    ['a SIREN that fails its check, shaped like a Spanish number', 'Erreur de saisie : SIREN 947 364 134 inexistant'],
    ['an order number in groups', 'Bestellnummer 0301 234 56789'],
    ['a BE-shaped slash in a date-like reference', 'ref 02/788.77'],
    ['a European date', 'le 22/11/2026 à 14:30'],
    ['a dotted date and time', 'am 22.11.2026 um 10.30 Uhr'],
    ['a time with seconds', 'at 12:30:45'],
    ['a price with spaces', 'budget 612 345 678 €'],
    ['a price with a sign', 'total $415-555'],
    ['a dotted amount', 'importe 912.345.678'],
    ['a version', 'v06.12.34.56.78 and version 1.2.3'],
    ['a US ZIP+4', 'Boston, MA 02134-1234'],
    ['an invalid international length', 'call +33 6 12 34 56'],
    ['an N11 area code', '911-555-2671'],
    ['an ISBN', 'ISBN 978-2-07-036822-8'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a longer digit run', 'id 006123456789012'],
    ['a timestamp offset', '2026-11-22T10:00:00+0100'],
    ['a math expression', 'x = 5+33612345678'],
    ['a part number with a letter suffix', 'Part no. 0883-686-254-B'],
    ['another part number', 'Part no. 0163-162-758-H'],
    ['a SIREN column of an HTML table', '<tr><th>Nom</th><th>SIREN</th></tr>\n<tr><td>Tel: voir fiche</td><td>612 345 678</td></tr>'],
    ['a SIREN column of a CSV', 'nom;siren;contact\nDupont;612 345 678;appeler'],
    ['an amount with decimals, its currency after them, a phone word near', 'Total TTC : 925 907 265,21 €\nContact : billing@acme-demo.com'],
    ['an amount with decimals, dotted', 'Appelez le service client.\nMontant : 355.582.377,51 €'],
    ['an IPv4 address shaped like a dotted Spanish landline, beside an e-mail', '"user":"ana@acme-demo.com","client_ip":"98.252.99.16"'],
    // An address with an octet over 255, as a log's garbled client IP or a tester's invalid address: not an address, and no
    // phone either, whatever is near (an e-mail's '@' counts as a phone word; made up).
    ['an IPv4-shaped number with an octet over 255', 'rate limit exceeded client_ip=932.20.73.52 path=/v2/exports'],
    ['an IPv4-shaped number with an octet over 255, an e-mail near', 'Contact: ana@acme-demo.com\nServer: 889.83.39.37 port 22'],
    ['one digit over and over, a phone word near', 'Shipper: Cabinet Lenoir, VAT FRXX 999999999, contact by phone'],
    ['a spaced placeholder after a phone word', 'Teléfono: 999 999 999'],
    // The ad unit after "~" in an AdMob app id (made up).
    ['an AdMob app id', '"app_id": "ca-app-pub-5714082188785390~0386792433"'],
  ])('ignores %s', (_name, text) => {
    expect(phones(text).filter(([, c]) => c !== 'low')).toEqual([]);
  });

  it.each([
    ['an order label', 'Commande 0612345678'],
    ['an invoice label', 'Invoice no. 0161 496 0000'],
    ['a compact Spanish shape', 'ref 612345678'],
    ['a compact US shape', '4155552671'],
    ['an ISBN-10 with a leading 0', 'see 0306406152'],
    ['a purchase order after a call', 'Following our call, here are the details for order PO 4512345678.'],
    ['a P.O. number in a subject', 'Subject: Su factura P.O. 4512345678\n\nTras nuestra llamada'],
    ['a count written with thousands spaces (French typography)', "Rapport d'audience\nPages vues : 976 458 869   Visiteurs uniques : 684 795"],
    ['a bank account number, an e-mail above', 'Personal email: ann@acme-demo.com\nDirect deposit: routing 121000358, account 2854654451'],
    ['a routing number, an e-mail above', 'Personal email: ann@acme-demo.com\nDirect deposit: routing 026009593, account 1219997589'],
    ['a Bestellnummer near a phone word', 'Bestellnr. 0301 234 5678, Rückfragen per Telefon'],
    // Found, not taken for an amount by the two-digit field after it; low as any compact Spanish number without words.
    ['an ES compact number in a CSV row, a two-digit field after it', 'Juan,612345678,34,Madrid'],
    // Made-up member numbers: a frequent-flyer programme's name right before them, a phone word near.
    ['a Flying Blue number, a contact line above', 'Contact: see front desk\nFlying Blue 4155550173'],
    ['a Miles & More number in a call note', 'Bitte anrufen. Miles & More: 2125550148'],
    ['a frequent flyer number after a phone word', 'Phone booking, frequent flyer 3125550199'],
    ['an FFN in a booking', 'Llamar al pasajero. FFN 6175550112'],
    // A number right after "n°" is a member's or a file's, even with a phone label on the next line.
    ['a member number after n°, a phone line below', 'Mutuelle : Harmonie, adhérent n° 976942065\nTél. : voir fiche'],
    ['a file number after nº', 'Expediente nº 612345678, teléfono en la ficha'],
    ['a number after n° alone', 'SAV : n° 0612345678'],
    // The United Kingdom's NHS numbers are written as American phones are (made-up numbers).
    ['an NHS number', 'Patient: Jane Roe\nNHS No: 991 224 1557   Hospital No: W6492279'],
    ['an NHS number after the word alone', 'Thank you for seeing Chloe Hughes (DOB 08/03/2025, NHS 493 475 1379, NI DQ154128B). Call me on the ward.'],
    ['a company registration after RCS and a city, failing the SIREN check, a contact line below', 'Société : Cabinet Moreau SAS, RCS Bordeaux 760 527 227\nInvestisseur : contact jane.doe@acme-demo.com'],
    // Keyed in after the call is answered, ended by '#': a meeting's conference ID (made up).
    ['a conference ID', 'Rejoindre par téléphone\nID de conférence : 328 096 856#'],
    // A case file's number, written as a Spanish phone (made up).
    ['a dossier number in a ticket', '[Dossier 852-809-457] No puedo iniciar sesión, llámenme'],
    ['an expediente number', 'Expediente 612 345 678 — teléfono en la ficha'],
    // A doctor's registration number on a prescription: German LANR, Spanish número de colegiado (made up).
    ["a German doctor's LANR", 'Dr. med. Anna Schäfer — LANR 642386847\nREZEPT\nPatient — Tel.: siehe Intranet'],
    ["a Spanish doctor's registration", 'Dra. Irene Martínez — N.º colegiado 300242601\nRECETA MÉDICA\nPaciente — tel.: ver ficha'],
    ['a German case number', 'Vorgangsnr. 932638744 — Rückruf unter der Telefonnummer im Profil'],
    // A support queue's case numbers, written as Italian landlines are (made up).
    ['a support case number', '#806873 P1 API key rejected – case 073-127-2159'],
    ['a Spanish support case number', '#259821 P1 clave API rechazada – caso 012-871-8830'],
    ['a support case number after "#"', 'Admin case #073-127-2159 reopened'],
    // An air waybill's number: an airline's three digits, a dash, eight digits (made up).
    ['an air waybill number', 'AWB 074-76190970: poids déclaré 444 kg'],
    ['a master air waybill number', 'MAWB: 020-12345675 / HAWB PPZ8000004'],
    // A company's D-U-N-S number, written 2-3-4 as an Italian landline is (made up).
    ['a DUNS number', 'Please note our DUNS number 06-207-7159 on the quote.'],
    ['an ES-shaped count after a place starting with "Telf"', 'Total visits (Telford store): 976 458 869'],
    // A VAT number's country code in capitals right before it: a VAT number that fails its check (made up).
    ['a Belgian VAT look-alike', 'Groupe Fabrelec|BE 0266.275.781|failed'],
    ['a French VAT look-alike', 'N° TVA intracommunautaire : FR 06 956 539 307'],
    ['a Belgian VAT look-alike in a sentence', 'Our VAT number is BE 0291907523, please add it to the invoice.'],
    ['a Belgian VAT look-alike in a French sentence', 'Notre numéro de TVA intracommunautaire est BE 0803.415.742.'],
  ])('keeps %s at low', (_name, text) => {
    expect(phones(text).map(([, c]) => c)).toEqual(['low']);
  });

  it("finds a meeting's dial-in number, and keeps its PIN (after two pauses, ended by '#') at low", () => {
    // A made-up Teams dial-in.
    expect(phones('Join by phone: +33 3 85 52 79 36,,764808088#')).toEqual([
      ['+33 3 85 52 79 36', 'high'],
      ['764808088', 'low'],
    ]);
  });

  it("finds a tel: link with an extension after '#'", () => {
    expect(phones('"support_tel": "tel:+49-30-1234567#ext=42"')).toEqual([['+49-30-1234567', 'high']]);
  });
});
