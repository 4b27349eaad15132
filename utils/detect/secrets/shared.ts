import { allMatches } from '../matches';
import type { Confidence } from '../types';

// Scratch space of entropy(): a count per ASCII code and the codes in order of first occurrence.
const asciiCounts = new Uint32Array(128);
const asciiOrder: number[] = [];

/** Shannon entropy of a string, in bits per character. */
export function entropy(value: string): number {
  // ASCII values, nearly all of them, are counted in a reused array instead of a Map. The terms are summed in
  // the order in which characters first occur, as the Map below does, so that the result is the same number.
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      ascii = false;
      break;
    }
    if (asciiCounts[code]++ === 0) asciiOrder.push(code);
  }
  let bits = 0;
  for (const code of asciiOrder) {
    if (ascii) {
      const p = asciiCounts[code] / value.length;
      bits -= p * Math.log2(p);
    }
    asciiCounts[code] = 0;
  }
  asciiOrder.length = 0;
  if (ascii) return bits;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/];

/** How many of the four character classes (lower, upper, digit, other) a string uses. */
export function charClasses(value: string): number {
  return CLASSES.filter((re) => re.test(value)).length;
}

// Marks of a value typed by a person rather than generated: documentation examples, masks, runs, sequences,
// test-mode keys (Stripe's sk_test_, pk_test_), which reach only a vendor's sandbox, and the storage emulator's
// (Azurite's) account key, which Microsoft publishes (Eby8vdM0...tr/K1SZFPTOtr/KBHBeksoGMGw==).
// A random token contains one of these with a probability below 1e-4. The words in the order gzip codes best: the
// alternatives that can match at the same place ('***' or 'xxxx' and (.)\1{5}) keep their order: the same matches.
const FAKE = /\*\*\*|example|sample|dummy|placeholder|redacted|your|xxxx|_test_|(.)\1{5}|0123456|1234567|abcdefg|K1SZFPTO/gi;

/** True when a token looks made up (AKIAIOSFODNN7EXAMPLE, ghp_xxxx..., runs and sequences). */
export function looksFake(value: string): boolean {
  // A person writes a word in one case (your, YOUR, Your); the same letters in a random mix of cases (AIza...9yOuRR...)
  // come from a generator, which writes mixed case throughout.
  return !!value.match(FAKE)?.some((word) => /^.[^A-Z]*$|^[^a-z]*$/.test(word));
}

/** Confidence of a token with a fixed vendor prefix: high, or low when it looks made up. */
export function prefixed(value: string): Confidence {
  return looksFake(value) ? 'low' : 'high';
}

