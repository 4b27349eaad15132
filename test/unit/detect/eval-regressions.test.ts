import { describe, expect, it } from 'vitest';
import { scan } from '../../../utils/detect/scan';

// Cases the quality evaluation caught, kept as regressions. All values are synthetic (generated corpus).
const found = (text: string) => scan(text, { minConfidence: 'medium' }).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('regressions from the quality evaluation', () => {
  it.each([
    ['an EAN-13 on an invoice paid by card', '- 3 x Poisson Rustique en Coton (EAN 4014240731163) EUR 7 501,15\n\nTotal TTC: 77 275,35 € - payé par carte **** 4242'],
    ['digits glued to a parcel prefix', 'paquete JJD649353510742309367, importe 15 818,42 EUR'],
    ['digits inside a hex digest', 'digest: sha256:e3f71c1fc2d28c6253154534209e860b17cf4c9e4be59650e368c4c37'],
    ['a SIREN in a company register line next to a French social security label', 'immatriculée au RCS de Lyon sous le numéro 593246168.\nN° de sécurité sociale : voir dossier'],
  ])('reports no card or SSN for %s', (_name, text) => {
    expect(found(text).filter(([type]) => type === 'pii.credit_card' || type === 'pii.us_ssn')).toEqual([]);
  });

  it('finds an SSN announced as such even with a VAT number in the sentence', () => {
    expect(found('Our VAT number is DE143920563.\nMy SSN is 488-21-0131 if you need it for the form.')).toContainEqual(['pii.us_ssn', '488-21-0131']);
  });

  it.each([
    ['a bare SECRET_KEY with no AWS context', 'SECRET_KEY=veQeaHRsUhp6kAHFvfBaZssX9pYL2zmOtVzTRysk\nCACHE_TTL=300'],
    ['an API_KEY in a file that also holds an AWS key id', "AWS_ACCESS_KEY_ID=AKIAQ3EGRZLNGS7PXB4T\nAPI_KEY='AdMBWeJtmLZ0LzdcZiraQcmitIHp9BSfaIrZB8Lz'"],
  ])('reports %s as a generic API key, not an AWS secret', (_name, text) => {
    const types = found(text).map(([type]) => type);
    expect(types).not.toContain('secret.aws_secret_access_key');
    expect(types).toContain('secret.generic_api_key');
  });

  it.each([
    ['a French password with = in it', 'Wi-Fi invités, mot de passe : F=08N5moBvko_o', 'F=08N5moBvko_o'],
    ['a mixed-case value with = in it', 'Offsite-Guest, mot de passe : doX8IJ1=YL.8Z_pUwRAC8q', 'doX8IJ1=YL.8Z_pUwRAC8q'],
  ])('finds %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['secret.password_assignment', value]);
  });

  // An eighth, independent corpus: a URL password with a dot was read as a dotted reference, and the e-mail detector
  // then took "password@host" for an address.
  it.each([
    ['a Git remote', 'git clone https://deploy:zPuJ.PGyiBYWhsc@git.groupe-vallee.fr/platform/api.git', 'secret.url_credentials', 'https://deploy:zPuJ.PGyiBYWhsc@git.groupe-vallee.fr/platform/api.git'],
    ['a database URL', 'postgres://notifier:xrvP.QxFEzFgh@db.internal:5432/app', 'secret.db_connection_string', 'postgres://notifier:xrvP.QxFEzFgh@db.internal:5432'],
  ])('finds %s whose password holds a dot, and no e-mail address in it', (_name, text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it('still treats "password= user=admin" as an empty password followed by the next setting', () => {
    expect(found('password= user=admin host=db1').filter(([type]) => type === 'secret.password_assignment')).toEqual([]);
  });
});

// Cases found by scanning real READMEs and changelogs (4.5 MB under node_modules) for false positives.
describe('regressions from real-world documentation', () => {
  it.each([
    ['a changelog section heading', '## 2.1.0\n\n### Internal\n\n- Add codecov\n'],
    ['a tag in a list', '> - :house: [Internal]\n> - :nail_care: [Polish]'],
  ])('does not report %s as a confidentiality marking', (_name, text) => {
    expect(found(text).filter(([type]) => type === 'confidential.marking')).toEqual([]);
  });

  it('still reports an upper-case INTERNAL label', () => {
    expect(found('INTERNAL\n\nQ3 board minutes')).toContainEqual(['confidential.marking', 'INTERNAL']);
  });

  it('does not report specification section numbers as IP addresses, but keeps real ones', () => {
    expect(found('the algorithm described in section 12.2.4.69 of the HTML spec').filter(([type]) => type === 'pii.ip_address')).toEqual([]);
    expect(found('[11.6.2.1](http://ecma-international.org/ecma-262/6.0/#sec-keywords)').filter(([type]) => type === 'pii.ip_address')).toEqual([]);
    expect(found('ssh admin@10.20.30.40 from the jump host')).toContainEqual(['pii.ip_address', '10.20.30.40']);
  });

  it('does not read digit pairs of a hex dump as a French phone number', () => {
    expect(found('30 82 01 0a 02 82 01 01 00 b6 f4 f1 cf dd').filter(([type]) => type === 'pii.phone')).toEqual([]);
  });

  it('lowers dictionary passwords of documentation examples below medium', () => {
    expect(found("const user = { name: 'john', password: 'secret123' }")).toEqual([]);
  });
});

// The thirty-first (media, agencies, hotels, events) and thirty-second (IT operations and security teams) independent
// corpora. Every value is synthetic.
describe('regressions from the thirty-first and thirty-second corpora', () => {
  it.each([
    ['an Algolia admin key', '"search": { "appId": "QX7Z1", "adminKey": "9841299e2333120da70d31fdd4e30702" },', 'secret.generic_api_key', '9841299e2333120da70d31fdd4e30702'],
    ["Stripe's webhook secret as its docs name it", "const endpointSecret = 'whsec_Nkmg26010FxVjXsirQ1z4MAploczE9Db';", 'secret.generic_api_key', 'whsec_Nkmg26010FxVjXsirQ1z4MAploczE9Db'],
    ["an Azure storage key as the portal's key1", 'May 16 08:42:51 mdm-conn sshd[43343]: key1=y79NRUtnqDFcka/L+srlLa5btHYumAoG6hB9nBebhyJypgPC9cHqHMld76EWxLZ4CjLYNrhxnGsERnqHXX4MPL==\nMay 16 08:42:52', 'secret.azure_key', 'y79NRUtnqDFcka/L+srlLa5btHYumAoG6hB9nBebhyJypgPC9cHqHMld76EWxLZ4CjLYNrhxnGsERnqHXX4MPL=='],
    ['an Azure primaryKey', 'primaryKey: VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv==', 'secret.azure_key', 'VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv=='],
    ['a classification in a configuration file', 'ike_version = 2\nclassification = Vertraulich\n# site-to-site only', 'confidential.marking', 'Vertraulich'],
    ['a password after words and a note in brackets', 'Mot de passe root (console uniquement) : LV9akmdb&gCs9cuS-C3\n\nClé de déploiement', 'secret.password_assignment', 'LV9akmdb&gCs9cuS-C3'],
    ['a Spanish password after words and a note in brackets', 'Contraseña root (solo consola): Verano_1862#', 'secret.password_assignment', 'Verano_1862#'],
    ['a phone number as North America writes it, with a phone word', 'Tel: 051-123-4567', 'pii.phone', '051-123-4567'],
    ['a key under "Secret key:"', '* Secret key: hAsyZy-W0Ajanhksm6czYiQUtBd96JpTLJswaURBeMF\nNext review in May.', 'secret.generic_api_key', 'hAsyZy-W0Ajanhksm6czYiQUtBd96JpTLJswaURBeMF'],
    ['a client secret in French', '[18:30] Romain H.: Secret client : rseItFX0NOCkd82sl9yPJmxw-myPTQ3pT1_1BBsThbh', 'secret.generic_api_key', 'rseItFX0NOCkd82sl9yPJmxw-myPTQ3pT1_1BBsThbh'],
    ['a random key that starts as a JSON object does, in another case', 'API key: EyjVFGByavISDv39o9ZvlBq0U5R5LSbw\nPrivate key:', 'secret.generic_api_key', 'EyjVFGByavISDv39o9ZvlBq0U5R5LSbw'],
    ["an Android resource's key, searched only in a text with a closing tag", '<resources>\n  <string name="twilio_auth_token" translatable="false">Rk7vQ2mXp9LzT4bN8cW1yHs6</string>\n</resources>', 'secret.generic_api_key', 'Rk7vQ2mXp9LzT4bN8cW1yHs6'],
    ['a Service Bus connection string, whole', 'SERVICEBUS_CONNECTION="Endpoint=sb://bus-prod-weu.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=sjH8xJXpWz9h+O7/eqxmkAIxhtDkb79JHt/+Svb/s08="', 'secret.azure_key', 'Endpoint=sb://bus-prod-weu.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=sjH8xJXpWz9h+O7/eqxmkAIxhtDkb79JHt/+Svb/s08='],
    ["an IoT hub's connection string, whole", 'IOTHUB=HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=sjH8xJXpWz9h+O7/eqxmkAIxhtDkb79JHt/+Svb/s08=', 'secret.azure_key', 'HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=sjH8xJXpWz9h+O7/eqxmkAIxhtDkb79JHt/+Svb/s08='],
    ['a Spanish VAT number in the form of an identity card', 'NIF-IVA: 71317146B', 'pii.eu_vat', '71317146B'],
    ['a token in French', '* Jeton : live_S7BNxQqIgFq4N6Ox8PbQS6MDI1qav8Eg\n\nNotes de travail :', 'secret.generic_api_key', 'live_S7BNxQqIgFq4N6Ox8PbQS6MDI1qav8Eg'],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('finds a SQL query whose SELECT lists columns as one block of code, from its SELECT', () => {
    const query = "SELECT o.order_ref, c.full_name, c.email, o.total_cents / 100.0 AS total\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.event_id = 3651\n  AND ck.id IS NULL\nORDER BY o.created_at DESC;";
    expect(found(`Please check this script:\n\n\`\`\`sql\n${query}\n\`\`\`\n`)).toContainEqual(['code.source', query]);
  });

  it.each([
    [
      'a PowerShell script',
      'Import-Module ActiveDirectory\n# accounts without logon for 90 days\n$limit = (Get-Date).AddDays(-90)\nGet-ADUser -Filter {Enabled -eq $true -and LastLogonDate -lt $limit} -Properties LastLogonDate |\n    Select-Object SamAccountName, LastLogonDate |\n    Export-Csv -Path .\\stale_users.csv -NoTypeInformation -Encoding UTF8',
      '# accounts without logon for 90 days\n$limit = (Get-Date).AddDays(-90)\nGet-ADUser -Filter {Enabled -eq $true -and LastLogonDate -lt $limit} -Properties LastLogonDate |\n    Select-Object SamAccountName, LastLogonDate |\n    Export-Csv -Path .\\stale_users.csv -NoTypeInformation -Encoding UTF8',
    ],
  ])('finds %s as code', (_name, text, block) => {
    expect(found(`Here is the script:\n${text}\n\nThanks!`)).toContainEqual(['code.source', block]);
  });

  it.each([
    ['a Google Ads customer ID', 'Customer 089-273-9327 gets USER_PERMISSION_DENIED.', 'pii.phone'],
    ['a Google Ads customer ID in French', 'Le compte Ads facturé est le 031-775-0157.', 'pii.phone'],
    ['a Google Ads customer ID read with an international prefix', 'Customer 004-988-5414 gets USER_PERMISSION_DENIED.', 'pii.phone'],
    ['a password given on request', 'DB_PASSWORD="auf Anfrage"\nsmtp_password = "on request"\nADMIN_PASSWORD="a petición"', 'secret.password_assignment'],
    ["a French password to ask IT for", 'smtp_password = "à demander à l\'IT"', 'secret.password_assignment'],
    ["an SSH public key's type under a Spanish key label", 'Clave pública: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIASc1p2t2Eus5qD', 'secret.password_assignment'],
    ["an API key's restriction in brackets", 'GOOGLE_MAPS_API_KEY="AIzaSy…(restricted, see console)"', 'confidential.marking'],
    ['a classification assigned a string in code', 'classification = "CONFIDENTIAL"', 'confidential.marking'],
    ['a token endpoint', 'token_endpoint: a8Fj29dkQ0zPxL7mN3vB5cT1wq', 'secret.generic_api_key'],
    // (A line naming a token makes the generic key detector run at all.)
    ["an API client's id", 'Token rotation is due.\nAPI client: 2b1fa3c4-5d6e-4f70-8a9b-0c1d2e3f4a5b', 'secret.generic_api_key'],
    ['an attendee list of hyphenated names', 'Jean-Pierre Martin (Saint-Denis)\nMarie-Claire Dubois (Saint-Malo)\nPaul-Henri Roux (Saint-Ouen)\nAnne-Sophie Petit (Saint-Cloud)', 'code.source'],
    ["a Spanish identity card's number in a question to 'usted'", '¿Podría usted confirmar su DNI 12345678Z?', 'pii.eu_vat'],
    ["a Spanish identity card's number", 'Datos del empleado\nDNI: 71317146B\nNIE: Y0416983K', 'pii.eu_vat'],
    ['a version number in Spanish', 'El software de nóminas se actualizó a la versión 7.2.9.107 el fin de semana.', 'pii.ip_address'],
    ['a password that SOPS encrypted', '"password": "ENC[AES256_GCM,data:uNTA0ypovWItSApsHuvKRM2D,type:str]",', 'secret.password_assignment'],
    ["a page's cursor under Jeton", 'Jeton: eyJvZmZzZXQiOjQ5NiwibGltaXQiOjUwfQ==\nLa clôture de paie', 'secret.generic_api_key'],
    ['a ballot in capitals', 'INSTRUCTIONS TO VOTERS\nSELECT ONE CANDIDATE FOR EACH OFFICE BY FILLING IN THE OVAL COMPLETELY.\nSELECT NO MORE THAN THE NUMBER OF CANDIDATES ALLOWED, OR YOUR VOTE WILL NOT COUNT.\nSELECT YES OR NO FOR EACH MEASURE LISTED ON THE BACK OF THIS BALLOT.', 'code.source'],
    ['a SHA-512 digest near a fixture key', '{"key1": "value1", "digest": "VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv=="}', 'secret.azure_key'],
    ['an enum value after classification =', 'classification = internal if user.is_staff else public', 'confidential.marking'],
    ['where the password is kept', 'Password manager (team vault): 1Password', 'secret.password_assignment'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it("does not take a Spanish identity card's number for a VAT number because of a VAT number on the line above", () => {
    expect(found('VAT ID: DE712730033\nDNI: 69330553C\nEnvelope ID: C113812D')).not.toContainEqual(['pii.eu_vat', '69330553C']);
  });

  it('still reports a marking in brackets before a comma', () => {
    expect(found('Report (Confidential, do not share)')).toContainEqual(['confidential.marking', 'Confidential']);
    expect(found('Subject: Budget 2025 (confidential, do not forward)')).toContainEqual(['confidential.marking', 'confidential']);
  });

  it.each([
    ["an Italian office's phone", 'Ufficio di Firenze: 055-238-4417', 'pii.phone', '055-238-4417'],
    ['a passphrase with the word request', 'password = "crane request velvet ember"', 'secret.password_assignment', 'crane request velvet ember'],
    ['a passphrase with the words bad request', 'wifi_password: "bad request 400 lol"', 'secret.password_assignment', 'bad request 400 lol'],
    ['a password starting ssh-', 'password: ssh-4dm1n!2024', 'secret.password_assignment', 'ssh-4dm1n!2024'],
  ])('still finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('regressions from the 25th, 27th, 29th, 34th and 35th corpora (read in the twenty-third session)', () => {
  it.each([
    ['a key shown cut by an ellipsis inside it', 'Clave de OpenAI: sk-proj-…I2gN', 'secret.password_assignment'],
    ['a key shown cut by three dots inside it', 'Clave de Stripe: sk_live_...7Scd', 'secret.password_assignment'],
    ['a key shown cut by an ellipsis after its prefix', 'Clave de Anthropic: sk-ant-…\nVersión 9.27.0', 'secret.password_assignment'],
    ['a quoted key shown cut', 'ANTHROPIC_PASSWORD="sk-ant-api03-..."', 'secret.password_assignment'],
    ['a key shown cut in its middle', 'Contraseña de la consola: AKIA…AWLY\n- Región: eu-west-3', 'secret.password_assignment'],
    ['a password said to be in the vault (French)', 'SFTP_PASSWORD="voir coffre-fort"', 'secret.password_assignment'],
    ['a password said to be in the password safe (German)', '"password": "siehe Passwort-Safe",', 'secret.password_assignment'],
    ['a password said to be in KeePass', 'smtp_password: "see KeePass entry"', 'secret.password_assignment'],
    ['a password to ask for (French, under a bold label)', '- **Mot de passe Wi-Fi**: demande-le moi par téléphone', 'secret.password_assignment'],
    ['an Austrian VAT number whose check digit fails, under UID', 'UID-Nummer (USt): ATU72953081', 'pii.eu_vat'],
    ['an Austrian VAT number whose check digit fails, under a VAT column', 'firma;ust_id;ort\nMuster GmbH;ATU72953081;Wien', 'pii.eu_vat'],
    ["a record's number under a siren key, with an ssn key on its line", '{"full_name": "Daniel Turner", "ssn": "***-**-6079", "siren": "514414201"}', 'pii.us_ssn'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it.each([
    ["an order's number under a form's phone field", 'Phone: 9:00–17:00\nOrder number: 773071420\nSKU: TSH-BLK-38-0356', '773071420'],
    ['a customs tariff code in a form with a phone field', 'HS code: 9363957751\nContact number: +34 6•• ••• 253', '9363957751'],
    ['a Spanish customs tariff code in a form with a phone field', '- Código arancelario: 4098554008\n- Teléfono: +34 6•• ••• 253', '4098554008'],
    ["an order's number in YAML next to a phone key", 'commande: "382695019"\ntelephone: "masqué"', '382695019'],
    ["a German order's number under a phone line", 'Tel.: +43 660 2553159\nBestellnummer: 341 705 733', '341 705 733'],
    ['a German number cut short (six digits after +49)', 'Portable : +49 599 301\nE-mail : compta@example.org', '+49 599 301'],
  ])('does not report a phone for %s', (_name, text, value) => {
    expect(found(text)).not.toContainEqual(['pii.phone', value]);
  });

  it.each([
    ['for whom, after an en dash', '---\nConfidentiel – Associés uniquement\n\nCONTRAT DE TRAVAIL', 'Confidentiel – Associés uniquement'],
    ['for whom, after a hyphen', '=====\nConfidential - Investors only\n\nBUSINESS LOAN APPLICATION', 'Confidential - Investors only'],
    ['not a value after the dash', 'Confidential – call 06 12 34 56 78', 'Confidential'],
    ['not a dash on the next line', 'Confidential\n - Investors only', 'Confidential'],
    ['not a line of words too long to be a marking', 'Confidential – this memo explains why the board wants everyone to read it', 'Confidential'],
  ])('spans a marking with the words that end its line: %s', (_name, text, value) => {
    expect(found(text).filter(([t]) => t === 'confidential.marking').map(([, v]) => v)).toEqual([value]);
  });

  it('keeps a compact number under a label naming an order low, with a phone field above', () => {
    const text = 'Téléphone : voir plus bas\nN° de commande : 4155550134';
    expect(scan(text).filter((f) => f.type === 'pii.phone').map((f) => [text.slice(f.start, f.end), f.confidence])).toEqual([['4155550134', 'low']]);
  });

  it.each([
    ['a password ending a sentence with one full stop', 'The password is Tr0ub4dor&3.', 'secret.password_assignment', 'Tr0ub4dor&3'],
    ['a password holding single dots', 'DB_PASSWORD=Xk9.mQ2v.pL#4', 'secret.password_assignment', 'Xk9.mQ2v.pL#4'],
    ['a password before an ellipsis in a sentence that goes on', 'Le mot de passe est Vf6LWl!5UC9AGm... je te le confirme.', 'secret.password_assignment', 'Vf6LWl!5UC9AGm'],
    ['a passphrase starting with see, with a digit', 'password = "see 4 me now"', 'secret.password_assignment', 'see 4 me now'],
    ['an SSN under an ssn key, with a siren key after it', '{"ssn": "142615488", "siren": "595590764"}', 'pii.us_ssn', '142615488'],
    ['an SSN under an ssn key, with a siren key before it', '{"siren": "595590764", "ssn": "142615488"}', 'pii.us_ssn', '142615488'],
    // 1 + 2x3 + 5 + 2x8 (1+6) + 5 + 2x6 (1+2) + 2 = 29, plus 4 = 33: check digit 7.
    ['an Austrian VAT number, checked, without VAT words', 'Lieferant: Muster GmbH, ATU13585627, Wien', 'pii.eu_vat', 'ATU13585627'],
    ['a phone whose line names it after the number', 'Case: 06 12 34 56 78 (mobile de Mme Durand)\nOrder: 12', 'pii.phone', '06 12 34 56 78'],
    ['a compact phone under its own phone label', 'Téléphone portable : 0612345678', 'pii.phone', '0612345678'],
    ['a dotted phone under a snake_case phone key, after a build host', '  ssh_user: deploy@wms-build\n  oncall_phone: 01.52.81.29.37', 'pii.phone', '01.52.81.29.37'],
    ['a phone under its label, after an order line', 'Order number: 773071420\nPhone: 612 345 678', 'pii.phone', '612 345 678'],
    ['a password under a Markdown label in bold', '- **Contraseña Wi-Fi**: QvtFAbcwt4iGmshLy', 'secret.password_assignment', 'QvtFAbcwt4iGmshLy'],
    ['a password right after a bold keyword', '- **Wi-Fi password**: Kiwi@2012$', 'secret.password_assignment', 'Kiwi@2012$'],
    ['a password under a bold label with words, before a blank and a colon', '- **Mot de passe root** : Kiwimarmotte66!', 'secret.password_assignment', 'Kiwimarmotte66!'],
    ['a Berlin number of seven digits', 'Telefon: +49 30 12345', 'pii.phone', '+49 30 12345'],
    // From the review of the session's fixes (synthetic texts).
    ['a phone alone under its label on the line above', 'Phone:\n2125550188\nEmail: j.hale@example.org', 'pii.phone', '2125550188'],
    ['a direct line under a contact heading', 'Contact details:\nDirect line: 2125550188\nM: 6465550143', 'pii.phone', '2125550188'],
    ['a Spanish number under Número, with a phone heading', 'Teléfonos de contacto\nNúmero: 612 345 678', 'pii.phone', '612 345 678'],
    ['an SSN after an SSN label and #', 'Applicant SSN #389-04-5512', 'pii.us_ssn', '389-04-5512'],
    ['a compact SSN after Soc Sec #', 'Soc Sec #467821934', 'pii.us_ssn', '467821934'],
    ['a password holding three dots', 'DB_PASSWORD=Hallo...Welt42', 'secret.password_assignment', 'Hallo...Welt42'],
    ['a passphrase starting with see', 'wifi_password: "see you on the other side"', 'secret.password_assignment', 'see you on the other side'],
    ['a passphrase starting with voir', 'mot de passe : "voir naples et mourir !"', 'secret.password_assignment', 'voir naples et mourir !'],
    ['a password in a sentence after a marking and a dash', 'INTERNAL ONLY - Wi-Fi password is Grand-Ours-Polaire', 'secret.password_assignment', 'Grand-Ours-Polaire'],
    ['a card after a payment label', 'Paiement : carte 4539 1488 0343 6467', 'pii.credit_card', '4539 1488 0343 6467'],
  ])('still finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('regressions from the 37th, 38th and 39th corpora (read in the twenty-fourth session)', () => {
  it.each([
    ['an API key column (semicolons)', 'Nom;Arrivée;Clé API;Portable\nThéo Lefèvre;2024-12-11;c47574050ba122bb5dfb95da210bd7661b8626147ecfa61e;04 52 89 53 48\nPierre Mercier;2025-06-24;;', 'secret.generic_api_key', 'c47574050ba122bb5dfb95da210bd7661b8626147ecfa61e'],
    ['the second of two key columns (tabs)', 'Name\tArrival\tAPI key\tIP address\tAccess token\nChloe Taylor\t10 June 2025\tiiE7DDqIYHaY6V5CgrxjdfUCwbppqZmnF0hLRd42\t10.31.89.18\txCTAXFoyQKbCsO5h925cF93m3zbCSl56YilA50xZ', 'secret.generic_api_key', 'xCTAXFoyQKbCsO5h925cF93m3zbCSl56YilA50xZ'],
    ['a token column (pipes)', '| Name | Token | Note |\n| Léa | f9da7ec3e214b21bb01f78e25d72b506 | ok |', 'secret.generic_api_key', 'f9da7ec3e214b21bb01f78e25d72b506'],
    ['an admin password column', 'Name;Arrival;Admin password;Gateway IP\nAshley Johnson;2025-09-09;4Qw8ieuXyb1*;192.168.6.203', 'secret.password_assignment', '4Qw8ieuXyb1*'],
    ['a temporary password column (tabs)', 'Name\tDate\tTemporary password\nJack Jones\t2026-01-08\tLebqiq5920!', 'secret.password_assignment', 'Lebqiq5920!'],
    ['a key given a TypeScript type', 'const WEBHOOK_SECRET: string = "26af8a11bd5400b4425f36f84648eeb3";', 'secret.generic_api_key', '26af8a11bd5400b4425f36f84648eeb3'],
    ['a key given a Python type', 'SITEMINDER_API_TOKEN: str = "OFAprkqb4V4lmwBBuYNmgaiw_gFEGgiCEJspk8nzA"', 'secret.generic_api_key', 'OFAprkqb4V4lmwBBuYNmgaiw_gFEGgiCEJspk8nzA'],
    ['a key given a Rust type', 'const CLIENT_SECRET: &str = "c8c1fcc2d32e84f918ecea5e412917a9";', 'secret.generic_api_key', 'c8c1fcc2d32e84f918ecea5e412917a9'],
    ['an AWS secret given a Rust type', 'const SECRET_ACCESS_KEY: &str = "DFiFMaN44LZPOdgNLEk8FRO1+WLyQC9Wm2HVff9P";', 'secret.aws_secret_access_key', 'DFiFMaN44LZPOdgNLEk8FRO1+WLyQC9Wm2HVff9P'],
    ["an AWS secret in a chat's message", '[17:00] olivia: AWS_SECRET_ACCESS_KEY = PgbZ2CLacHRZC/DGPEbR4id77/c0xi8AO/4HMeqi', 'secret.aws_secret_access_key', 'PgbZ2CLacHRZC/DGPEbR4id77/c0xi8AO/4HMeqi'],
    ['an AWS secret given a TypeScript type', 'const AWS_SECRET_ACCESS_KEY: string = "n9HHL2kmcFb/3kNO9Zs4ueclANueB1xVnXmiLGFd";', 'secret.aws_secret_access_key', 'n9HHL2kmcFb/3kNO9Zs4ueclANueB1xVnXmiLGFd'],
    ['a card in the CSV cell after a URL with a password', 'Mathieu Bernard;https://ical:MzySHP0f!wGoObouWwfF@ical.example-sync.com/feed/k8oe62.ics;4566 1654 2614 9430;FRA-2025-36261', 'pii.credit_card', '4566 1654 2614 9430'],
    ['a URL with a password, without the CSV cell after it', 'Sophie;https://partner:g_*TwF!w1RpMHhZrZpN3Jy@rates.example.eu/xml/ari;359 207 396 00359', 'secret.url_credentials', 'https://partner:g_*TwF!w1RpMHhZrZpN3Jy@rates.example.eu/xml/ari'],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['a hashed password column', 'user;Hashed password\nalice;K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=', 'secret.password_assignment'],
    ['a public key under clave_publica (.env)', 'CLAVE_PUBLICA=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRjdrLP1hjMaJ7q', 'secret.password_assignment'],
    ['a public key under clave_publica (JSON)', '{"clave_publica": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIi3Hqq2QhJpVZgQLM0eRepnkryP960GlzOa2uW4y0/46 deploy@lockgw06"}', 'secret.password_assignment'],
    ['a key shown masked by an ellipsis after a small letter', '- Clave (enmascarada): AIza…LbAA\n- Build: d94b1a6', 'secret.password_assignment'],
    ["a SendGrid key's prefix shown before an ellipsis", '      - SMTP_PASSWORD=SG.…\n      - MAIL_FROM_ADDRESS=nextcloud', 'secret.password_assignment'],
    ['a variable as the user of a URL', 'git push -f "https://$GH_TOKEN@github.com/alice/alice.github.io.git" HEAD:gh-pages', 'pii.email'],
    ['a login on a host of the local network (ssh)', "  reboot_pi: ssh -i /config/.ssh/id_ed25519 -o StrictHostKeyChecking=no admin@raspberrypi.local 'sudo reboot'", 'pii.email'],
    ['a login on a host of the local network (rsync)', 'rsync -az -e "ssh -i /tmp/deploy_key" public/ www@nas.local:/srv/www/', 'pii.email'],
    ['rows of a semicolon export ending with empty cells', 'Tyler Robinson;2025-04-09T16:06:00Z;;-;n/a;\nTyler Garcia;13 November 2024;-;n/a;;\nEmma Miller;28 July 2024;;-;;\nPaul Krüger;2025-04-09;089 558881;-;', 'code.source'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it.each([
    ['French', 'Merci de relire.\n\nPersonnel et confidentiel\n\nINSA Lyon\nRapport de stage', 'Personnel et confidentiel'],
    ['Spanish', 'Revisa mi TFG.\n\nPersonal y confidencial\n\nUniversidad de Deusto', 'Personal y confidencial'],
    ['German, with a slash, in a footer', 'Fußzeile: Persönlich/Vertraulich – Seite 4/73', 'Persönlich/Vertraulich'],
    ['English, in capitals', 'PRIVATE AND CONFIDENTIAL\nDear Mr Smith,', 'PRIVATE AND CONFIDENTIAL'],
  ])('finds a personal marking: %s', (_name, text, value) => {
    expect(found(text).filter(([t]) => t === 'confidential.marking').map(([, v]) => v)).toEqual([value]);
  });

  it.each([
    // 6x8 + 3x7 + 8x6 + 8x5 + 0x4 + 4x3 + 7x2 = 183, 183 mod 23 = 22: V.
    ['of seven digits and the check letter', 'VAT no.: IE6388047V', 'IE6388047V'],
    // 3x8 + 6x7 + 6x6 + 8x5 + 9x4 + 9x3 + 7x2 = 219, plus H (8) x 9 = 291, 291 mod 23 = 15: O.
    ['with a second letter', 'VAT: IE3668997OH', 'IE3668997OH'],
    // 4x8 + 9x7 + 3x6 + 8x5 + 9x4 + 1x3 + 4x2 = 200, 200 mod 23 = 16: P.
    ['whose check letter is P', 'VAT no.: IE4938914P', 'IE4938914P'],
    // 1x8 + 2x7 + 3x6 + 4x5 + 5x4 + 7x3 + 7x2 = 115, 115 mod 23 = 0: W.
    ['whose check letter is W (a sum of 0 mod 23)', 'VAT no.: IE1234577W', 'IE1234577W'],
  ])('finds an Irish VAT number %s', (_name, text, value) => {
    expect(found(text)).toContainEqual(['pii.eu_vat', value]);
  });

  it.each([
    ['whose check letter fails', 'VAT no.: IE3703759O'],
    ['whose check letter fails, with a second letter', 'VAT: IE3668997PH'],
  ])('does not report an Irish VAT number %s', (_name, text) => {
    expect(found(text).filter(([t]) => t === 'pii.eu_vat')).toEqual([]);
  });

  it('leaves an Irish VAT number of the old format to its shape', () => {
    // 0492898 weighted: 167 mod 23 = 6, F; the check is not made for this format.
    expect(found('VAT IE8Z49289G')).toContainEqual(['pii.eu_vat', 'IE8Z49289G']);
  });

  it.each([
    ['a SIRET in an ISO 20022 message', '  <Othr><Id>50578349825731</Id></Othr>\n</Document>', 'pii.fr_siret', '50578349825731'],
    ['a phone after an Id element', '  <Othr><Id>407 258 821</Id></Othr>\n  <PhneNb>+49 151 78406967</PhneNb>', 'pii.phone', '+49 151 78406967'],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['a card-shaped number', 'Transaction ID: 4539148803436467', 'pii.credit_card'],
    ['a phone-shaped number', 'Client ID: 06 12 34 56 78', 'pii.phone'],
  ])('keeps %s after an ID label low', (_name, text, type) => {
    expect(scan(text).filter((f) => f.type === type).map((f) => f.confidence)).toEqual(['low']);
  });

  it('reads a shell script whole, its commands with flags, paths, variables and pipes included', () => {
    const script = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      '# deploy my personal site',
      'SITE_DIR="$HOME/site/public"',
      'REGISTRY=registry.gitlab.example/alice/site',
      'echo "$REGISTRY_TOKEN" | docker login registry.gitlab.example -u alice --password-stdin',
      'docker build -t $REGISTRY:latest .',
      'docker push $REGISTRY:latest',
    ].join('\n');
    expect(found(`Can you check this?\n\n${script}\n\nThanks`)).toContainEqual(['code.source', script]);
  });

  // From the review of the session's fixes (synthetic texts).
  it.each([
    ['request ids (UUIDs) under a Token column', '| Endpoint | Token | Status |\n| POST /v1/orders | 093d2b88-4c1e-4f7a-9b2d-2ba78403dcc8 | 201 |', 'secret.generic_api_key'],
    ['ciphertext under an Encrypted password column', 'user;Encrypted password\nalice;U2FsdGVkX19kZ3Jhc3Nob3BwZXJxd2VydHk5OA==', 'secret.password_assignment'],
    ['a marking phrase starting a sentence', 'Private and confidential conversations with your manager stay between you two.', 'confidential.marking'],
    ['a French marking phrase starting a sentence', 'Personnel et confidentiel, cet entretien ne sera pas enregistré.', 'confidential.marking'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it.each([
    ['a password holding an ellipsis between words', 'Passwort: Hallo…Welt42', 'secret.password_assignment', 'Hallo…Welt42'],
    ['a password holding four dots', 'password: Kiwi....Mango7!', 'secret.password_assignment', 'Kiwi....Mango7!'],
  ])('still finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('ends a block before a sentence that names a command, a flag and a path', () => {
    const code = 'import sys\n\ndef main():\n    for line in sys.stdin:\n        print(line.strip())\n\nif __name__ == "__main__":\n    main()';
    const text = `${code}\nand then run python main.py --dry-run > out.txt to see what it would do`;
    expect(found(text)).toContainEqual(['code.source', code]);
  });

  it('still reads a loop and statements holding several semicolons as code', () => {
    const text = 'for (let i = 0; i < n; i++) {\n  total += a[i]; count++;\n  x = f(i); y = g(x); z = 1;\n}\nreturn total;';
    expect(found(text).map(([t]) => t)).toEqual(['code.source']);
  });
});

describe('regressions from the 40th and 41st corpora (read in the twenty-fifth session)', () => {
  it.each([
    ['a URL whose user and password are a format string\'s fields', 'REPO_URL=https://{user}:{password}@gitlab.example.edu/lab/corpus.git', 'secret.url_credentials'],
    ['a password that is a format string\'s field', 'password = "{password}"', 'secret.password_assignment'],
    ['a key shown cut short', '  google_api_key: "AIzaIbS9ukA3...(truncated)"', 'secret.generic_api_key'],
    ['a key shown cut short, unquoted', 'GOOGLE_API_KEY=AIzaSygJbd33CrpRLBGb...(truncated)', 'secret.generic_api_key'],
    ['a key shown cut short at the end of a line', 'api_key: BKYupbnLNMRt7phMWeIPWX...', 'secret.generic_api_key'],
    ['a key shown cut short with an ellipsis', 'api_key: BKYupbnLNMRt7phMWeIPWXq4…', 'secret.generic_api_key'],
    ['an ssh login on a host of a private network', '- bastion: `ssh ops@bastion.fra.internal`\n\n## Restart procedure', 'pii.email'],
    ['a French VAT number with its key masked', 'leur n° TVA : FRXX612879056', 'pii.eu_vat'],
    ['an S3 listing\'s continuation token', '<ListBucketResult>\n  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\n</ListBucketResult>', 'secret.generic_api_key'],
    ['a digest as an XML element', '<file>\n  <sha256>9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</sha256>\n</file>', 'secret.generic_api_key'],
    ['a SHA-512 digest in prose after a key\'s name', 'Expected SHA-512 of the Keycloak 24 tarball: VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv==', 'secret.azure_key'],
    ['a signature by a release key', 'Signature by release key 0x4AA3 (Ed25519): VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv==', 'secret.azure_key'],
    ['a page token in German', 'Seiten-Token der API: VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv==', 'secret.azure_key'],
    ['a blob in JSON after a key', '{"key1": "value1", "blob": "VV4Z1MCz7R9YGEs++jxNIvycGAXfZP2XB05Djot6ii9uDtXbF4JDrwqtemIgp0acFgPivY4COXBWkQ895a7tTv=="}', 'secret.azure_key'],
    ['"commercial in confidence" in a sentence', 'We trust the supplier with confidence, commercial in confidence matters aside.', 'confidential.marking'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it.each([
    ['a French VAT number with a letter key', 'N° TVA : FRAB612879056', 'pii.eu_vat', 'FRAB612879056'],
    ['an e-mail address at a domain ending in internal', 'Contact: jane.roe@acme-internal.com', 'pii.email', 'jane.roe@acme-internal.com'],
    ['a key as an XML element', '<bmsConnector>\n  <x_api_key>w87wX38Nvl2jUb3D2zYan1fHq8kjHkLC</x_api_key>\n</bmsConnector>', 'secret.generic_api_key', 'w87wX38Nvl2jUb3D2zYan1fHq8kjHkLC'],
    ['an Azure key of 88 characters in prose', 'I generated a new token for the integration: iEbx2OhqrYsGAsRTc35IO6MddCcGXr7g8jRGhbJf7LLvElFxLkS4dNkANkj/Isjk3KwWckVhJLkETQ1STQT1J3==\n\n## Next steps', 'secret.azure_key', 'iEbx2OhqrYsGAsRTc35IO6MddCcGXr7g8jRGhbJf7LLvElFxLkS4dNkANkj/Isjk3KwWckVhJLkETQ1STQT1J3=='],
    ['an Azure key after a Spanish credential', 'La credencial configurada ahora es qD5nsouy7SYlgqtsv3lbPO+KCy+X2iy3rL6NrmBhGMEo7vRIFxIC2xpkpbyciSV3vxynw18MiAk2wBL6ouWV0o==', 'secret.azure_key', 'qD5nsouy7SYlgqtsv3lbPO+KCy+X2iy3rL6NrmBhGMEo7vRIFxIC2xpkpbyciSV3vxynw18MiAk2wBL6ouWV0o=='],
    ['a Spanish marking after "Etiqueta:"', '# Etiqueta: Uso interno\nResumen del expediente', 'confidential.marking', 'Uso interno'],
    ['COMMERCIAL-IN-CONFIDENCE in brackets', '[Commercial in Confidence]\nSafety method statement', 'confidential.marking', 'Commercial in Confidence'],
    ['a URL with a password in braces and more', 'https://deploy:{Xk7#pQ2mZ9}w@git.example.org/repo.git', 'secret.url_credentials', 'https://deploy:{Xk7#pQ2mZ9}w@git.example.org/repo.git'],
    ['a key with one dot in it', '  api_key: "Xk7pQ2mZr9Lw4.Tn8Vb3Hc6Jd"', 'secret.generic_api_key', 'Xk7pQ2mZr9Lw4.Tn8Vb3Hc6Jd'],
  ])('still finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('regressions from the 43rd to 46th corpora (read in the twenty-sixth session)', () => {
  const abap = [
    'DATA: lt_ekpo TYPE STANDARD TABLE OF ekpo,',
    '      ls_ekpo TYPE ekpo.',
    '',
    'SELECT * FROM ekpo INTO TABLE lt_ekpo',
    "  WHERE werks = 'FR01'",
    '    AND loekz = space.',
    '',
    'LOOP AT lt_ekpo INTO ls_ekpo.',
    '  IF ls_ekpo-menge > 4786.',
    '    WRITE: / ls_ekpo-ebeln, ls_ekpo-ebelp, ls_ekpo-matnr.',
    '  ENDIF.',
    'ENDLOOP.',
  ].join('\n');
  const query = [
    'SELECT m.MATNR, m.CHARG, m.WERKS, SUM(m.MENGE) AS qty',
    '  FROM EKPO m',
    '  JOIN MARA a ON a.MATNR = m.MATNR',
    " WHERE m.WERKS = 'ES03'",
    "   AND m.BUDAT BETWEEN '20240601' AND '20241128'",
    "   AND a.MTART IN ('FERT', 'HALB')",
    ' GROUP BY m.MATNR, m.CHARG, m.WERKS',
    'HAVING SUM(m.MENGE) < 190',
    ' ORDER BY qty DESC;',
  ].join('\n');
  const blob = 'BlobEndpoint=https://stqualityprod43.blob.core.windows.net/;AccountName=stqualityprod43;AccountKey=VrA+8kb5DSmqzH43C95x/lYke+gUQt0j60500OgYUqYgkPw+L31ObyMaMvhefHNET9ZO+oevd1oCt5BlZqd3gO==';

  it.each([
    ['an SQL query whose GROUP BY names three columns, whole', `Here is the script:\n${query}\n- Attachment checksum follows.`, 'code.source', query],
    ['an ABAP report, from its SELECT to its ENDLOOP', `Voici le script :\n${abap}\nMerci`, 'code.source', abap.slice(abap.indexOf('SELECT'))],
    ['an Azure connection string that starts with its blob endpoint, whole', `AZURE_STORAGE_CONNECTION_STRING="${blob}"`, 'secret.azure_key', blob],
    ['a password that starts with an ampersand and ends with "="', 'pwd = &3k7R6KqAbSa4SO=', 'secret.password_assignment', '&3k7R6KqAbSa4SO='],
    ['a Belgian mobile with dots', 'GSM : 0470.12.34.56', 'pii.phone', '0470.12.34.56'],
    ['a key named in an English sentence', 'API key for the iSite sandbox: 8aa2ad959740c9c066d52b59b7741946', 'secret.generic_api_key', '8aa2ad959740c9c066d52b59b7741946'],
    ['a key named in a French sentence', 'Clé API du bac à sable Epic : ebbb5a6a1843cc4c1a5d039485ec7e09', 'secret.generic_api_key', 'ebbb5a6a1843cc4c1a5d039485ec7e09'],
    ['a key named in a German sentence', 'API-Schlüssel für die CareView-Sandbox: 0955006e6a1a03498832c0633ee379993d42c439', 'secret.generic_api_key', '0955006e6a1a03498832c0633ee379993d42c439'],
    ['a key named in a Spanish sentence', 'Clave API del entorno de pruebas de CareView: dOcOyk4PaJ3EuBVissQIdqy88O43UJyc3HAL', 'secret.generic_api_key', 'dOcOyk4PaJ3EuBVissQIdqy88O43UJyc3HAL'],
    ['a key given with "is" in a sentence', 'The api_key for the lab results endpoint is f0e588e084aed4e231034e5402fd7363\n\nThanks', 'secret.generic_api_key', 'f0e588e084aed4e231034e5402fd7363'],
    ['a token given with "is", before the sentence\'s dot', 'The token for the staging API is hqF9e3YIWyvtmDJZuiOk4tiocCJTlqsMpex6Qk2W0L1k.', 'secret.generic_api_key', 'hqF9e3YIWyvtmDJZuiOk4tiocCJTlqsMpex6Qk2W0L1k'],
    ['a key named in a French sentence with an apostrophe', "Clé API pour l'environnement de recette : hR0HotPW2IgBibDwyOtZxnwozfMqcYq5", 'secret.generic_api_key', 'hR0HotPW2IgBibDwyOtZxnwozfMqcYq5'],
    ['a key named in a German sentence about a website', 'Der API-Key für die Webseite: hR0HotPW2IgBibDwyOtZxnwozfMqcYq5', 'secret.generic_api_key', 'hR0HotPW2IgBibDwyOtZxnwozfMqcYq5'],
    ['a key named in parentheses after its label', '- clé API (api_key) = NYfY67UodePOZvn3Sa01OJQpqoyZA3rMs6n06ET4 Total sur la période', 'secret.generic_api_key', 'NYfY67UodePOZvn3Sa01OJQpqoyZA3rMs6n06ET4'],
    ['a Dutch mobile in pairs after a phone word', 'Tel. 0612 34 56 78', 'pii.phone', '0612 34 56 78'],
    ['a password that starts with $, a letter and $', "DB_PASSWORD='$Kp$7mR2!xQz9'", 'secret.password_assignment', '$Kp$7mR2!xQz9'],
    ['an Azure key on a line that names DNS otherwise', 'Schlüssel für das DNS-Backup-Konto: iEbx2OhqrYsGAsRTc35IO6MddCcGXr7g8jRGhbJf7LLvElFxLkS4dNkANkj/Isjk3KwWckVhJLkETQ1STQT1J3==', 'secret.azure_key', 'iEbx2OhqrYsGAsRTc35IO6MddCcGXr7g8jRGhbJf7LLvElFxLkS4dNkANkj/Isjk3KwWckVhJLkETQ1STQT1J3=='],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['an HS code of ten digits in dotted pairs', 'Customs: 24 pallets, HS 0805.10.22.00.', 'pii.phone'],
    ['a TARIC code after its label', 'Código TARIC: 0201.30.00.10', 'pii.phone'],
    ['a crypt hash with rounds in a Junos config', 'set system root-authentication encrypted-password "$5$rounds=5000$TL9Yc7q5q5KUp.Ys$Pvo85k.dr81/PGm2SCrusb0xwnnXUEM7z2XWAG0DuUq"', 'secret.password_assignment'],
    ['sentences that start with GROUP BY and ORDER BY', 'GROUP BY collapses rows that share a value.\nORDER BY is evaluated after the select list.\nGROUP BY bedeutet, dass Zeilen mit demselben Wert zusammengefasst werden.\nGROUP BY customer segment, please.', 'code.source'],
    ['sentences that start with LOOP AT', 'LOOP AT is how you iterate over an internal table.\nLOOP AT least twice through the test plan.\nENDIF. closes what IF opened.\nLOOP AT the end, check the totals.', 'code.source'],
    ['the digest of a key, written as a call', 'SHA256(api_key) = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'secret.generic_api_key'],
    ['a commit named after a key in a sentence', 'API key for the rotation commit: 0955006e6a1a03498832c0633ee379993d42c439', 'secret.generic_api_key'],
    ['a request id given with "is" after a token', 'The token for request 42 is 3f2a9c1b-1111-4222-8333-944444444444', 'secret.generic_api_key'],
    ['a path given with "is" after a key', 'The API key for the sandbox is stored in Vault under kv/ops/sandbox-api-key-2024.', 'secret.generic_api_key'],
    ['a page\'s token named in a sentence', 'token for the next page: hqF9e3YIWyvtmDJZuiOk4tiocCJTlqsMpex6Qk2W0L1k', 'secret.generic_api_key'],
    ['a page\'s token named in a French sentence', 'Token pour la page suivante : hqF9e3YIWyvtmDJZuiOk4tiocCJTlqsMpex6Qk2W0L1k', 'secret.generic_api_key'],
    ['a commit given with "is" after a token', 'The token for the commit is 0955006e6a1a03498832c0633ee379993d42c439', 'secret.generic_api_key'],
    ['a cursor given with "es" after a token, in Spanish', 'Token de la sesión para el cursor: hqF9e3YIWyvtmDJZuiOk4tiocCJTlqsMpex6Qk2W0L1k', 'secret.generic_api_key'],
    ['a file\'s name after a token\'s in a sentence', 'Token for the upload file: 0955006e6a1a03498832c0633ee379993d42c439', 'secret.generic_api_key'],
    ['a digest after a comma in a sentence naming a token', 'Token for the upload, md5: 5f4dcc3b5aa765d61d8327deb882cf99', 'secret.generic_api_key'],
    ['a key\'s fingerprint named in a sentence', 'API key fingerprint for prod: 0955006e6a1a03498832c0633ee379993d42c439', 'secret.generic_api_key'],
    ['a digest function\'s name before a key\'s in parentheses', 'md5 (api_key) = 5f4dcc3b5aa765d61d8327deb882cf99', 'secret.generic_api_key'],
    ['a ULID named in parentheses after a token\'s label', 'Token (ULID): 01S8FP7K73CFDK67WFBFHGQGAE', 'secret.generic_api_key'],
    ['an environment variable set after a token\'s label', 'Token de Hugging Face: HF_HUB_ENABLE_HF_TRANSFER=1', 'secret.generic_api_key'],
    ['a digest named in parentheses after its label', 'hash (api_key) = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'secret.generic_api_key'],
    ['an arrow function given a key', 'const check = (apiKey) => apiKeyValidator2024Version;', 'secret.generic_api_key'],
    ['a DNSSEC key in a zone file', '; KSK rollover\n@\tIN\tDNSKEY\t257 3 13 okwDI1NQiXOjz3p0AMPJLY4fGU+4AAz1xWSbGgmDiYbbrPWmgly8rkWERrIsMZ+d2vQzvsYJEmviTwu0T2ZXCA==', 'secret.azure_key'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });
});

describe('regressions from the 47th to 50th corpora (read in the twenty-seventh session)', () => {
  const storageKey = 'Svoe5teS3K48HhWZbEqUeyYZF4TRl3A0imUBUVTHii6+Tzoh/SRXmcyXhkLdeA8uTd6KWSUNqfTi2LJejgaGdg==';

  it.each([
    ['an LDAP bind password in sssd.conf', 'ldap_default_bind_dn = cn=svc_sssd,ou=services,dc=local\nldap_default_authtok = GlkwMZTR!+ZAwv6idYf\n', 'secret.password_assignment', 'GlkwMZTR!+ZAwv6idYf'],
    ['an OpenVPN client address after its name and a slash', 'openvpn[5462]: extern-dienstleister/10.26.233.126:32417 MULTI: Learn: 172.25.100.254', 'pii.ip_address', '10.26.233.126'],
    ['a storage account key under ConnectionStrings', `{\n  "ConnectionStrings": {\n    "DeedStorage": "${storageKey}",\n    "Registry": "Server=db"`, 'secret.azure_key', storageKey],
    ['a storage account key in an environment variable named after the storage', `BACKUP_STORAGE=${storageKey}`, 'secret.azure_key', storageKey],
    ['a Spanish phone after "n.º" with a phone word before', 'Teléfono n.º 612 345 678', 'pii.phone', '612 345 678'],
    ['a key in a table\'s credential column', '| system | owner | credential | rotated |\n|---|---|---|---|\n| Zoom S2S app | Research Computing | PkHXBnL4YCUIItwi5rKHr6rBG257lMIjstVxIx5R | 09/04/2024 |', 'secret.generic_api_key', 'PkHXBnL4YCUIItwi5rKHr6rBG257lMIjstVxIx5R'],
    ['32 hex digits in a table\'s credential column', 'system;owner;credential\nCanvas developer key;DSI;9571A116E614FD8BD2D429421F5EA424', 'secret.generic_api_key', '9571A116E614FD8BD2D429421F5EA424'],
    ['a SIREN in a column of registration numbers', 'Gesellschaft | Reg.-Nr. | USt-IdNr. | Anteil\nGroupe Vercors Industrie | 325542991 | DE000000000 | 46 %\nHansa Spedition GmbH & Co. KG | HRB 245371 | DE 539127375 | 74 %\nBrenner Solar GmbH | HRB 86871 | DE248428303 | 7 %\nBoulangeries Roussel SARL | HRB 1 | – | 1 %', 'pii.fr_siren', '325542991'],
    ['an admin\'s password given after its words in prose', 'Monitoring: Grafana admin password Uqzwqf884%g2s\nOn-call: ext. 4410', 'secret.password_assignment', 'Uqzwqf884%g2s'],
    ['an address glued to a name in bold', 'Bob Smith**bob.smith@contoso.com**', 'pii.email', 'bob.smith@contoso.com'],
    ['a phone after a contract manager\'s title', 'Contract manager: +33 6 12 34 56 78', 'pii.phone', '+33 6 12 34 56 78'],
    ['an address in Markdown bold and italics', 'Contact: **jean.dupont@orange.fr** or *lucia.garcia@telefonica.es*', 'pii.email', 'jean.dupont@orange.fr'],
    ['an address whose local part starts with a placeholder\'s word', 'Mail: prenom.nomade@acme.fr', 'pii.email', 'prenom.nomade@acme.fr'],
    ['an address after one masked with stars', 'Cliente: m***d@orange.fr, respuesta a jdoe@orange.fr', 'pii.email', 'jdoe@orange.fr'],
    ['a storage account key in an appsettings.json named after what it stores', `"ConnectionStrings": {\n    "ProductImages": "${storageKey}"`, 'secret.azure_key', storageKey],
    ['an Adyen HMAC key in a notification setting', '  <notification hmacKey="CA59B4CAD15E20C12FA9BB56AD99B07F17370537" url="https://shop.example/hooks" />', 'secret.generic_api_key', 'CA59B4CAD15E20C12FA9BB56AD99B07F17370537'],
    ['an HMAC key in an environment file', 'ADYEN_HMAC_KEY=06C6DE26CC6E4338AE1AC62DB131A9003EE98043', 'secret.generic_api_key', '06C6DE26CC6E4338AE1AC62DB131A9003EE98043'],
    ['a compact American number that does not start as a date', 'Phone: 2024561111', 'pii.phone', '2024561111'],
    ['a password that starts with one dash', 'password: -Tr0ub4dor&3x', 'secret.password_assignment', '-Tr0ub4dor&3x'],
    ['a password that starts with two dashes', 'DB_PASSWORD=--9JKzjiG?QGV', 'secret.password_assignment', '--9JKzjiG?QGV'],
    ['a private address of small numbers that starts a log line', '10.0.1.7 - - [14/Mar/2024:10:11:12 +0000] "GET / HTTP/1.1" 200', 'pii.ip_address', '10.0.1.7'],
    ['an address after "from" on a data room\'s log', 'VDR audit log: login from 85.12.3.44 at 09:12', 'pii.ip_address', '85.12.3.44'],
    ['a public address of small numbers in a log line', 'curl: (7) Failed to connect to 13.24.8.19 port 443 after 3 ms', 'pii.ip_address', '13.24.8.19'],
    ['a Spanish phone after an address with no street number (s/n)', 'Calle Mayor s/n 912 345 678', 'pii.phone', '912 345 678'],
    ['a firewall log\'s address and port after the protocol and a slash', 'DROP tcp/203.0.113.45:443 from the VPN', 'pii.ip_address', '203.0.113.45'],
    ['a PRIVILEGED & CONFIDENTIAL heading, whole', 'PRIVILEGED & CONFIDENTIAL\nInternal investigation memo', 'confidential.marking', 'PRIVILEGED & CONFIDENTIAL'],
    ['an address whose domain is written in mixed case', 'Contact: John@MyShop.Com', 'pii.email', 'John@MyShop.Com'],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['an Android build number after a version, near an e-mail address', 'Crashlytics: com.greenleaf.mobile 8.12.4 (2024120906), reported by git@github.com', 'pii.phone'],
    ['a build number after BUILD_NUMBER, near a package scope', 'BUILD_NUMBER=2024101409\n@angular/cli@17.3.1', 'pii.phone'],
    ['a command option after "pass:"', 'Build arg I pass: --build-arg NPM_TOKEN=npm_XXXXXXXXXXXXXXXX --secret id=npmrc', 'secret.password_assignment'],
    ['a data room index that starts a line', '  1.1.1.29  Kbis_8863.pdf\n  4.2.2.21  Board_minutes.pdf', 'pii.ip_address'],
    ['a smart meter\'s OBIS codes', '2024-05-01T00:00:08Z dlms: meter LGZ87773015 1-0:1.8.0.255 = 13393.084 kWh\nITR-16107594\t0-0:96.1.0.255\t2024-01-22', 'pii.ip_address'],
    ['an address masked with many stars, its last characters', 'Marta Ibáñez|m**********z@aguasdellevante.es|+34 933 48', 'pii.email'],
    ['a browser version after its name and a slash', 'User-Agent: Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36', 'pii.ip_address'],
    ['a version after a package path and a colon', 'packages/AzureAD/2.0.2.182: restored\nVersion 10.2.3.44: Fehler behoben', 'pii.ip_address'],
    ['a SHA-512 digest in a lockfile, for a storage package', '"node_modules/@google-cloud/storage": {\n  "integrity": "sha512-Svoe5teS3K48HhWZbEqUeyYZF4TRl3A0imUBUVTHii6+Tzoh/SRXmcyXhkLdeA8uTd6KWSUNqfTi2LJejgaGdg=="', 'secret.azure_key'],
    ['the digest of an HMAC key', 'hmac_key_md5: dacafb6e30e4f5c1a8b6f0d2c3e4a5b6', 'secret.generic_api_key'],
    ['a supply contract\'s number, after its label and under its column', 'Ancien contrat : 813 978 4600, prélevé le 5\ncontrato|nombre|deuda\n579 353 2995|María Gómez|22,18 €', 'pii.phone'],
    ['a SEPA transfer\'s end-to-end reference', '<PmtId><EndToEndId>0294-74996738</EndToEndId></PmtId>', 'pii.phone'],
    ['words after an admin\'s password in prose', 'Admin-Passwort vergessen? The admin password policy requires 12 characters; an admin password reset link was sent; the admin password expires tomorrow.', 'secret.password_assignment'],
    ['placeholders and a login on a .lan host', 'Bastión: ssh admin@jump-01.hotel.lan\nguest email user@domain.tld invalid\nContact: xxx@xxx.xx', 'pii.email'],
    ['the pattern of a school\'s addresses', 'E-Mail: vorname.nachname@fh-nordmark.de\nemail: firstname.lastname@ashford.ac.uk\nMail: first.last@acme.com\nCorreo: nombre.apellido@univ-meseta.es\nCourriel : prenom.nom@univ-valmont.fr', 'pii.email'],
    ['an address masked with stars, its last characters', 'Client: m***d@orange.fr (masked)', 'pii.email'],
    ['a meter\'s number after "n.º"', 'Lectura: 593776 m³, contador n.º 042-386-8847', 'pii.phone'],
    ['a class A network alone in a log line', '10.0.0.0 - - [14/Mar/2024:10:11:12 +0000] "GET / HTTP/1.1" 200', 'pii.ip_address'],
  ])('does not report %s', (_name, text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });
});

describe('regressions from the 49th to 58th corpora (read in the twenty-eighth session)', () => {
  it.each([
    ['a phone in a table\'s free-text column, after a phone word in its cell', 'Fecha\tAbogado\tHoras\tDescripción\n20/05/2024\tÁF\t7.2\tllamada al cliente 691 741 974\n11/07/2024\tLV\t7.0\tcorreo a bcastillo@yahoo.es', 'pii.phone', '691 741 974'],
    ['a phone in a table\'s phone column', 'num_conf;nom_client;telephone;arrivee\n709603090;Camille Durand;612345678;11/06/2024\n799603091;Paul Martin;698765432;12/06/2024', 'pii.phone', '612345678'],
    ['a phone in prose with a comma, under a greeting that ends with one', 'Bonjour l’équipe,\nLa cliente Margaux Roux (m.roux@sfr.fr, 750 618 986) souhaite retourner sa commande.', 'pii.phone', '750 618 986'],
    ['a phone after "Nr." with a phone word before', 'Rückruf bitte an Tel.-Nr. 0151 23456789', 'pii.phone', '0151 23456789'],
    ['a phone after "Nr.", the everyday word', 'Bitte rufen Sie mich unter der Nr. 0171 2345678 an.', 'pii.phone', '0171 2345678'],
    ['a phone after a question about a policy', 'Questions about your policy? 0345 123 4567', 'pii.phone', '0345 123 4567'],
    ['a phone after a policy\'s word and a phone word before it', 'Teléfono de atención de su póliza: 912 345 678', 'pii.phone', '912 345 678'],
    ['a phone in a table of fields and values', 'Field;Value\nName;Laura Jones\nPhone;612345678\nEmail;laura.jones@gmail.com', 'pii.phone', '612345678'],
    ['a phone in a table whose phone column has a header no phone word names', 'Nombre;Email;Número\nLucía Romero;lucia@gmail.com;612345678', 'pii.phone', '612345678'],
    ['a phone in a CSV under a greeting with a comma', 'Hi team, please find the list below\nname,phone\nTom Baker,612345678', 'pii.phone', '612345678'],
    ['a Traffic Light Protocol marking that restricts sharing', 'TLP:AMBER+STRICT\nIncident IR-2291: credential phishing wave', 'confidential.marking', 'TLP:AMBER'],
    ['a TLP:RED marking in a report\'s header', 'Classification: TLP:RED\nDo not forward', 'confidential.marking', 'TLP:RED'],
    ['a sender in angle brackets in a message trace, beside its message id column', 'Received\tSender\tStatus\tMessageId\n2024-05-02 10:11\t<j.doe@contoso.com>\tDelivered\t<a1b2c3d4e5f6.123456@mail.gmail.com>', 'pii.email', 'j.doe@contoso.com'],
    ['a phone in a JSON object whose first key names an id', '{\n  "candidate_id": "CAND-97593",\n  "full_name": "Emma Turner",\n  "phone": "07628 458478",\n  "source": "linkedin"\n}', 'pii.phone', '07628 458478'],
    ['an attribution vendor\'s dev key in an environment file', 'APPSFLYER_DEV_KEY=IHkHEuqV7zeh5jqodwKngUKQKLTQyYkd1LlwPJXx\nREDIS_URL=redis://cache:6379', 'secret.generic_api_key', 'IHkHEuqV7zeh5jqodwKngUKQKLTQyYkd1LlwPJXx'],
    ['a feature-flag vendor\'s SDK key', 'LAUNCHDARKLY_SDK_KEY=Qm9vc3RlZEZsYWdzU2VydmVyS2V5MjAyNHhZ', 'secret.generic_api_key', 'Qm9vc3RlZEZsYWdzU2VydmVyS2V5MjAyNHhZ'],
    ['a card named by a German compound, for an invoice', 'Hallo,\nDie Firmenkarte für die Jobbörsen-Rechnung ist 6011 0525 0486 3320, gültig bis 06/26.', 'pii.credit_card', '6011 0525 0486 3320'],
    ['a phone in a table\'s column after a cell that holds an order\'s word', '| Intérimaire | Poste | Téléphone | Heures |\n|---|---|---|---|\n| Nicolas Martin | préparateur de commandes | +41 44 596 88 49 | 22,6 h |', 'pii.phone', '+41 44 596 88 49'],
    ['a SIREN in the name of a general ledger export', 'Le test d\'équilibre échoue. Fichier 732829320FEC20241231.txt joint.', 'pii.fr_siren', '732829320'],
    ['an address in a key whose name starts with "version"', 'version_host: 10.11.12.13', 'pii.ip_address', '10.11.12.13'],
    ['an address after a firewall zone\'s name, with a port after a slash', 'Built inbound TCP connection for outside/isp2:198.51.100.14/50312 to dmz/web:10.5.5.10/80', 'pii.ip_address', '10.5.5.10'],
    ['an address in a table that also holds versions', 'host;OS version;ip\nsrv-01;14.0.0.35;14.0.0.36', 'pii.ip_address', '14.0.0.36'],
  ])('finds %s', (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['a reservation number in a table\'s first column, next to an address and under a header with a phone column', 'num_conf;nom_client;email;telephone;arrivee\n709603090;Camille Durand;camille.durand@orange.fr;;11/06/2024\n864100186;Paul Martin;paul.martin@free.fr;;12/06/2024', '709603090'],
    ['a booking number in a table\'s first column, its guest\'s phone in another', 'BestNr\tGast\tE-Mail\tTelefon\n695234187\tBirgit Krüger\tbirgit.krueger@web.de\t+49 170 1234567\n675294009\tTobias Richter\tt.richter@gmx.de\t+49 151 2345678', '695234187'],
    ['a meter\'s number after "Zähler-Nr."', 'Zählerstand: 231736 m³, Zähler-Nr. 776 387 5513', '776 387 5513'],
    ['a customer\'s number after "Kunden-Nr."', 'Ihre Kunden-Nr.: 0301234567 (bitte bei Rückfragen angeben)', '0301234567'],
    ['an insurance policy\'s number after its word in JSON', '{\n  "policy": "689 320 184",\n  "insured": "Laura Jones",\n  "contact": "laura.jones@gmail.com"\n}', '689 320 184'],
    ['a Spanish insurance policy\'s number after its word', 'Renovación de la póliza 740 731 9284 en enero.', '740 731 9284'],
  ])('does not report %s as a phone', (_name, text, value) => {
    expect(found(text)).not.toContainEqual(['pii.phone', value]);
  });

  it.each([
    ['a message id in a message trace\'s column', 'Received\tSender\tStatus\tMessageId\n2024-05-02 10:11\tbilling@invoice-portal.top\tDelivered\t<a1b2c3d4e5f6.123456@mail.gmail.com>', 'pii.email', 'a1b2c3d4e5f6.123456@mail.gmail.com'],
    ['a message id after other fields on its line', 'MITRE T1078.001; Message-ID: <a727fac079e7.430302@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>', 'pii.email', 'a727fac079e7.430302@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM'],
    ['an object identifier after its label', 'cert subject attribute oid 2.5.4.97 (organizationIdentifier)', 'pii.ip_address', '2.5.4.97'],
    ['a container image\'s tag', '    image: registry.transmar.local/edi-gateway:1.5.0.62\n    ports:', 'pii.ip_address', '1.5.0.62'],
    ['a list of published versions', 'Previously published versions: 12.5.28.5.', 'pii.ip_address', '12.5.28.5'],
    ['a network\'s longer prefix', 'Assigned prefix 2001:db8:abcd:12:: (routed to the VPN gateway)', 'pii.ip_address', '2001:db8:abcd:12::'],
    ['an invoice\'s number in a table of fields and values', '| Field | Value |\n|---|---|\n| Invoice | 0612345678 |\n| Phone | 0698765432 |', 'pii.phone', '0612345678'],
    ['a number after a German compound of "Karte" that names no payment card', 'Landkarte bestellt, Rechnung 4033 0766 6193 4516', 'pii.credit_card', '4033 0766 6193 4516'],
    ['a mobile SDK key, shipped in the app', 'LD_MOBILE_SDK_KEY=mob-4c2e9a71-8b3d-4f6a-a1c5-9e7d2b8f0a36', 'secret.generic_api_key', 'mob-4c2e9a71-8b3d-4f6a-a1c5-9e7d2b8f0a36'],
    ['a client-side SDK key, public by design', 'STATSIG_CLIENT_SDK_KEY=client-9fK2mQ7xLp4RtY8vBn3ZcW6sDh1JgE5a', 'secret.generic_api_key', 'client-9fK2mQ7xLp4RtY8vBn3ZcW6sDh1JgE5a'],
    ['words after a comma and "password"', 'Reset your email, password and phone in the portal; the login, password reset links and the MFA flow changed.', 'secret.password_assignment', 'and'],
    ['a link-local prefix near network words', 'IPv6 gateway: fe80:: (link-local prefix), DNS ::1', 'pii.ip_address', 'fe80::'],
  ])('does not report %s', (_name, text, type, value) => {
    expect(found(text)).not.toContainEqual([type, value]);
  });
});
