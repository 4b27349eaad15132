import type { Confidence, Detector, Finding } from '../types';

// Lines are scored one by one: 2 for a line only code writes, 1 for a line with code tokens, 0 for a
// blank or neutral line, -1 for prose or data. Patterns are case-sensitive (keywords are lower-case) and
// anchored on a trimmed line of at most MAX_LINE characters, so each test is linear and short.
const MAX_LINE = 400;
// Lines only code writes: declarations and control flow by keyword, preprocessor, SQL, markup, and statement
// ends (";" after an operator, a call or a quote, or a short statement such as "break;").
const STRONG = new RegExp(
  [
    String.raw`(?:export (?:default )?)?(?:async )?function\b|(?:const|let|var) [\w\${}[\], ]{1,60}(?: ?=|: ?[\w<[{]|;$)`,
    String.raw`def \w+\(|class [A-Z]\w*(?:[:({<]| ?\{| extends | implements |$)|import (?:[\w.]+(?: as \w+)?$|[{*'"]|\w+ from )`,
    String.raw`from [\w.]+ import |#include\b|#define |#!\/|package (?:[a-z][\w.]*;|main)$|using [\w.]+;|namespace \w`,
    String.raw`(?:public|private|protected|static|override) .*[({;=]|fn \w+[(<]|func [\w(]|impl[ <]|return\b`,
    String.raw`(?:if|for|while|switch|catch) ?\(|} ?else\b|else ?[{:]|else$|(?:if|elif|while|with|for|except|case) .*:$|try ?[{:]|finally ?[{:]`,
    String.raw`(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|DROP TABLE|FROM|WHERE|(?:LEFT |INNER )?JOIN|GROUP BY|ORDER BY|VALUES)\b`,
    String.raw`<\?php|<!DOCTYPE|<(?:html|head|body|div|span|script|style|template|form|input|button|table|tr|td|ul|li|section|nav)\b`,
    String.raw`@\w+(?:\(|$)|.*(?:\{|\) ?\{|=> ?\{?)$|(?=.*[=()[\]'"+-]).*;$|\S+(?: \S+)?;$|[\w-]+: [^;:]+;$`,
  ]
    .map((part) => `^(?:${part})`)
    .join('|'),
);
// Lines that hold code tokens: operators, calls, assignments, tags, comments.
const WEAK = /=>|->|::|[!=]==?|&&|\|\||[+\-*/]=|\+\+|<\/\w+>|^<\w+[^>]*>|^(?:\/\/|\/\*|\*\/|\* |# )|\w\([^()]*\)|^[\w.[\]]+ ?= ?\S|\):$/;
// Data rows: JSON members, CSV rows, Markdown tables, .env and YAML pairs, quoted e-mail lines.
const DATA = /^(?:"[^"]{1,80}" ?: ?|[^,;{}()]*(?:,[^,;{}()]*){2,}$|\||[A-Z][A-Z0-9_]{1,40}=[^ ]*$|>|[\w-]{1,40}: [^;{}()]*$)/;
// Lines of braces only: code structure, but JSON has them too, so they never count as evidence alone.
const BRACES = /^[{}()[\];,]+$|^end$/;

function lineScore(line: string): number {
  const t = line.trim();
  if (t === '' || t.length > MAX_LINE || t.startsWith('```')) return 0;
  if (BRACES.test(t)) return 0.5;
  if (DATA.test(t)) return -1;
  // Prose: a sentence that ends like one, or many words with hardly a symbol.
  const words = t.match(/[A-Za-zÀ-ÿ]{2,}/g)?.length ?? 0;
  const symbols = t.match(/[{}()[\];=<>]/g)?.length ?? 0;
  if ((/[.?!]$/.test(t) && words >= 4 && symbols <= 2) || (words >= 8 && symbols <= 1)) return /^(?:\/\/|#|\/?\*)/.test(t) ? 1 : -1;
  if (STRONG.test(t)) return 2;
  return WEAK.test(t) ? 1 : words >= 3 ? -1 : 0;
}

/**
 * Source code: a block of at least 3 lines where most lines carry code tokens and at least two are lines
 * only code writes. JSON, YAML, .env and CSV are data, not code, and Markdown lists, e-mails and prose
 * never qualify. One finding spans each block; `high` for long dense blocks, `low` for borderline ones.
 */
export const sourceCodeDetector: Detector = {
  id: 'source-code',
  type: 'code.source',
  // Code has no single mandatory keyword; the early exit below keeps texts of one or two lines free.
  prefilter: [],
  find(text: string): Finding[] {
    let newlines = 0;
    for (let i = text.indexOf('\n'); i >= 0 && newlines < 2; i = text.indexOf('\n', i + 1)) newlines++;
    if (newlines < 2) return [];
    const findings: Finding[] = [];
    const lines = text.split('\n');
    let offset = 0;
    let block: { start: number; end: number; lines: number; code: number; strong: number } | undefined;
    let gap = 0;
    const close = (): void => {
      if (block) {
        const confidence = blockConfidence(block.lines, block.code, block.strong);
        if (confidence) findings.push({ type: 'code.source', start: block.start, end: block.end, confidence, detector: 'source-code' });
      }
      block = undefined;
    };
    for (const line of lines) {
      const score = lineScore(line);
      const start = offset + line.length - line.trimStart().length;
      const end = offset + line.trimEnd().length;
      offset += line.length + 1;
      if (score >= 1) {
        if (!block) block = { start, end, lines: 0, code: 0, strong: 0 };
        // Prose lines inside a block (a docstring, a comment without markers) count against its density.
        block.lines += gap + 1;
        block.code++;
        if (score === 2) block.strong++;
        block.end = end;
        gap = 0;
      } else if (block && score === 0.5) {
        // Lines of braces only extend the block without counting for or against it.
        block.end = end;
        gap = 0;
      } else if (block && score < 0 && ++gap > 2) {
        close();
        gap = 0;
      }
    }
    close();
    return findings;
  },
};

function blockConfidence(lines: number, code: number, strong: number): Confidence | null {
  const density = code / lines;
  if (code < 3 || density < 0.5) return null;
  if ((strong >= 2 && density >= 0.6) || (strong >= 1 && code >= 5 && density >= 0.8)) return code >= 8 && strong >= 5 && density >= 0.75 ? 'high' : 'medium';
  return 'low';
}
