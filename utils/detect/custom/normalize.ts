import { sha256Hex } from './sha256';

/** A word of a text: its normalized form and its UTF-16 offsets in the original text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
  /** True when only whitespace or joining punctuation separates it from the previous token. */
  linked: boolean;
}

// Letters with no Unicode decomposition that people still write without their diacritic.
const FOLD: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
// Scripts written without spaces: each character is a word of its own, so phrases still match.
const SOLO = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
// Marks and invisible format characters (soft hyphen, zero-width joiners) belong to the word around them.
const ATTACH = /[\p{M}\p{Cf}]/u;
// Characters that may separate the words of one phrase; anything else (a comma, a bracket) ends it.
const JOINERS = /[\s\-‐‑'’._/&·]/u;

// Per-character kind: a normalized string (a word character), '' for an attached character, or null
// for a separator (with `joiner` telling which). Non-ASCII results are cached: texts repeat characters.
const cache = new Map<string, string | null>();
function fold(ch: string): string | null {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (ATTACH.test(ch)) out = '';
  else {
    const norm = ch.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
    out = norm ? norm.replace(/[ßœæøłđðþı]/g, (c) => FOLD[c]) : null;
  }
  cache.set(ch, out);
  return out;
}

let lastText: string | undefined;
let lastTokens: Token[] = [];

/**
 * Splits `text` into words of letters and digits, lower-cased, accents removed, with offsets into the
 * original text, so normalization never shifts a finding. The last result is cached, because every
 * custom detector of a policy tokenizes the same paste.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  let current: Token | undefined;
  let linked = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let norm: string | null;
    if (code < 128) {
      norm = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? text[i] : null;
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) width = 2;
      const ch = text.slice(i, i + width);
      norm = fold(ch);
      if (norm && SOLO.test(ch)) {
        tokens.push({ norm, start: i, end: i + width, linked: current !== undefined || linked });
        current = undefined;
        linked = true;
        i += width;
        continue;
      }
    }
    if (norm === null) {
      // A separator closes the current word; the next word stays linked only through joiners.
      if (current) linked = true;
      current = undefined;
      if (!JOINERS.test(text[i])) linked = false;
    } else if (current) {
      current.norm += norm;
      current.end = i + width;
    } else if (norm) {
      current = { norm, start: i, end: i + width, linked: linked && tokens.length > 0 };
      tokens.push(current);
    }
    i += width;
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/**
 * Normalizes a term as the term and hashed detectors do: lower-case, accents removed, every run of
 * characters other than letters and digits collapsed to one space, trimmed ("Société  Générale" and
 * "SOCIETE-GENERALE" both give "societe generale").
 */
export function normalizeTerm(term: string): string {
  return tokenize(term)
    .map((token) => token.norm)
    .join(' ');
}

/** SHA-256 hex of normalizeTerm(term), synchronous: what a hashed dictionary holds for each term. */
export function hashTerm(term: string): string {
  return sha256Hex(normalizeTerm(term));
}
