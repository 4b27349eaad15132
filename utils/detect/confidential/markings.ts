import { markingDetector } from './marking';

// Each detector's phrases by tier, in order: phrase, word, label, prefixed (see MarkingPhrases). Phrases are regex
// sources matched case-insensitively, each tier's one alternation (phrases separated by "|", which a list would spend
// a quoted item on); a space stands for 1 to 3 blanks. Accented
// letters also accept their plain form, since labels are often typed without accents or in capitals.

/** English confidentiality markings. */
export const markingEnDetector = markingDetector('marking-en', ['proprietary', 'restricted', 'sensitive', 'distribut', 'confidential', 'internal', 'confidence', 'tlp:'], [
  // phrase (and the United Kingdom's and Australia's COMMERCIAL-IN-CONFIDENCE; a law firm's PRIVILEGED & CONFIDENTIAL; the
  // Traffic Light Protocol's TLP:AMBER and TLP:RED, which limit who may see a security report or an incident's notes,
  // TLP:AMBER+STRICT found as its TLP:AMBER: not TLP:GREEN nor TLP:CLEAR, which let it be shared)
  'tlp:(?:amber|red)|strictly confidential|highly confidential|company confidential|commercial(?:-| )in(?:-| )confidence|' +
    'proprietary and confidential|confidential and proprietary|privileged (?:and|&) confidential|' +
    'internal use only|for internal use only|internal only|do not distribute|not for distribution',
  // word (the United Kingdom's OFFICIAL-SENSITIVE too: "official sensitive" is also an adjective and a noun in prose; and
  // a letter's "Private and confidential", which prose writes too: "Private and confidential conversations...")
  'confidential|restricted|official(?:-| )sensitive|(?:private|personal) and confidential',
  // label
  'internal',
]);

/** French confidentiality markings. */
export const markingFrDetector = markingDetector('marking-fr', ['restreinte', 'confidentiel', 'interne', 'limit'], [
  // phrase
  'strictement confidentiel(?:le)?|document confidentiel|confidentiel d[ée]fense|diffusion restreinte|' +
    'diffusion limit[ée]e|usage interne(?: uniquement)?|interne uniquement|usage strictement interne',
  // word
  'confidentiel(?:le)?|personnel et confidentiel(?:le)?',
  // label
  'interne',
]);

/** German confidentiality markings. */
export const markingDeDetector = markingDetector('marking-de', ['vertraulich', 'intern', 'dienstgebrauch'], [
  // phrase
  'streng vertraulich|nur f(?:ü|ue|u)r (?:den )?internen gebrauch|nur f(?:ü|ue|u)r den (?:internen )?dienstgebrauch|nur intern',
  // word ("Interne Verwendung" too, which prose also writes: "Interne Verwendung von Cookies")
  'vertraulich|interne verwendung|pers(?:ö|oe|o)nlich(?: und |\\/)vertraulich',
  // label: none
  undefined,
  // prefixed
  'intern',
]);

/** Spanish confidentiality markings. */
export const markingEsDetector = markingDetector('marking-es', ['interno', 'confidencial', 'restringid', 'limit'], [
  // phrase
  'estrictamente confidencial|uso interno|solo para uso interno|difusi[óo]n restringida|uso restringido',
  // word ("Difusión limitada" too, which prose also writes: "Difusión limitada en cines")
  'confidencial|difusi[óo]n limitada|personal y confidencial',
  // label
  'interno',
]);
