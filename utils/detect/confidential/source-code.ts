import { charTable, inClass } from '../char-table';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';

// Lines are scored one by one: 2 for a line only code writes, 1 for a line with code tokens, 0.5 for a line
// of braces, 0 for a blank or neutral line, -1 for prose or data. Patterns are case-sensitive (keywords are
// lower-case) and anchored on a trimmed line of at most MAX_LINE characters, so each test is linear and short.
//
// Speed: the detector runs on every paste, and most lines of a paste are prose, data or logs. The text is
// walked in place (no split, no trimmed copies), and each line is first tested for code only: O(1) checks of
// its first and last characters decide which of the STRONG and WEAK regexes can match it at all, and only
// those run. While no block is open, a line that is not code is skipped at once, since only a block gives
// its score a use. Inside a block the rest follows (braces, DATA, prose), each behind an O(1) gate, and the
// charCode loops that count words and symbols run last, only when a native regex could not settle the case.
const MAX_LINE = 400;
// Lines only code writes: declarations and control flow by keyword, preprocessor, SQL, markup (STRONG_HEAD,
// which always starts with a character of KEYWORD_START), and statement ends (STRONG_TAIL, which only
// matches a line ending with "{", ";" or "=>"). A line is "strong" when either matches, or QUERY (a SELECT of
// columns, a PowerShell cmdlet with named parameters), which is tried on every line: anchored, it fails at once.
// The words of its alternations in the order gzip codes best: test() finds the same in any order.
// One pattern of the alternatives (each a line's start): declarations (functions, variables); Python's,
// Ruby's and others' definitions, classes, modules and imports; Ruby's and R's imports (require 'json', library(dplyr)),
// a Slurm batch script's #SBATCH directives, a Ruby block given a string or a symbol (a Chef resource: service 'nginx'
// do, an RSpec example: it "works" do |x|) and other imports and directives; modifiers, Rust's and Go's functions,
// return; control flow, and lower-case SQL's (a dbt model's) lone select and CTE head, with src as (; shell scripts'
// if/for/while ... ; then/do, their closing words, locals and set -e(uo pipefail); a batch file's if errorlevel / exist
// / defined, in lower case (in capitals, it starts sentences too); Visual Basic (Excel macros: Option Explicit, Sub
// Name(, Dim x As, Const X As), PowerShell's param block and its assignments of a string, a variable, a number, an
// array or a cmdlet's result ($TenantId = "...", $env:HOST = $h, $sec = ConvertTo-SecureString ...; not "$100 = Starter
// plan" nor a glossary's "$name = the release name"); SQL's statements and clauses in capitals (Snowflake's CREATE OR
// REPLACE STAGE, a MERGE and its WHEN MATCHED); a page's markup and its templates' (Angular's, Vue's, JSP's...), not a
// table's rows, which hold data (an HTML table pasted from Word), nor a doctype, which a property list has too: weak
// lines at most. One literal rather than a pattern built from one literal per kind of line (24 bytes gzipped of the
// content script): the same tests, as any alternative that matches at the start matches there in either.
// Its alternatives in the order gzip codes best: test() finds the same in any order.
const STRONG_HEAD =
  /^(?:(?:GROUP BY|ORDER BY|INSERT INTO|ALTER TABLE|FROM(?! \S+:)|SELECT|MERGE INTO|DROP TABLE|VALUES|CREATE (?:INDEX|OR REPLACE|TABLE|VIEW)|WHEN (?:NOT )?MATCHED|(?:INNER |LEFT )?JOIN|UPDATE|DELETE FROM|WHERE)\b|#define |if (?:not )?(?:exist|errorlevel|defined) |Option Explicit|param ?\(|(?:export (?:default )?)?(?:async )?function\b|require ['"]|\w+ ['":].* do(?: \|[\w, ]+\|)?$|(?:fi|done)$|(?:private|public|protected|static|override) .*[({;=]|def [\w.]+(?:[(?!]|$)|else ?[{:]|func [\w(]|class [A-Z]\w*(?: extends | implements | ?\{|[:{(<]|$)|try ?[{:]|finally ?[{:]|fn \w+[(<]|impl[ <]|import (?:[\w.]+(?: as \w+)?$|[{*'"]|\w+ from )|local \w+=|from [\w.]+ import |library\(\w+\)$|(?:if|for|while) .*; ?(?:then|do)$|(?:if|for|while|switch|catch) ?\(|(?:except|if|with|case|elif|for|while) .*:$|with \w+ as \(|} ?else\b|#include\b|#!\/|<\?php|using [\w.]+;|return\b|#SBATCH|module [A-Z][\w:]*$|select$|set -e|namespace \w|\$[A-Za-z_][\w:]* ?= ?(?:[\d"'$@([]|[A-Z][a-z]+-[A-Z])|<(?:section|li|template|head|script|input|style|div|span|body|form|html|ul|nav|button)\b|@\w+(?:\(|$)|package [a-z][\w.]*;?$|(?:Dim|Const|Sub) \w+(?:\(| As )|(?:const|let|va[lr]) [\w\${}[\], ]{1,60}(?: ?=|: ?[\w<[{]|;$)|else$)/;
// Windows batch files, whose commands are written in either case: @echo off, setlocal, endlocal, exit /b (lines only
// code writes, as STRONG_HEAD's).
// The words in the order gzip codes best: test() finds the same in any order.
const BATCH = /^(?:(?:set|end)local\b|@echo off|exit \/b)/i;
// Lines only code writes whose commas and words would make a CSV row or prose: SQL's SELECT of columns (with a letter in
// lower case, "_" or "*": a line of capitals starting SELECT is a ballot's or an advert's as often), and a PowerShell cmdlet
// given named parameters (Get-ADUser -Filter ..., Export-Csv -Path .\stale.csv -NoTypeInformation -Encoding UTF8).
// Its alternatives in the order gzip codes best: test() finds the same in any order.
const QUERY = /^(?:(?:GROUP|ORDER) BY [\w.]+(?: DESC|,|$)|SELECT .*[a-z_*]|[A-Z][a-z]+-[A-Z]\w* .* -[A-Z][a-z]|LOOP AT \S+ (?:INTO|ASSIGNING|WHERE)\b|END(?:IF|LOOP)\.$)/;
// The characters STRONG_HEAD and BATCH can start with, to skip them on most lines.
const KEYWORD_START = charTable(/[efclavdi#pnsourw}tmSDCAFWJGOVE<@$MIUL]/);
// nginx's directives, whose lines end as statements do ("server {", "listen 443 ssl;"): a configuration, not code. Most
// are in snake_case (server_name, proxy_pass, worker_processes): so are a few statements (PHP's require_once), which
// then count as neutral lines, but not C's types (size_t len;) nor a statement given a string (require_once 'x.php';).
// An assignment (index = 0;, addr := &net.UDPAddr{, index <<= 1;), a declaration (client_t *client = ...;), a call with
// a blank before its parenthesis (error (0, errno);) and R's client <- function(...) { are code. HCL's blocks
// (Terraform, Vault, Consul, Nomad: resource "aws_s3_bucket" "exports" {, listener "tcp" {, and a Terraform plan's
// ~ resource "aws_db_instance" "orders" {, its resources, data sources and modules marked as changed, created,
// destroyed, replaced or read: ~ + - -/+ <=) are configuration too: a
// lower-case type and quoted labels before the brace. Not C++'s extern "C" {. So are nftables' table inet filter { and
// chain input {, and wpa_supplicant's network={ (a name, "=" and the brace).
// The words in the order gzip codes best: test() finds the same in any order.
const CONFIG_DIRECTIVE = /^(?:(?:[a-z]+_[a-z_]+(?<!_t)|location|listen|map|table|deny|http|user|pid|gzip|events|types|server|sendfile|allow|root|chain|upstream|index|keepalive) (?![(<'"]|\**\w* ?\W*=)|(?:(?:[-~+]|-\/\+|<=) (?=resource|data|module))?(?!extern )[a-z_]+(?:(?: "[\w.-]*")+ |=)\{$)/;
// A statement of one or two words ending with ";" (return x;, i++;) holds no other ";": a CSV row ending with one
// (2563;Sofia;14:45;H 1.201;) is data. Nor does a statement hold three ";" (a for loop's line ends with its brace): a row
// of a semicolon-separated export ending with an empty cell (Paul Krüger;2025-04-09;089 558881;-;) is data too.
const STRONG_TAIL = /^(?:.*(?:\) ?\{|=> ?\{?|\{)$|(?=.*[(=)[\]'"+-])(?!(?:.*;){3}).*;$|[^\s;]+(?: [^\s;]+)?;$|[\w-]+: [^;:]+;$)/;
// Lines that hold code tokens: operators (Go's :=), calls, shell expansions ("$VAR", "${VAR}", $(command); not a YAML
// value's ${VAR}, a CI template's ${{ ... }}, a quoted price "$19.99" nor an accounting negative $(1,234)), a batch
// file's %VAR%, assignments (shell exports, batch sets, PHP, Perl and PowerShell $variables), tags (a doctype too),
// comments, a Go struct's field tags (`json:"id"`), a line ending with "):", or a parenthesised line (a row of values with
// a comma in it is then scored as BRACES).
// WEAK_ANYWHERE and WEAK_START together are one regex split in two, as the anchored half fails at once where
// the whole would be tried at every position; WEAK_START needs a leading "<", "/", "*", "#" or "(", or a "=" or
// "%" (%VAR%, in WEAK_ANYWHERE, slowed it by half).
// These patterns' alternatives in the order gzip codes best: test() finds the same in any order.
const WEAK_ANYWHERE = /\+\+|<\/\w+>|&&|::|[!=:]=|\w\([^)(]*\)|"\$(?!\{\{)[{A-Za-z_]|`\w+:"|=>|->|\|\||[+*/-]=|\$\([a-z]/;
// Inside a block, a shell script's command lines: a command in lower case given a flag, a path, a variable, a pipe, a
// redirection or a here-document among its first three arguments (chmod 600 /tmp/key, hugo --minify, docker push
// $REGISTRY:latest, cat > f <<'EOF'; not "and then run python main.py --dry-run", a sentence after the block).
// Not outside a block, where a sentence may name a path too; inside one, many words do not make such a line prose
// (echo "..." | docker login registry.gitlab.com -u alice --password-stdin).
// Its alternatives in the order gzip codes best: test() finds the same in any order.
const COMMAND = /^[a-z][\w.-]* (?:\S+ ){0,2}(?:[~.]?\/\w|\$[A-Z{]|-[-a-z]|[|>]|<<)/;
const WEAK_START = /^(?:.*%[a-z_A-Z]\w*%|(?:export |set |SET )?[\][$\w.]+ ?= ?\S|<!?\w+[^>]*>|# |\/\/|\*\/|\* |\/\*|\(.*\)[,;]?$)/;
// Data rows: JSON members, CSV rows, Markdown tables (their rows hold a second "|"), .env lines with an unquoted value
// (a quoted one, NPM_TOKEN="...", is a shell script's assignment as often: a weak line, which keeps a script after its
// shebang in one block, while a whole .env file of them is at most a low block), Java .properties (a dotted
// key with no blank around its "=", and a value neither quoted nor holding "(", "[" or "|": bootstrap.servers=...; not
// app.locals.title='Acme' nor window.dataLayer=window.dataLayer||[]) and YAML pairs, quoted e-mail lines. It cannot
// match a line that starts with none of '"', "|", ">", A-Z and ends with one of ";{}()" (see maybeData).
// Its alternatives in the order gzip codes best: test() finds the same in any order.
const DATA = /^(?:\|.*\||[A-Z][_A-Z0-9]{1,40}=(?!["'])[^ ]*$|[a-z][\w-]*(?:\.[\w-]+)+=[^\s'"`][^|['"`(]*$|[^,;{}()]*(?:,[^,;{}()]*){2,}$|>|"[^"]{1,80}" ?: ?|[\w-]{1,40}: [^;{}()]*$)/;
// A private key's armour and base64 lines (a key in a notebook's cell, between the cell's code): neither code nor prose.
const ARMOUR = /^(?:-----(?:BEGIN|END) .*|[\w+/]{40,}={0,2})$/;
// Lines of braces only: code structure, but JSON has them too, so they never count as evidence alone. So are a SQL
// dump's data: an INSERT with its values on the line, a row of values, (UN)LOCK TABLES. They keep a dump with its
// CREATE TABLE in one block, and alone (an export of rows) are not code. Its alternatives in the order gzip codes best:
// test() finds the same in any order.
const BRACES = /^(?:UN)?LOCK TABLES\b|^end$|^INSERT INTO .*VALUES ?\(|^\(.*,.*\)[,;]?$|^[{}()[\];,]+$/;
const BRACES_START = charTable(/[{}()[\];,eIUL]/);

// Character classes of the counting loop, in one lookup table over the first 256 char codes.
const LETTER = 1; // [A-Za-zÀ-ÿ]: a word is a maximal run of two or more, as /[A-Za-zÀ-ÿ]{2,}/g finds them.
const SYMBOL = 2; // [{}()[\];=<>/]: the symbols prose hardly uses (a URL's slashes included: its words are not prose).
const PERCENT = 3; // '%': a symbol after a letter, as a batch file's %VAR% ends (not a percentage: 12 %, 12%).
const CLASS = charTable(/[A-Za-zÀ-ÿ]/, /[{}()[\];=<>/]/, /%/);
// The characters String.prototype.trim removes: \s, tabulated for Latin-1.
const SPACE_PATTERN = /\s/;
const SPACE = charTable(SPACE_PATTERN);
const TWO_SYMBOLS = /[{}()[\];=<>/][^{}()[\];=<>/]*[{}()[\];=<>/]/;
const THREE_SYMBOLS = /[{}()[\];=<>/][^{}()[\];=<>/]*[{}()[\];=<>/][^{}()[\];=<>/]*[{}()[\];=<>/]/;

/** Whether `c` is a character String.prototype.trim removes. */
function isSpace(c: number): boolean {
  return c < 256 ? SPACE()[c] === 1 : SPACE_PATTERN.test(String.fromCharCode(c));
}

/** Whether DATA can match the trimmed line text[s, e): the CSV and YAML rows hold none of ";{}()". */
function maybeData(text: string, s: number, e: number): boolean {
  return inClass(DATA_FIRST, text, s) || !inClass(CODE_LAST, text, e - 1);
}
// The characters maybeData tests, tabulated: a regex tested on each line's characters costs the detector a third more.
const DATA_FIRST = charTable(/[A-Z"|>]/);
const CODE_LAST = charTable(/[{}();]/);

/**
 * The words and symbols of text[s, e): a word is a maximal run of two or more letters, a symbol one of
 * [{}()[\];=<>/], or a "%" after a letter.
 */
function counts(text: string, s: number, e: number): [words: number, symbols: number] {
  let words = 0;
  let run = 0;
  let symbols = 0;
  const classes = CLASS();
  for (let i = s; i < e; i++) {
    // Codes of 256 and above are in no class (undefined).
    const k = classes[text.charCodeAt(i)];
    if (k === LETTER) {
      if (++run === 2) words++;
    } else {
      if (k === SYMBOL || (k === PERCENT && run > 0)) symbols++;
      run = 0;
    }
  }
  return [words, symbols];
}

/**
 * Score of the trimmed line text[s, e), as described at the top of the file. When `exact` is false, a line
 * that cannot score 1 or more returns 0 early, with no DATA test and no counting: the caller then ignores
 * any score below 1. `literal` is true inside a literal that a line of code opened ("return {", "ConfigMap{").
 */
function lineScore(text: string, s: number, e: number, exact: boolean, literal: boolean): number {
  const length = e - s;
  if (!length || length > MAX_LINE) return 0;
  const first = text.charCodeAt(s);
  if (first === 96 && text.startsWith('```', s)) return 0;
  const t = text.slice(s, e);
  // Comments: #, *, //, /*, and the "|" that starts each line of a Laravel configuration's comments (a table row holds
  // another).
  const second = text.charCodeAt(s + 1);
  const last = text.charCodeAt(e - 1);
  const comment = first === 35 || first === 42 || (first === 47 && (second === 47 || second === 42)) || (first === 124 && t.indexOf('|', 1) < 0);
  // Code first: each regex but QUERY (anchored) only runs on a line that starts or ends as it needs ("{", ";" or "=>"
  // for STRONG_TAIL), and "):" needs none.
  const query = QUERY.test(t);
  const strong = query || (KEYWORD_START()[first] === 1 && (STRONG_HEAD.test(t) || BATCH.test(t))) || ((last === 123 || last === 59 || (last === 62 && text.charCodeAt(e - 2) === 61)) && STRONG_TAIL.test(t) && !CONFIG_DIRECTIVE.test(t));
  const command = !strong && exact && COMMAND.test(t);
  const weak =
    command ||
    (!strong &&
      ((last === 58 && text.charCodeAt(e - 2) === 41) ||
        WEAK_ANYWHERE.test(t) ||
        ((first === 60 || first === 47 || first === 42 || first === 35 || first === 40 || t.includes('=') || t.includes('%')) && WEAK_START.test(t))));
  const code = strong || weak || comment;
  if (!exact && !code) return 0;
  // The rules in their order: braces, data, prose (a comment when it starts like one), code, words. Inside a block, the
  // members of an object literal (apiKey: "...", in a JavaScript module's firebaseConfig = {...}) count as braces do,
  // inside a literal that a line of code opened ("= {", "return {", "ConfigMap{"; not JSON printed after the code): a
  // key, maybe quoted (a Go map's "group.id":   "payments-sink", a Python dict's), a literal value (a string, a number,
  // a boolean), unlike a note's words ("Dear: team,"), and a comma at the end, unlike YAML's. (The value's kinds in the
  // order gzip codes best: test() finds the same in any order.)
  if ((BRACES_START()[first] === 1 && BRACES.test(t)) || (literal && last === 44 && /^("?)[$\w.-]+\1: +(?:\d+|true|false|null|(['"`]).*\2),$/.test(t))) return 0.5;
  // Without code, data and prose (which has at least four words) both score -1, as do three words.
  if (!code) return !ARMOUR.test(t) && (counts(text, s, e)[0] > 2 || (maybeData(text, s, e) && DATA.test(t))) ? -1 : 0;
  if (!query && !command) {
    if (maybeData(text, s, e) && DATA.test(t)) return -1;
    // Prose: a sentence that ends like one, or many words with hardly a symbol. The first needs at most two symbols and
    // the second at most one, which a native regex rules out at once on nearly every code line; only the rest gets the
    // counting loop. Many words need blanks between them to be prose: a generated token's runs of letters are not words
    // (export GITLAB_TOKEN="glrt-IThzPLIcl5OGsY87rinT").
    const sentence = last === 46 || last === 63 || last === 33;
    if (!(sentence ? THREE_SYMBOLS : TWO_SYMBOLS).test(t)) {
      const [words, symbols] = counts(text, s, e);
      if ((sentence && words >= 4) || (words >= 8 && symbols <= 1 && /(?: \S+){4}/.test(t))) return comment ? 1 : -1;
    }
  }
  if (strong || weak) return strong ? 2 : 1;
  return counts(text, s, e)[0] > 2 ? -1 : 0;
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
  cues: [],
  find(text: string): Finding[] {
    // Fewer than two line breaks: no block of three lines.
    if (text.indexOf('\n', text.indexOf('\n') + 1) < 0) return [];
    const findings: Finding[] = [];
    let open = false;
    let blockStart = 0;
    let blockEnd = 0;
    let lines = 0;
    let code = 0;
    let strong = 0;
    let gap = 0;
    // Whether the lines since the last line of code are the members of a literal it opened (see lineScore).
    let literal = false;
    // An open block's confidence: none below 3 lines of code or half its lines, high for long dense blocks, low for borderline ones.
    const close = (): void => {
      // (An open block has a line at least: no density of 0/0.)
      const density = open ? code / lines : 0;
      if (code >= 3 && density >= 0.5) {
        const confidence = (strong >= 2 && density >= 0.6) || (strong >= 1 && code >= 5 && density >= 0.8) ? (code >= 8 && strong >= 5 && density >= 0.75 ? 'high' : 'medium') : 'low';
        findings.push(finding(this, blockStart, blockEnd, confidence));
      }
      open = false;
    };
    const n = text.length;
    for (let lineStart = 0; lineStart <= n; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      // The line's trimmed bounds, as String.prototype.trim would give them.
      let s = lineStart;
      let e = lineEnd;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      // A line of a notebook's cell (.ipynb) is a JSON string ending with "\n", which scan() makes " " and a line
      // break: the line starts with the string's opening quote, and the next with its closing one. It is read without
      // the quote.
      if (text.charCodeAt(s) === 34 && text.charCodeAt(lineEnd - 1) === 32 && text.charCodeAt(lineEnd + 1) === 34) s++;
      lineStart = lineEnd + 1;
      const score = lineScore(text, s, e, open, literal);
      const last = text.charCodeAt(e - 1);
      literal = score >= 1 ? last === 123 || last === 40 || last === 91 : literal && score === 0.5;
      if (score >= 1) {
        if (!open) {
          open = true;
          blockStart = s;
          lines = code = strong = 0;
        }
        // Prose lines inside a block (a docstring, a comment without markers) count against its density.
        lines += gap + 1;
        code++;
        if (score === 2) strong++;
        blockEnd = e;
        gap = 0;
      } else if (open && score === 0.5) {
        // Lines of braces only extend the block without counting for or against it.
        blockEnd = e;
        gap = 0;
      } else if (open && score < 0 && ++gap > 2) {
        close();
        gap = 0;
      }
    }
    close();
    return findings;
  },
};
