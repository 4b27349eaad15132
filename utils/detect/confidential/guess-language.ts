// Tell-tale constructs of each language; the language with the most hits wins. Order breaks ties, so
// the more specific language (TypeScript before JavaScript, C++ before C) comes first.
const SIGNS: readonly (readonly [string, RegExp])[] = [
  ['typescript', /\b(?:interface \w+ ?\{|type \w+ ?=|: (?:string|number|boolean|void)\b|as const\b|import type\b)/g],
  ['javascript', /\b(?:function\b|const \w+ ?=|let \w+ ?=|=>|console\.log|require\(|document\.)/g],
  ['python', /^[ \t]*(?:def \w+\(.*\):|class \w+.*:$|import \w+$|from [\w.]+ import|elif\b|print\()|\bself\.|\bNone\b/gm],
  ['java', /\b(?:public class|System\.out|private static|import java\.|@Override|String\[\])/g],
  ['csharp', /\b(?:using System|namespace \w|Console\.Write|public async Task|\{ get; set; \})/g],
  ['go', /^package \w+$|\bfunc \w*\(|:= |\bfmt\./gm],
  ['rust', /\b(?:fn \w+|let mut|impl\b|println!|pub fn|&mut|->)/g],
  ['cpp', /#include <(?:iostream|vector|string)>|\bstd::|\bcout\b|\btemplate</g],
  ['c', /#include <\w+\.h>|\bprintf\(|\bint main\(|\bmalloc\(/g],
  ['php', /<\?php|\$this->|\becho \$|\bfunction \w+\(\$/g],
  ['ruby', /^[ \t]*(?:end|puts .*|require '\w+'|def \w+[^:(]*)$|\.each do\b/gm],
  ['sql', /\b(?:SELECT .{1,200}FROM|INSERT INTO|CREATE TABLE|UPDATE \w+ SET|WHERE \w+ ?=|GROUP BY|JOIN \w+ ON)\b/gi],
  ['shell', /^#!\/bin\/(?:ba)?sh|^[ \t]*(?:fi|done|esac)$|\becho \$|\bsudo |\$\{\w+\}/gm],
  ['html', /<(?:html|head|body|div|span|p|a|ul|li|table)\b[^>]*>|<\/\w+>/g],
  ['css', /^[ \t]*[.#]?[\w-]+(?: [.#]?[\w-]+)* ?\{$|^[ \t]*[\w-]+: [^;]+;$/gm],
];

/** The most likely language of a block of source code (e.g. "python", "typescript"), or null when unclear. */
export function guessLanguage(code: string): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const [language, pattern] of SIGNS) {
    const hits = code.match(pattern)?.length ?? 0;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return best;
}
