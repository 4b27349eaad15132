import { charTable } from '../char-table';
import { columnHeader, headerCells } from '../column';
import { CONTEXT_WINDOW, textAfter, textBefore } from '../context';
import { lazy } from '../lazy';
import { matchesInRuns, startsInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import type { Confidence, Detector } from '../types';

/**
 * Pattern prefix for number-like values: not inside a word, not after "+", "@", a decimal point, a dash or a slash, not
 * the tail of a longer space-grouped number, and not after a number and a tilde (an AdMob app id's ad unit:
 * ca-app-pub-...~0386792433; an HL7 field's repetitions are split by a tilde too: PI~255027629605029^^^...).
 */
export const NUM_START = String.raw`(?<![\w+@./-]|\d[ \xa0~])`;
/** Pattern suffix for number-like values: not followed by a word character, by more of the number or by a part-number suffix (-B). */
export const NUM_END = String.raw`(?![\w@]|[./-]\d|-(?!M\b)[A-Za-z]|[ \xa0]\d)`;

// A letter, a number or "_": a window edge between two of them would cut a word ("Jean" read as "ean").
// Below code 256 a table answers, without a substring and a pattern for each of the many edges tested.
const WORD_CHAR = /[_\p{L}\p{N}]/u;
const LATIN_WORD_CHAR = charTable(WORD_CHAR);

/** True when the code unit at `i` is a word character on its own (half of a surrogate pair never is). */
function wordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 256 ? LATIN_WORD_CHAR()[code] === 1 : (code < 0xd800 || code > 0xdfff) && WORD_CHAR.test(text.charAt(i));
}

/** text.slice(from, to), its edges moved inward off any word they would cut. */
function clip(text: string, from: number, to: number): string {
  from = Math.max(0, from);
  while (from > 0 && from < to && wordCharAt(text, from - 1) && wordCharAt(text, from)) from++;
  while (to > from && wordCharAt(text, to - 1) && wordCharAt(text, to)) to--;
  return text.slice(from, to);
}

/** True when `words` (a case-insensitive pattern without the g flag) matches near the span [start, end). */
export function near(text: string, start: number, end: number, words: RegExp, window = CONTEXT_WINDOW): boolean {
  return words.test(clip(text, start - window, start)) || words.test(clip(text, end, end + window));
}

/** True when `words` matches within the `window` characters before `start`. */
export function before(text: string, start: number, words: RegExp, window = CONTEXT_WINDOW): boolean {
  return words.test(clip(text, start - window, start));
}

/** True when `words` matches near the span [start, end) on its own line. */
export function nearOnLine(text: string, start: number, end: number, words: RegExp, window = CONTEXT_WINDOW): boolean {
  return words.test(clip(text, start - window, start).split('\n').pop()!) || words.test(clip(text, end, end + window).split('\n', 1)[0]);
}

/** True when the span is in a table column whose header matches `words` (a pattern that cannot match an empty string). */
export function headerIs(text: string, start: number, words: RegExp): boolean {
  return words.test(columnHeader(text, start) ?? '');
}

