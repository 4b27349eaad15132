import { describe, expect, it } from 'vitest';
import { countByType, scan } from '../../../utils/detect/scan';
import type { Detector } from '../../../utils/detect/types';

describe('scan', () => {
  it('reports every finding sorted by position, with UTF-16 offsets', () => {
    const text = 'Client : Zoé Dupont <zoe.dupont@example.fr>, carte 4111 1111 1111 1111, copie à a@acme-demo.com';
    const findings = scan(text);
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['pii.email', 'zoe.dupont@example.fr'],
      ['pii.credit_card', '4111 1111 1111 1111'],
      ['pii.email', 'a@acme-demo.com'],
    ]);
  });

  // The detectors' own tests call find() without the prefilter's keywords, so they run every pattern; scan() passes the
  // keywords, and the patterns that wait for one run only when it is there. Synthetic values.
  it.each([
    ['a PHP constant', "define('MAILER_API_KEY', 'qX7vL2mN8rT5wY3zA1bC4dE6fG0hJ9kP');", 'secret.generic_api_key', 'qX7vL2mN8rT5wY3zA1bC4dE6fG0hJ9kP'],
    ['a header set by nginx', 'location /metrics {\n  proxy_set_header X-Api-Key 650c4c7659b941fb8fc73b373250b385;\n}', 'secret.generic_api_key', '650c4c7659b941fb8fc73b373250b385'],
    ["Apache's SetEnv", 'SetEnv MAPS_API_KEY qX7vL2mN8rT5wY3zA1bC4dE6fG0hJ9kP', 'secret.generic_api_key', 'qX7vL2mN8rT5wY3zA1bC4dE6fG0hJ9kP'],
    ["Apache's SetEnv of a password", 'SetEnv APP_DB_PASSWORD Ru1KRX0evItJRUYJ', 'secret.password_assignment', 'Ru1KRX0evItJRUYJ'],
  ])('finds %s through the prefilter', (_name, text, type, value) => {
    expect(scan(text, { minConfidence: 'medium' }).map((f) => [f.type, text.slice(f.start, f.end)])).toContainEqual([type, value]);
  });

  // Synthetic values (test card, the IBAN of bank documentation, a made-up phone) spaced as word processors do.
  it.each([
    ['no-break space', '\u00a0'],
    ['figure space', '\u2007'],
    ['thin space', '\u2009'],
    ['narrow no-break space', '\u202f'],
  ])('reads numbers spaced with a %s, at the offsets of the original text', (_name, space) => {
    const values: [string, string][] = [
      ['pii.credit_card', '4111 1111 1111 1111'],
      ['pii.iban', 'FR76 3000 6000 0112 3456 7890 189'],
      ['pii.phone', '06 12 34 56 78'],
    ];
    const text = values.map(([, value]) => `Valeur : ${value.replaceAll(' ', space)}.`).join('\n');
    expect(scan(text).map((f) => [f.type, text.slice(f.start, f.end).replaceAll(space, ' ')])).toEqual(values);
  });

  it('reads an escaped line break (\\n in iCalendar, JSON or logs) as a line break, at the offsets of the original text', () => {
    const text = 'DESCRIPTION:Conference ID: 055 461 020#\\nClassification: VERTRAULICH\\nVersion 4.5.31.72\\nGPS 48.59';
    expect(scan(text).filter((f) => f.confidence !== 'low').map((f) => [f.type, text.slice(f.start, f.end), f.confidence])).toEqual([['confidential.marking', 'VERTRAULICH', 'high']]);
  });

  it('returns nothing for clean text', () => {
    expect(scan('Summarize this meeting: we agreed on the Q3 roadmap, version 2.4.1, budget 12 000 €.')).toEqual([]);
  });

  it('skips a detector whose prefilter keywords are absent', () => {
    let calls = 0;
    const detector: Detector = { id: 'x', type: 'custom.x', cues: ['needle'], find: () => (calls++, []) };
    scan('haystack only', { detectors: [detector] });
    expect(calls).toBe(0);
    scan('a NEEDLE here', { detectors: [detector] });
    expect(calls).toBe(1);
  });

  it('counts findings per type without their values', () => {
    const counts = countByType(scan('a@acme-demo.com b@acme-demo.com 4111111111111111'));
    expect(counts).toEqual([
      { type: 'pii.email', count: 2 },
      { type: 'pii.credit_card', count: 1 },
    ]);
  });

  it('handles a 3 MB paste without catastrophic backtracking', () => {
    // Worst cases for the two patterns: long runs of digits and of e-mail characters with one @.
    const text = `${'1'.repeat(2_000_000)} ${'a.'.repeat(1_000_000)}@ ${'4111 '.repeat(200_000)}`;
    const findings = scan(text);
    expect(findings.every((f) => f.end <= text.length)).toBe(true);
  });
});
