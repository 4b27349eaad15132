import { describe, expect, it } from 'vitest';
import { creditCardDetector, ISSUER } from '../../../../utils/detect/pii/credit-card';
import { emailDetector } from '../../../../utils/detect/pii/email';
import { luhnValid } from '../../../../utils/detect/validators/luhn';

// Card numbers here are the networks' published test numbers or generated to pass Luhn: all fake.
describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['', false],
    ['12a4', false],
  ])('%s -> %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('creditCardDetector', () => {
  it.each([
    ['Visa compact', 'card 4111111111111111 ok', '4111111111111111'],
    ['Visa grouped by spaces', 'card: 4111 1111 1111 1111.', '4111 1111 1111 1111'],
    ['Mastercard with dashes', 'mc 5555-5555-5555-4444', '5555-5555-5555-4444'],
    ['Mastercard 2-series', '2223003122003222', '2223003122003222'],
    ['American Express 4-6-5', 'amex 3782 822463 10005', '3782 822463 10005'],
    ['Diners Club 4-6-4 next to card words', 'Diners card 3056 930902 5904', '3056 930902 5904'],
    ['Discover', '6011111111111117', '6011111111111117'],
    ['JCB', '3530111333300000', '3530111333300000'],
    ['a card followed by its expiry date', 'card 4539 1488 0343 6467 12/27', '4539 1488 0343 6467'],
    ['a compact card followed by its expiry and code', 'Visa 4539148803436467 12/2027 cvv 123', '4539148803436467'],
    ['a card followed by its security code', 'carte 4539-1488-0343-6467-456 merci', '4539-1488-0343-6467'],
    // An airline booking record's form of payment: "FP CC" glued to the card, the expiry after a slash.
    ["a card after a booking record's CC", '7 FP CC4532015112830366/0627', '4532015112830366'],
  ])('finds %s', (_name, text, value) => {
    const findings = creditCardDetector.find(text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0].start, findings[0].end)).toBe(value);
    expect(findings[0]).toMatchObject({ type: 'pii.credit_card', confidence: 'high', detector: 'credit-card' });
  });

  it.each([
    ['Luhn failure', '4111 1111 1111 1112'],
    ['unknown issuer prefix', '1234567812345670'],
    ['digits inside a longer number', '99411111111111111199'],
    ['mixed separators', '4111 1111-1111 1111'],
    ['all zeros', '0000 0000 0000 0000'],
    ['a phone number', '+33 6 12 34 56 78'],
    ['an order number', 'Order #2026-11-22-0042'],
  ])('ignores %s', (_name, text) => {
    expect(creditCardDetector.find(text)).toEqual([]);
  });

  it.each([
    ['a 14-digit Diners Club number alone (a SIRET shape)', '30569309025904', 'medium'],
    ['a 14-digit number next to card words', 'carte 30569309025904', 'high'],
    // Visa no longer issues 13 digits; a stock table's product codes (German EAN-13s start with 40 to 44) have them.
    ['a 13-digit Visa alone', '4222222222222', 'low'],
    ['a product code in a stock table', '4150225325496 | DOLIPRANE 1000MG CPR 8 | lot PA1600', 'low'],
    ['an EAN-13 barcode that passes Luhn too', '5901234123457', 'low'],
    ['a 13-digit Visa next to card words', 'Visa test card 4222222222222', 'high'],
    ['a 16-digit number next to barcode words', 'EAN/GTIN list: 4111111111111111', 'low'],
    ['a 16-digit number after an order label', 'Order ref 4111111111111111', 'low'],
    ['an order number said to be paid', 'Order #5166642086646815 — paid on 12/03/2024', 'low'],
    // A receipt: the barcode and parcel words near would make it low, but it says how the order was paid.
    ['a card after "Payé avec", a barcode above and a parcel below', 'Casque  EAN 4071226983398  x3  75,61 €\nPayé avec 3723-832311-14919\nSuivi: WD061753173FR', 'high'],
    ['a card after "Bezahlt mit", a barcode above', 'EAN 4071226983398\nBezahlt mit 4111 1111 1111 1111\nSendungsnummer: EN551650536FR', 'high'],
    ['an article number before "paid with"', 'Art.-Nr. 4111111111111111 paid with PayPal, tracking 1Z999AA1', 'low'],
    // Barcode and parcel words on the lines after a table say nothing of its rows' cards (a query's output, then a note);
    // a column's or a block's label above its numbers does.
    ['a number under a tracking header', 'tracking_number,carrier,status\n6011000990139424,Hermes,delivered', 'low'],
    ['a card in a CSV row, a parcel number on the next line', 'name,company,ref2\nNoah Murphy,Bluefin Retail,5300 6880 0056 8665\nTracking number: 1Z5MB0K90412345678', 'high'],
    ['a card in a psql row, a barcode on the next line', 'Julien;Agence Benali;5141740798576971;ES\nEAN 3761075114951', 'high'],
    ['an invoice number said to be paid', 'Invoice 4568295666670353 paid in full', 'low'],
    ['a 14-digit Maestro-range number alone', '50000000000611', 'low'],
    // The context window starts inside "Jean": its tail "ean" is not the word EAN.
    ['a card after a name ending in "ean" at the window edge', `${'x'.repeat(52)} Jean Lefèvre;4111-1111-1111-1111`, 'high'],
    ['a card after a name ending in "ean", shorter', `${'x'.repeat(40)} Jean Bernard;4111-1111-1111-1111 ${'y'.repeat(20)}`, 'high'],
    ['a card right after the word EAN', 'EAN;4111-1111-1111-1111', 'low'],
    ['a card after "Kartennummer", an ISBN on a line below', 'Kartennummer: 5310 2371 3009 7571\nE-Mail: a@example.de\nISBN 978-2-517-64652-8', 'high'],
  ])('rates %s', (_name, text, confidence) => {
    expect(creditCardDetector.find(text).map((f) => f.confidence)).toEqual([confidence]);
  });

  it.each([
    ['phone numbers in pairs', '06 12 34 56 78 06 12 34 56 78'],
    ['groups of three', '411 111 111 111 111 1'],
  ])('ignores digits grouped unlike a card: %s', (_name, text) => {
    expect(creditCardDetector.find(text)).toEqual([]);
  });

  it('checks length per network', () => {
    expect(ISSUER.test('378282246310005')).toBe(true); // Amex, 15 digits
    expect(ISSUER.test('3782822463100050')).toBe(false); // Amex never has 16
  });
});