// A value that names a secret instead of holding it: template variables (%NAME%, %(name)s, %s), a format string's field
// ({password}), environment and vault lookups, YAML tags (!vault, and Ansible's "!vault |" before its block), masks,
// angle-bracket placeholders, a log's redaction marker ([FILTERED]). A value that only starts with % or ! is a value
// (%Tr0ub4dor&3x, !Passw0rd), and so is one that starts with $, & or * followed by characters that no variable, anchor
// or mask holds ($rO7q^V, *&7oO*Lx: generated passwords), unlike $VAR, $env:X, $cfg['db'], *alias, and a crypt hash
// ($2y$10$...: the hash of a password, not one), nor its HMAC (hmac-sha256:..., as Vault's audit log writes each secret
// it handled). Nor a command's option, two dashes and words ("Build arg I pass: --build-arg NPM_TOKEN=..."; not
// --9JKzjiG?QGV).
// The alternatives in the order gzip codes best: test() finds the same in any order.
const REFERENCE =
  /^(?:[$&*][\w.:;${}[\]"'>*/-]*$|\$\(|[•x#?_.-]+$|\$\d\$rounds=|%(?:[sd]$|\w+%$|[{(])|<|![a-z]*(?: \|)?$|--[a-z-]+$|\[[ a-z_]+\]$|\{\w+}$|\[\[|hmac-sha\d+:)|vault:|\$\{|env[([]|^(?:[a-z_]{1,40}\.){1,8}[a-z_]{1,40}$|\{\{|environ|getenv|process\.env|secrets?\.|your[_-]/i;

// Words written in place of a value in documentation and code (compared lower-cased, whole value).
// The words in the order gzip codes best: test() finds the same in any order.
const WORDS =
  /^(?:value|string|str|example|text|secret|contraseña|motdepasse|tbd|redacted|pass|pwd|admin|masked|passwd|apikey|token|api_key|nil|true|false|null|hidden|empty|todo|test|key|n\/a|required|password|passwort|kennwort|none|optional|user|replace_me|username|passphrase|root|change_me|undefined)$/;

/** True when a value is a template variable, a lookup or a mask: it names a secret without holding it. */
export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}

/** True when a value is a placeholder word, a template variable or a lookup rather than a secret. */
export function isPlaceholder(value: string): boolean {
  return value.length < 3 || REFERENCE.test(value) || WORDS.test(value.toLowerCase());
}

/** Confidence of a URL's user:password@ pair: none for templates, low for placeholder words, else high. */
export function urlPasswordConfidence(url: string): Confidence | null {
  // The patterns let one "@" in, the one that ends the password (indexOf costs the content script fewer bytes than
  // lastIndexOf, for the same offset).
  const auth = url.slice(url.indexOf('://') + 3, url.indexOf('@'));
  const password = auth.slice(auth.indexOf(':') + 1);
  // A dotted name of identifiers is a reference (config.db.password, process.env.DB_PASS, Values.db.password); letters
  // in random case with a dot ("dRhg.TVtgjnPm": two capitals then a small letter, or a capital ending a part) are a
  // password, read without its dots.
  const undotted = /[a-z][A-Z](?![a-z])|[A-Z]{2}[a-z]/.test(password) ? password.replace(/\./g, '') : password;
  if (isReference(undotted)) return null;
  // Symfony's .env ships postgresql://app:!ChangeMe!@database.
  return isPlaceholder(undotted) || looksFake(password) || /^!?(?:secret\d*|changeme|pass(?:word)?\d*)!?$/i.test(password) ? 'low' : 'high';
}

/** Decodes a base64 or base64url string to a binary string; undefined when it is not base64. */
export function decodeBase64(base64: string): string | undefined {
  try {
    const standard = base64.replace(/-/g, '+').replace(/_/g, '/');
    return atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** Decodes a base64 or base64url string and parses it as JSON; undefined when either step fails. */
export function decodeJson(base64: string): unknown {
  try {
    // Not base64: JSON.parse reads undefined as the text "undefined", not JSON, and throws.
    return JSON.parse(decodeBase64(base64) as string);
  } catch {
    return undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when a value assigned to a secret-sounding key looks generated: letters and digits, high entropy,
 * not a URL, path, lookup, made-up value or a run of words, nor a UUID unless `uuid` and a random one, of version 4
 * (some services' API keys are: Pinecone's, Heroku's; documentation's 123e4567-e89b-12d3-... is of version 1).
 */
export function looksGenerated(value: string, uuid?: boolean): boolean {
  if (isReference(value) || looksFake(value) || (UUID.test(value) && !(uuid && /^.{14}4.{4}[89ab]/i.test(value))) || /^[./~]|:\/\//.test(value)) return false;
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // Identifiers and file names ("my-service-key-2024.json") are short words and numbers between separators.
  const parts = value.split(/[_./-]/);
  if (parts.length >= 3 && parts.every((part) => /^(?:[a-zA-Z]{0,12}|\d{0,8})$/.test(part))) return false;
  // Hex has only 16 symbols, so its entropy per character is lower for the same randomness.
  return entropy(value) >= (/^[0-9a-f]+$/i.test(value) ? 3 : 3.5);
}

/**
 * The cells under each column header that the global pattern `header` finds (from the separator before the header's
 * cell), while the rows below have as many cells: their offsets and values (trimmed, without quotes), empty ones left
 * out, and the header's match.
 */
export function columnCells(text: string, header: RegExp): [start: number, value: string, name: string][] {
  const cells: [number, string, string][] = [];
  // Where the rows read so far end: a header among them is one of their cells, not a table of its own (read again
  // for each such row, a text of many would cost its square); their header line may name other columns.
  let read = 0;
  let head = -1;
  for (const { index, 0: name } of allMatches(header, text)) {
    const top = text.lastIndexOf('\n', index) + 1;
    if (index < read && top !== head) continue;
    head = top;
    const sep = text[index];
    const count = text.slice(top, (read = text.indexOf('\n', index) >>> 0)).split(sep).length;
    const column = text.slice(top, index).split(sep).length;
    for (let at = read + 1, end = at; end < text.length; at = end + 1) {
      end = text.indexOf('\n', at) >>> 0;
      const row = text.slice(at, end).split(sep);
      if (row.length !== count) break;
      const value = row[column].trim().replace(/^"(.*)"$/, '$1');
      if (value) cells.push([text.indexOf(value, at + row.slice(0, column).join(sep).length), value, name]);
      read = end;
    }
  }
  return cells;
}
