import { textAfter, textBefore } from '../context';
import { finding } from '../finding';
import { lazy } from '../lazy';
import { allMatches } from '../matches';
import type { Confidence, Detector, Finding } from '../types';

/** The finding type of every marking detector. */
export const MARKING_TYPE = 'confidential.marking';

/**
 * How much a phrase needs to look like a label before it counts:
 * - `phrase`: an unambiguous multi-word marking ("strictly confidential"), `low` even in flowing prose;
 * - `word`: a single classification word ("confidential"), dropped in lower-case prose;
 * - `label`: a word that is a marking only as a label ("internal"): bracketed, alone on its line, or after a prefix;
 * - `prefixed`: a word that is a marking only after a "Classification:" prefix or in brackets ("Intern").
 */
export type MarkingPhrases = [phrase: string, word: string, label?: string, prefixed?: string];
/** A tier by its pattern's group (its place in MarkingPhrases plus one), which the build writes as a number. */
const enum Tier {
  Phrase = 1,
  Word,
  Label,
  Prefixed,
}

// "Classification:" (maybe in Markdown bold: "**Classification:**"), "Niveau de confidentialité :", "Einstufung:",
// "Nivel de difusión:", "Etiqueta:", a Microsoft Purview label's name in a mail header (msip_labels:
// MSIP_Label_<id>_Name=Confidential), ... right before the label, on its line; a configuration's classification =
// Confidential too (an unquoted value after " =": code assigns a string, classification=Confidential or label =
// "CONFIDENTIAL", and no document's marking). ("Niveau de sensibilité :" is found by its "sensibilité", "Nivel de
// clasificación:" by its "clasificación": only a test, the pattern need not take in the words before.) A record's
// "classification" or "sensitivity" field, its name quoted ("classification": "COMPANY CONFIDENTIAL"); not a form's
// "label" nor a model's output in lower case ("classification": "internal", see markingConfidence).
// The words in the order gzip codes best: test() finds the same in any order.
export const PREFIX =
  /(?<![\p{L}\p{N}_.])(?:(?:pie de (?:p[áa]gina|hoja)|vertraulichkeit(?:sstufe)?|confidencialidad|niveau de confidentialit[ée]|classification["']?|sensitivity["']?|sensibilit[ée]|classified|security level|footer|pied de page|label|fu(?:ss|ß)zeile|dif?fusi[oó]n|mention|geheimhaltungsstufe|klassifi(?:zierung|kation)|marquage|sensibilidad|schutz(?:bedarf|stufe|klasse)|marking|etiqueta|einstufung|clasificaci[óo]n)[^\S\n]{0,3}[–:-]\**|msip_label_[\w-]+_name=|classification =(?! *["']))[^\S\n]{0,3}[(«["']?[^\S\n]{0,2}$/iu;
/**
 * The text before `start` on its line, 64 characters at most. Not found by searching back for the line's start,
 * which on a long line (a minified export) would cost the line's length for each phrase in it.
 */
export function lineBefore(text: string, start: number): string {
  return textBefore(text, start, 64).split('\n').pop()!;
}


// An opening bracket or a table/footer bar right before the label.
const OPENER = /[|(«<[{][^\S\n]{0,2}$/;
// A page number and a dash before the label, as page footers print it ("Seite 1/4 – Vertraulich"), or a gap of two
// blanks or a tab, as a header line sets the label apart at its right ("NÓMINA — enero 2025   Uso interno").
// Its alternatives in the order gzip codes best: test() finds the same in any order.
const SET_APART = /\S(?:\t| {2,})$|(?:p[áa]gina|page|seite) \d+(?:(?: \w{2,3} |\/)\d+)? [-–—|] $/i;
// The label ends its line, or is followed by a separator ("CONFIDENTIAL – do not forward", "INTERNAL]"); not by a
// comma, which is how enum members and list items end. Its alternatives in the order gzip codes best: test() finds the
// same in any order.
const LABEL_END = /^[^\S\n]{0,3}(?:\n|$|[^\S\n]{2}|[-–—|:/*\])}>»_!=.])/;
// Member access, assignment or a call: an identifier in code, not a marking. A marking quoted after a word in lower
// case is named in a sentence ("information marquée « confidentielle »", "calificada como «Uso interno»"); a quoted
// heading, subject or stamp is a label.
// What comes before a marking that a capital makes a label (see markingConfidence): a dash between blanks after a title,
// or a meeting and its verb.
const TITLED = /\S [–—] $|(?:meeting|r[ée]union|reuni[óo]n) (?:is|est|ist|es) $/i;
const CODE_BEFORE = /['"`.$]$|[a-zà-ÿ] [“«„] ?$/;
// In the order gzip codes best: test() finds the same in any order.
const CODE_AFTER = /^(?:[^\S\n]?=(?!=+ *(?:\n|$))|\(|::|['"`])/;

/** Scores one occurrence of a marking phrase by how much it looks like a label; null drops it. */
export function markingConfidence(text: string, start: number, end: number, tier: Tier): Confidence | null {
  const value = text.slice(start, end);
  const before = lineBefore(text, start);
  const after = textAfter(text, end, 64);
  const upper = value === value.toUpperCase() && value !== value.toLowerCase();
  // A quoted field's value, or one assigned with "=", is a record's class (a network zone, a ticket's, a model's output, an
  // enum's value: classification = internal if ...) in lower case, or as a label-only word in mixed case ("classification":
  // "Internal"), not a marking.
  if (PREFIX.test(before)) return /["']$|= $/.test(before) && (value === value.toLowerCase() || (tier > Tier.Word && !upper)) ? null : 'high';
  if (CODE_BEFORE.test(before) || CODE_AFTER.test(after)) return null;
  const bracketed = OPENER.test(before);
  const labelEnd = LABEL_END.test(after);
  // Only decoration (bullets, a list's number: "1. ", "#", "**", "//", quotes) between the start of the line and the phrase.
  const atLineStart = before.length <= 8 && !/[\p{L}]|\d(?![\d.])/u.test(before);
  // Written with a capital, a marking ends a title after a dash between blanks ("Appel d'offres RFP-2024-048 — Diffusion
  // restreinte") and classifies a meeting declared as it starts ("This meeting is Confidential.", "Esta reunión es
  // Confidencial."); in lower case, both are prose ("The report — confidential — was leaked", "The meeting is
  // restricted.").
  const label = bracketed || ((atLineStart || SET_APART.test(before) || (TITLED.test(before) && value[0] < 'a')) && labelEnd);
  switch (tier) {
    case Tier.Phrase:
      if (upper) return label || atLineStart ? 'high' : 'medium';
      return label || atLineStart ? 'medium' : 'low';
    case Tier.Word:
      // "CONFIDENTIAL INFORMATION" and "Confidential Information means" use the word as an adjective, and so does a
      // bracket's "restricted" in lower case ("AIzaSy… (restricted, see console)": an API key's restriction; not an e-mail
      // subject's "(confidential, do not forward)").
      if (!labelEnd && (!bracketed || value == 'restricted')) return upper ? 'low' : null;
      if (upper) return label ? 'high' : 'medium';
      return label ? 'medium' : null;
    case Tier.Label:
      if (!label) return null;
      // A mixed-case "Internal" heading or "[Internal]" tag names a changelog section or a category far more
      // often than it classifies a document; upper case (or a "Classification:" prefix) is a marking.
      return upper ? 'high' : 'low';
    case Tier.Prefixed:
      return bracketed && labelEnd ? 'medium' : null;
  }
}

/**
 * A marking detector for one language: its phrases by tier, in tier order (each tier's a regex alternation, spaces
 * match 1-3 blanks). A list rather than an object keyed by tier name: the keys cost the content script 41 bytes gzipped.
 * An arrow function: terser writes a function as an arrow only where no `this` occurs in it, find's included (7 bytes gzipped).
 */
export const markingDetector = (id: string, cues: readonly string[], phrases: MarkingPhrases): Detector => {
  // One group per tier, in tier order, so that "strictly confidential" wins over "confidential" at the same position.
  // Built on first use: a Unicode pattern costs its parse when the content script loads.
  const pattern = lazy(() => {
    const groups = [Tier.Phrase, Tier.Word, Tier.Label, Tier.Prefixed].map((tier) => `(${(phrases[tier - 1] ?? '(?!)').replaceAll(' ', '[^\\S\\n]{1,3}')})`);
    return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${groups.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  });
  return {
    id,
    type: MARKING_TYPE,
    cues,
    find(text: string): Finding[] {
      const findings: Finding[] = [];
      for (const match of allMatches(pattern(), text)) {
        const tier: Tier = match.findIndex((group, i) => i && group !== undefined);
        const end = match.index + match[0].length;
        const confidence = markingConfidence(text, match.index, end, tier);
        // A dash then a short rest of the line in words says for whom ("Confidential – Investors only", "Confidentiel –
        // Associés uniquement", "INTERN - nur Geschäftsführung"): one marking, the whole line's phrase. Words only: a value
        // after the dash ("Confidential – call 06 12 34 56 78") is a finding of its own, and so is a password in a sentence
        // there ("INTERNAL ONLY - Wi-Fi password is Grand-Ours-Polaire").
        if (confidence) findings.push(finding(this, match.index, end + (/^ [–—-] (?![^\n]*pass)[a-z\xc0-\xff' -]{1,40}(?![^\n])/i.exec(textAfter(text, end, 48))?.[0].length ?? 0), confidence));
      }
      return findings;
    },
  };
};