// Labels of numbers that are not personal data (or are another identifier: "SIREN 892 941 108" is not a Spanish
// phone, even when the SIREN fails its check); right before a candidate, they lower its confidence. "PO" only right
// before it ("PO 4512345678", "P.O.: ..."): "Po" is also a given name ("call Po on ..."). A customs tariff code ("HS code",
// "Code SH", "Código arancelario") has ten digits, as North America's phones.
// The United Kingdom's NHS numbers are written 3-3-4, as American phones are: "NHS No:" right before one ("NHS 111",
// "NHS Direct: 0300 ..." are phones).
// Frequent-flyer programmes (Flying Blue, Miles & More, Avios...) number their members with ten digits or more; right
// before a number only, as the same names brand credit cards ("Miles & More Kreditkarte"). So are a doctor's
// registration (German LANR, Spanish "N.º colegiado") and a German case number (Vorgangsnr.): "LANR 987654321 – 0621
// 445566" and "Zum Vorgang: +49 151 ..." hold phones. The words that count only right before the number (a PO, an
// account, an NHS number, these) share one group. A case file's number ("Dossier 852-809-457", "Expediente: ...")
// right after its word, with only a blank, ':', '#' or '-' between. An air waybill's number (AWB, its house and master
// waybills' HAWB and MAWB: an airline's three digits, a dash, eight digits) reads as a German phone; right before the
// number only ("AWB hotline: +49 69 ..." is a phone). An XML element named Id is not such a label: ISO 20022's payment
// messages hold a company's SIRET in <Othr><Id>, and the </Id> before a <PhneNb> would lower its phone.
// Their <EndToEndId>, the payer's reference of a transfer, is a label (<EndToEndId>0229-41840270</EndToEndId>). So is a
// supply contract's number right after its word (contrat, contrato, contract: "Ancien contrat : 813 978 4600"; not
// "Contract manager: +33 6 ..." nor "Contractor: ..."), also as a column's header.
// The words in the order gzip codes best: test() finds the same in any order.
const NOT_PII =
  /\b(?:(?:dossier|expediente)[ :#-]*$|seguimiento|rechnung|routing|r[ée]f|duns\b|invoice|sendung|tracking|suivi|colis|sku|batch|pedido|parcel|quantit|code|isbn|ean|gtin|upc|part\b|iccid|ticket|build|bestell|arancel|qty|lot\b|im[es]i|commande|id\b(?!>)|endtoend|pi[èe]ce|s[ée]rie|serial|factur[ae]|(?:(?<=&\W?)more|nhs (?:no|number)|vorgangsn(?:r|ummer)|fl(?:ying blue|yer)|ffn|avios|skymiles|aadvantage|lanr|colegiado|p\.?o\b|[hm]?awb|waybill|account|contra(?:ct|to?))\W{0,4}$|order|sire[nt])/i;

/** True when a label such as "order", "invoice" or "tracking" closely precedes the span. */
export function labelledNotPii(text: string, start: number): boolean {
  return before(text, start, NOT_PII, 24);
}

// The words in the order gzip codes best: test() finds the same in any order.
const UNIT_AFTER = /^ ?(?:(?:dollars?|usd|euros?|chf|gbp|pesos?|k?eur)\b|[€$£%])/i;

/** True when a currency sign or unit touches the span: it is an amount, not an identifier. */
export function isAmount(text: string, start: number, end: number): boolean {
  // Decimals come first ("925 907 265,21 €"). (scan() has made no-break spaces plain ones.)
  const after = textAfter(text, end, 12).replace(/^[.,]\d\d?(?!\d)/, '');
  return UNIT_AFTER.test(after) || /[€$£] ?$/.test(textBefore(text, start, 2));
}

/**
 * True when hex byte pairs touch the span on both sides and one of them has a letter ("0a 02 82 01 01 00 b6"):
 * the digits are part of a hex dump, not a phone number.
 */
export function inHexDump(text: string, start: number, end: number): boolean {
  const before = /(?:^|\s)([0-9a-f]{2}) $/i.exec(textBefore(text, start, 4))?.[1];
  const after = /^ ([0-9a-f]{2})(?:$|\s)/i.exec(textAfter(text, end, 4))?.[1];
  return before !== undefined && after !== undefined && /[a-f]/i.test(before + after);
}

/** One step up the confidence scale. */
export function raise(confidence: Confidence): Confidence {
  return confidence === 'low' ? 'medium' : 'high';
}

// Words that introduce a phone number, in English, French, German and Spanish (and Italian), and the phone sign.
// (The words after (?:\b|_)(?:tél are prefixes: téléphone is found by tél, telefono by telefon, mobile by mobil; teléfono by
// \btel\b, as é is no \w character. \btelf\d?\b: Spanish "Telf.", and SAP's field names for phones, TELF1 and TELF2, which
// head columns of its exports; not Telford. After "_", the words that start with tél, call, phone...: a key's last word, as
// in oncall_phone, customer_mobile, support_contact.)
// The words in the order gzip codes best: test() finds the same in any order.
const PHONE_WORDS =
  /\b(?:telf?\d?|gsm|cell|ring|sms|natel|fax)\b|@\w|☎|📞|📱|(?:\b|_)(?:call|reach|portable|dial|telefon|mobil|anruf|telephon|m[óo]vil|appel|handy|contact|tél|phone|rappel|hotline|rufnummer|numero di|erreichbar|whatsapp|ll[áa]m|cellulare|joindre|joign)/i;

// The patterns of the number detectors that use numberPattern (phones, NIR, SIRET). One pass over the number
// runs finds every offset where one of them can match, and each detector tries its own pattern there only
// (inNumbers): eleven passes cost more than twice as much. In that pass a backreference stands for any one
// character or none (the groups hold one separator at most), so that the patterns need no renumbering; it
// finds a few offsets too many, never one too few.
const NUMBERS: string[] = [];
// A French EORI number is "FR" and the company's SIRET (EORI FR50204033066934): the SIRET's 14 digits start after the
// letters.
const NUMBER_STARTS = lazy(() => new RegExp(`(?:${NUM_START}|(?<=EORI FR)(?=(?:\\d ?){13}\\d))(?=${NUMBERS.join('|').replace(/\\\d/g, '[^]?')})`, 'g'));
/** The search for the patterns of numberPattern. */
export const inNumbers = startsInRuns(NUMBER_STARTS);

/**
 * The pattern of a number detector searched by inNumbers: the given pattern's `source` then the end of a number, sticky. It has no
 * NUM_START: inNumbers tries it only where the shared pass has checked that a number can start.
 */
export function numberPattern({ source }: RegExp): RegExp {
  NUMBERS.push(source);
  return new RegExp(source + NUM_END, 'gy');
}

/**
 * Builds a phone detector from a pattern (wrapped in number boundaries) and a function giving the base
 * confidence of a match (null drops it). Phone words nearby raise it one step; a closely preceding label
 * such as "order" or "invoice" lowers it to low; amounts are dropped.
 */
export function phoneDetector(id: string, pattern: RegExp, base: (value: string) => Confidence | null): Detector {
  return patternDetector({
    id,
    type: 'pii.phone',
    pattern: numberPattern(pattern),
    finder: inNumbers,
    check(value, text, start, end) {
      // A number written as North America's are (3-3-4 in dashes) with an area code that cannot be one (0 or 1 first), next
      // to words of an account, is an account's number: Google Ads writes its customer IDs so (Customer 089-273-9327, compte
      // Ads 031-775-0157). Low, unless phone words are near. Italian, German and Swiss offices' numbers are written so too
      // (Ufficio di Firenze: 055-238-4417). The words match as prefixes: "Servizio clienti" and "Kundenservice" lower
      // an office's number too.
      // The words in the order gzip codes best: test() finds the same in any order.
      const confidence = /^[01]\d\d-\d{3}-\d{4}$/.test(value) && near(text, start, end, /\b(?:ads|compte|konto|cuenta|client|customer|kunden)/i) ? 'low' : base(value);
      // One digit over and over (999999999, 00 00 00 00 00) is a placeholder.
      if (!confidence || isAmount(text, start, end) || inHexDump(text, start, end) || /^(\d)(?:\D?\1)+$/.test(value)) return null;
      // Its column's header (undefined outside a table), which the rules below read.
      const header = columnHeader(text, start);
      // A label right before the number ("PO 4512345678", "Bestellnr. ...") or its column's header ("SIREN") says what
      // it is, whatever phone words the sentence around it holds ("after our call, order PO ..."), unless its column's header
      // is a phone word (the label is then the previous cell's: "préparateur de commandes | +41 44 ..." under Téléphone);
      // so does "n°" right before it, unless a phone word comes before that ("adhérent n° 976942065", a phone label on the next line, is a
      // member's number; "Tél. n° 06 12 34 56 78" and "Appelez le n° ..." are phones; Spanish writes "n.º"), and so do a
      // customer's, a meter's and a serial number in German (Kunden-Nr., Zähler-Nr., Ser.-Nr.; not "Nr." alone, the
      // everyday word: "unter der Nr. 0171 ...", nor Notfall-Nr.) and an insurance policy's number right after its
      // word, with at most a colon or quotes between ("póliza 740 731 9284", JSON's "policy": "..."; not "Questions
      // about your policy? 0345 ...", "Teléfono de atención de su póliza: 900 ...", nor French "police"). So do
      // "RCS" and a city, as the registry writes them, right before it: a company's registration, even one that fails
      // the SIREN check ("RCS Bordeaux 760 527 227"; not "RCS Paris – Tél. ..." nor RCS messaging), and "NHS" right
      // before a number that does not start with 0: an NHS number (NHS 493 475 1379), where a UK phone starts with 0 or
      // +44. So does a support case's number in dashes right after "case" or "caso" and a blank ("case 073-127-2159";
      // not "Case: 06 12 34 56 78" nor "In this case 06 12 ..."). A number ended by '#' is keyed in after a call is
      // answered: a conference ID or PIN ("+33 1 23 45 67 89,,764808088#"; not a tel: URI's "#ext=42"). A country code
      // in capitals right before the number, itself at the start of a line or a field, or after "is" ("est", "ist",
      // "es") with VAT words on the line, starts a VAT number, one that fails its check ("|BE 0266.275.781", "TVA : FR
      // 06 956 539 307", "Our VAT number is BE 0291907523"; not "Mobile FR 06 12 34 56 78", "Our hotline is FR 01 23 45
      // 67 89" nor "CALL US AT 0800 ..."). The words of the n° pattern in the order gzip codes best: test() finds the
      // same in any order.
      if ((text[end] === '#' && !/\w/.test(text.charAt(end + 1))) || (before(text, start, NOT_PII, 12) && !PHONE_WORDS.test(header ?? '')) || before(text, start, /\bRCS (?:de )?[A-Z]\S*(?: [A-Z]\S*)? $/, 24) || /(?:^|[\n:|,;+]) ?(?:BE|DE|FR|NL) ?$/.test(textBefore(text, start, 6)) || (/\b(?:is|est|ist|es) (?:BE|DE|FR|NL) ?$/.test(textBefore(text, start, 7)) && nearOnLine(text, start, end, VAT_WORDS)) || (value[0] > '0' && before(text, start, /\bNHS\W{0,2}$/, 6)) || (value.includes('-') && before(text, start, /\bcas[eo] #?$/i, 7)) || NOT_PII.test(header ?? '') || (before(text, start, /(?:n\.?[°º]|(?:ser\.|z[äa]hler|kunden)-nr\.?|policy|p[óo]liza)[ :#"']{0,4}$/i, 14) && !before(text, start, PHONE_WORDS, 40))) return 'low';
      // A label of its own right before the number that names another kind of number (one of NOT_PII's words: "Order
      // number: ", "HS code: ", "Bestellnummer: ", "Código arancelario: ", YAML's commande: "...") says what it is, unless
      // its line holds a phone word ("Case: 06 12 34 56 78 (mobile de Mme Durand)"): the phone words of the lines around
      // it (a form's "Phone:" field above) do not make it a phone. Other labels ("Direct line:", "M:", "Número:", a name)
      // leave it to those words. So does a table's header that names a phone column, for the numbers of its other
      // columns (a booking's or an account's number next to an address, under "num_conf;email;telephone"), whatever
      // words are near: the table says where its phones are.
      const otherColumn = header !== undefined && !PHONE_WORDS.test(header) && headerCells(text, start)!.some((cell) => PHONE_WORDS.test(cell));
      if (!otherColumn && ((near(text, start, end, PHONE_WORDS) && (!(/:\s?["']?$/.test(textBefore(text, start, 3)) && before(text, start, NOT_PII, 30)) || nearOnLine(text, start, end, PHONE_WORDS))) || PHONE_WORDS.test(header ?? ''))) return raise(confidence);
      return labelledNotPii(text, start) ? 'low' : confidence;
    },
  });
}

/** Number of ASCII digits in a string. */
export function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

// Words that introduce a VAT number, in English, French, German, Spanish, Italian and Dutch.
// ("n° TVA" is found by its "tva", "P. IVA" and "P.IVA" by their "iva": only "PIVA" needs its own.)
// The words in the order gzip codes best: test() finds the same in any order.
const VAT_WORDS = /\b(?:btw|mwst|partita|tax id|tva|vat|ust|iva|nif|cif|intracom|piva|umsatzsteuer)/i;

/**
 * Builds an EU VAT number detector: `valid` gets the value without its country prefix and separators and
 * says whether the country's check passed (true), failed (false), or does not exist for that form (null).
 * A passed check gives medium, high with VAT words near (or in its table column's header); a format-only
 * match gives low, medium with them.
 */
export function vatDetector(id: string, pattern: RegExp, valid: (body: string) => boolean | null): Detector {
  return patternDetector({
    id,
    type: 'pii.eu_vat',
    // No cues: the country code (FR, DE...) would make a keyword, but two letters occur in nearly every text, and
    // searching the runs alone costs less than looking for them.
    pattern: new RegExp(String.raw`(?<![\w./-])(?:${pattern.source})(?!\w|[./-]\d)`, 'g'),
    finder: matchesInRuns,
    check(value, text, start, end) {
      const result = valid(value.replace(/[ .-]/g, '').slice(2));
      if (result === false) return null;
      const base: Confidence = result ? 'medium' : 'low';
      return near(text, start, end, VAT_WORDS) || headerIs(text, start, VAT_WORDS) ? raise(base) : base;
    },
  });
}