describe('creditCardDetector in longer numbers', () => {
  it.each([
    ['the middle of an IBAN that fails its check', 'Ungültige IBAN: FR29 3861 7321 7308 9426 9465 645'],
    ['the digits after the letters of an Italian IBAN that fails its check', 'Validación: IBAN IT51 N030 6986 4940 5546 4967 752 rechazado.'],
    ['the digits after the bank code of a British IBAN that fails its check', 'GB82 WEST 4111 1111 1111 1111 00'],
    ['the same in lower case', 'iban it51 n030 6986 4940 5546 4967 752'],
    ['the start of a longer grouped number', 'ref 4532 0151 1283 0366 1234 5678'],
    ['the start of a longer grouped number whose last group is short (more four-digit groups first: not an expiry date)', 'ref 4532 0151 1283 0366 1234 56'],
  ])('ignores %s', (_name, text) => {
    expect(creditCardDetector.find(text)).toEqual([]);
  });
});

describe('emailDetector', () => {
  it.each([
    ['plain', 'write to jane.doe@acme-demo.com today', 'jane.doe@acme-demo.com'],
    ['plus tag and subdomain', '<ops+alerts@mail.corp.example.fr>', 'ops+alerts@mail.corp.example.fr'],
    ['a domain whose last label starts like a reserved one', 'write to jane@acme.testing', 'jane@acme.testing'],
    ['a domain named example under a country', 'write to jane@example.fr', 'jane@example.fr'],
    ['at line start', 'a.b@c-d.globex-demo.org\n', 'a.b@c-d.globex-demo.org'],
    ['an IDN domain', 'Correo: elena.gomez@münchen.de.', 'elena.gomez@münchen.de'],
    ['an IDN domain in brackets', 'Kunde: <jose@españa.es>', 'jose@españa.es'],
    ['an accented local part', 'écrire à josé@acme-demo.com', 'josé@acme-demo.com'],
    ['a local part beyond Latin-1', 'łukasz@przykład.pl', 'łukasz@przykład.pl'],
    ['a TLD that is also a file type elsewhere', 'dev@startup.zip', 'dev@startup.zip'],
  ])('finds %s', (_name, text, value) => {
    const findings = emailDetector.find(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([value]);
  });

  it.each([
    ['no dot in domain', 'user@localhost'],
    ['numeric TLD', 'user@10.0.0.1'],
    ['trailing dot in local part', 'user.@acme-demo.com'],
    ['double dot in local part', 'us..er@acme-demo.com'],
    ['a decorator', '@Component({selector: "x"})'],
    ['a 2x image', 'Assets: logo@2x.png'],
    ['a 3x image', 'icon@3x.png, other'],
    ['a fractional density image', 'banner@1.5x.jpg'],
    ['an SVG at a density', 'sprite@2X.svg'],
    ['a file name after @', 'see scripts@build.js'],
    ['a WebP file', 'hero@mobile.webp'],
    // The user of an SSH clone URL (git@host:owner/repo.git), not a mailbox.
    ['an SSH clone URL', 'Clone with git@github.com:acme/web.git, then run npm ci.'],
    ['a GitLab remote', 'git remote add origin git@gitlab.example-corp.fr:team/api.git'],
    // Placeholders: no mailbox can exist at a domain reserved for documentation (RFC 2606).
    ["Laravel's default sender", 'MAIL_FROM_ADDRESS="hello@example.com"'],
    ['a no-reply address', 'From: no-reply@example.org'],
    ['a subdomain of example.net', 'send to support@mail.example.net'],
    ["a template's address", 'Format : prenom.nom@example.com'],
    ['a person-like address at example.com', 'write to jane.doe@example.com today'],
    ['an upper-case domain', 'Contact: J.Smith@EXAMPLE.ORG'],
    // ... nor at the top-level domains reserved for examples and tests (.example, .test).
    ['an address at a .test domain', 'Email: priya.nolan@boutique.test, phone to follow'],
    ['an address at a .example domain', 'Mail perso : camille.legall@mairie.example'],
    // The user of a URL, with or without a password.
    ['the user of a database URL', 'DSN: postgres://app@mysql.backoffice.lan:5432/claims'],
    ['the password@host of a URL', 'curl https://username:password@api.acme-demo.com/v1'],
    // The login of an ssh command typed after a shell prompt.
    ['an ssh login after a prompt', 'Last login: Mon\n$ ssh -v deploy@db-prod-01.internal\ndebug1: Reading configuration'],
    ["an ssh login after a user's prompt", 'aisha@laptop:~$ ssh deploy@vpn-gw.corp.local'],
  ])('ignores %s', (_name, text) => {
    expect(emailDetector.find(text)).toEqual([]);
  });

  // Made-up message identifiers, in the shape that Outlook and Gmail give them.
  it.each([
    ['a Message-ID', 'Message-ID: <sjQ0yMZWoBUSPSQXFWF5@EUR03.prod.outlook.com>', 'sjQ0yMZWoBUSPSQXFWF5@EUR03.prod.outlook.com'],
    ['an In-Reply-To', 'In-Reply-To: <CAJx9Fq1bQ@mail.gmail.com>', 'CAJx9Fq1bQ@mail.gmail.com'],
    ['References folded onto a second line', 'References: <a1b2@mail.acme-demo.com>\n <c3d4@mail.acme-demo.com>', 'a1b2@mail.acme-demo.com c3d4@mail.acme-demo.com'],
  ])('keeps %s at low: an identifier, not a mailbox', (_name, text, values) => {
    const findings = emailDetector.find(text);
    expect(findings.map((f) => text.slice(f.start, f.end)).join(' ')).toBe(values);
    expect(findings.every((f) => f.confidence === 'low')).toBe(true);
  });

  it.each([
    ['an indented header block', '    Message-ID: <x1@mail.acme-demo.com>\n    From: Alice Martin <alice.martin@acme-demo.com>', 'alice.martin@acme-demo.com'],
    ['a CV\'s references', 'REFERENCES: Dr. Jane Roe <jane.roe@acme-demo.com>', 'jane.roe@acme-demo.com'],
    ['a mailbox after text on a References line', 'References: please contact <anna@acme-demo.com>', 'anna@acme-demo.com'],
    ['a sentence opening with SSH', 'SSH access for jane.doe@acme-demo.com was revoked', 'jane.doe@acme-demo.com'],
    ['a sentence with ssh in it', 'Please ssh to the box and mail jane.doe@acme-demo.com', 'jane.doe@acme-demo.com'],
    ['a line starting with ssh in words', 'ssh access: please contact jane.doe@acme-demo.com', 'jane.doe@acme-demo.com'],
    ['a quoted line starting with scp in words', '> scp me the file, my address is paul.girard@acme-demo.com', 'paul.girard@acme-demo.com'],
    ['a heading starting with ssh', '## ssh support escalation to sarah.connor@acme-demo.com', 'sarah.connor@acme-demo.com'],
    ['an address on the line after an ssh command', '$ ssh deploy@db.corp.lan\nOwner: jane.doe@acme-demo.com', 'jane.doe@acme-demo.com'],
  ])('keeps a mailbox high in %s', (_name, text, value) => {
    expect(emailDetector.find(text).filter((f) => f.confidence === 'high').map((f) => text.slice(f.start, f.end))).toEqual([value]);
  });

  it.each([
    ['a role at a real domain', 'hello@acme-corp.fr'],
    ['an address after the word ssh in a sentence', 'I could not ssh into the box, write to jane@acme-corp.fr'],
    ['an address right after the word ssh', 'I tried ssh jane.doe@acme-corp.fr but it says host not found'],
    ['an address after mailto:', 'mailto:jane@acme-corp.fr'],
    ['an address after a colon', 'Email:jane@acme-corp.fr'],
    ["an address in a URL's query", 'https://app.acme-corp.fr/invite?to=jane@acme-corp.fr'],
    ["an address in a URL's path", 'https://acme-corp.fr/users/jane@acme-corp.fr'],
    // After a URL without a path: a CSV cell, a JSON member, a query's parameter or a fragment.
    ['an address in the CSV cell after a website', 'Jane Doe,https://janedoe.example-corp.fr,jane.doe@acme-corp.fr'],
    ['an address in the JSON member after a website', '{"blog":"https://blog.acme-corp.fr","email":"octo@acme-corp.fr"}'],
    ["an address in a query without a path", 'https://app.acme-corp.fr?email=jane@acme-corp.fr'],
    ['an address in a fragment', 'https://news.acme-corp.fr#u=ana@acme-corp.fr'],
    ['an address in a Markdown cell after a website', '|https://dupont.example-corp.fr|marc@acme-corp.fr|'],
    ["an address on an HTML signature's next line", 'https://acme-corp.fr<br>jane.doe@acme-corp.fr'],
    ['an address in brackets after a website', 'http://acme-corp.fr(jane.doe@acme-corp.fr)'],
    ['an address in a Markdown link', '[https://acme-corp.fr](mailto:jane.doe@acme-corp.fr)'],
    ['a role at a look-alike domain', 'info@example.com.au'],
    ['a person at a look-alike domain', 'jane.doe@example.co.uk'],
    ['a person at a subdomain of a look-alike', 'jane@mail.example.com.mx'],
    ['git as a mailbox', 'git@acme-corp.fr'],
    ['a role at a longer name', 'hello@myexample.com'],
  ])('keeps %s high', (_name, value) => {
    expect(emailDetector.find(`write to ${value} today`).map((f) => f.confidence)).toEqual(['high']);
  });

  it('keeps a mailbox high in the headers around a Message-ID', () => {
    const text = 'Message-ID: <x1@mail.acme-demo.com>\nFrom: Jane Doe <jane.doe@acme-demo.com>\nTo: <bob@globex-demo.org>';
    expect(emailDetector.find(text).map((f) => [text.slice(f.start, f.end), f.confidence])).toEqual([
      ['x1@mail.acme-demo.com', 'low'],
      ['jane.doe@acme-demo.com', 'high'],
      ['bob@globex-demo.org', 'high'],
    ]);
  });
});
