/**
 * The contenders of the detection benchmark. Each one takes a text and returns how many things it found
 * (or a promise of it, for secretlint), so that the work cannot be optimised away and the counts can be
 * shown next to the timings.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { SyncRedactor } from 'redact-pii';
import { scan } from '../../utils/detect/scan';

/** One contender: a named detector run on a whole text. */
export interface Contender {
  name: string;
  /** Runs the contender once on `text` and returns how many findings it reported. */
  run(text: string): number | Promise<number>;
  /** When set, the contender stops being measured on an input once its measured time exceeds this. */
  budgetMs?: number;
}

/**
 * About two dozen typical personal-data and secret patterns, as a naive detector would write them:
 * no validation, no context, one alternation.
 */
const BASELINE_PATTERNS: readonly string[] = [
  String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, // e-mail
  String.raw`\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}\b`, // card-like digit groups
  String.raw`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b`, // IBAN-like
  String.raw`(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{2,4}[ .-]?\d{2,4}(?:[ .-]?\d{2,4})?`, // phone-like
  String.raw`\b(?:\d{1,3}\.){3}\d{1,3}\b`, // IPv4
  String.raw`AKIA[0-9A-Z]{16}`, // AWS access key id
  String.raw`ghp_[A-Za-z0-9]{36}`, // GitHub token
  String.raw`xox[bp]-[0-9A-Za-z-]{10,}`, // Slack token
  String.raw`sk_live_[0-9A-Za-z]{24,}`, // Stripe secret key
  String.raw`AIza[0-9A-Za-z_-]{35}`, // Google API key
  String.raw`sk-[A-Za-z0-9_-]{20,}`, // OpenAI-style key
  String.raw`hf_[A-Za-z]{30,}`, // Hugging Face token
  String.raw`npm_[A-Za-z0-9]{36}`, // npm token
  String.raw`SG\.[\w-]{22}\.[\w-]{43}`, // SendGrid key
  String.raw`-----BEGIN [A-Z ]+-----`, // PEM block
  String.raw`eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+`, // JWT-ish
  String.raw`postgres(?:ql)?:\/\/[^\s:@]+:[^\s@]+@[^\s\/]+`, // database URL with credentials
  String.raw`https?:\/\/[^\s:@\/]+:[^\s@\/]+@[^\s\/]+`, // URL with user:pass
  String.raw`[Pp]ass(?:word|wd)\s*[=:]\s*\S+`, // password=
  String.raw`[Aa][Pp][Ii][_-]?[Kk][Ee][Yy]\s*[=:]\s*\S+`, // api_key=
  String.raw`CONFIDENTIAL|INTERNAL ONLY`, // confidentiality marking
  String.raw`\b\d{3}-\d{2}-\d{4}\b`, // US SSN-like
  String.raw`\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`, // UK NINO-like
  String.raw`\b[12]\d{2}(?:0[1-9]|1[0-2])(?:\d{2}|2[AB])\d{6}\d{2}\b`, // French NIR-like
];

/** The baseline's single combined expression. */
export const BASELINE_REGEX = new RegExp(BASELINE_PATTERNS.map((p) => `(?:${p})`).join('|'), 'g');

/** The baseline: one plain RegExp pass over the combined patterns, counting matches. */
function baselineContender(): Contender {
  return {
    name: 'baseline',
    run(text) {
      let count = 0;
      for (const _match of text.matchAll(BASELINE_REGEX)) count++;
      return count;
    },
  };
}

/** Vigie's full engine with every registered detector. */
function vigieContender(): Contender {
  return { name: 'vigie', run: (text) => scan(text).length };
}

/** Upper-case placeholders such as EMAIL_ADDRESS, which redact-pii writes in place of what it finds. */
const PLACEHOLDER = /\b[A-Z]{3,}(?:_[A-Z]+)*\b/g;

/** Counts placeholder-like words in a text. */
function countPlaceholders(text: string): number {
  return text.match(PLACEHOLDER)?.length ?? 0;
}

/**
 * redact-pii's synchronous redactor with its default built-ins. It returns the redacted text, so the
 * finding count is approximated by how many placeholder-like words the redaction added.
 */
function redactPiiContender(budgetMs: number): Contender {
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii',
    budgetMs,
    run: (text) => Math.max(0, countPlaceholders(redactor.redact(text)) - countPlaceholders(text)),
  };
}

/** secretlint's core with the recommended rule preset, linting the text in memory. */
function secretlintContender(): Contender {
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }] };
  return {
    name: 'secretlint',
    async run(text) {
      const result = await lintSource({
        source: { filePath: '/virtual/paste.txt', content: text, contentType: 'text' },
        options: { config },
      });
      return result.messages.length;
    },
  };
}

/** Every contender, baseline first; redact-pii gets a time budget per input because it is slow. */
export function createContenders(redactPiiBudgetMs: number): Contender[] {
  return [baselineContender(), vigieContender(), redactPiiContender(redactPiiBudgetMs), secretlintContender()];
}
