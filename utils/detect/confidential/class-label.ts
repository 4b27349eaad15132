import { textAfter, textBefore } from '../context';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';
import { lineBefore, MARKING_TYPE, PREFIX } from './marking';

// C1..C4 standing alone: not "C3PO", "AC2", "C2-C3" (vertebrae) or "v1.C2". Tried only where a capital C is
// followed by 1 to 4: indexOf finds those far faster than the pattern (or keywords "c1" to "c4") could.
const LABEL = /(?<![\p{L}\p{N}_][./-]?)C[1-4](?![\p{L}\p{N}_]|[./-][\p{L}\p{N}])/uy;
// The class name that follows a label ("C3 – Confidential", "[C2 - Internal]"): part of the marking.
// The names in the order gzip codes best: each ends a word and no two of them match the same words, so any order finds the same.
const CLASS_NAME =
  /^[^\S\n]{0,2}(?:[-–—|:/][^\S\n]{0,2})?[([]?(?:secret|restringid[oa]|company confidential|restricted|strictly confidential|highly confidential|confidential|(?:solo para )?uso interno|difusi[óo]n restringida|usage interne|strictement confidentiel(?:le)?|estrictamente confidencial|limit[ée]e?|internal(?: use)?(?: only)?|interne?|interno|streng vertraulich|confidentiel(?:le)?|vertraulich|confidencial|restreinte?|sensitive|sensible|diffusion restreinte)(?![\p{L}\p{N}_])/iu;

/** Classification levels C1-C4 written as labels: after "Classification:", or followed by their class name. */
export const classLabelDetector: Detector = {
  id: 'marking-class-level',
  type: MARKING_TYPE,
  cues: [],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (let start = text.indexOf('C'); start >= 0; start = text.indexOf('C', start + 1)) {
      const level = text.charCodeAt(start + 1);
      LABEL.lastIndex = start;
      if (level < 49 || level > 52 || !LABEL.test(text)) continue;
      const named = CLASS_NAME.exec(textAfter(text, start + 2, 38));
      // A public class ("C1 – Public", "C1 – Öffentlich", "C1 : Publique", "C1 - Público") declares that the document
      // may be shared: no marking. (The words in the order gzip codes best: test() finds the same in any order.)
      if (/^\W{0,4}(?:öffentl|p[úu]bli)/i.test(textAfter(text, start + 2, 12))) continue;
      const end = start + 2 + (named ? named[0].length : 0);
      // Alone in brackets ("[C2]") it is probably a label, but "(C4)" is also a plant type or an explosive.
      const bracketed = /[[(][^\S\n]?$/.test(textBefore(text, start, 2)) && /^[^\S\n]?[\])]/.test(textAfter(text, end, 2));
      // Alone on the first line, a banner at the top of the page ("C2"): a label, though the bare level names no class.
      // Not C1, the public class in many schemes. Not on a later line, after a heading's dash ("NEW STARTER CHECKLIST —
      // C3") nor before a dash and a title: that is also how a CV gives a language level (Anglais, then C2; ANGLAIS — C2;
      // "C2 – Anglais courant"), and how lists give driving licence classes, seats, cells and car models (SEAT — C3,
      // "C4 – Citroën Grand Picasso"). (A line break or the end in the order gzip codes best: test() finds the same.)
      const banner = level > 49 && /^[^\S\n]*(?:\n|$)/.test(textAfter(text, end, 9)) && !text.slice(0, start).trim();
      // A "Classification:"-like prefix right before it on its line names what the level is.
      const confidence = named || PREFIX.test(lineBefore(text, start)) ? 'high' : banner ? 'medium' : bracketed ? 'low' : null;
      if (confidence) findings.push(finding(this, start, end, confidence));
    }
    return findings;
  },
};
