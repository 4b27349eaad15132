import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '../../fixtures/corpus/context';
import { evaluate, isScoredType, matchDocument, spansMatch } from '../../eval/score';

const label = (type: string, start: number, end: number) => ({ type, start, end });

describe('spansMatch', () => {
  it('needs the same type', () => {
    expect(spansMatch(label('pii.email', 0, 10), label('pii.phone', 0, 10))).toBe(false);
    expect(spansMatch(label('pii.email', 0, 10), label('pii.email', 0, 10))).toBe(true);
  });

  it('needs an overlap of at least half of the label', () => {
    expect(spansMatch(label('pii.iban', 10, 20), label('pii.iban', 15, 40))).toBe(true); // 5 of 10
    expect(spansMatch(label('pii.iban', 10, 20), label('pii.iban', 16, 40))).toBe(false); // 4 of 10
    expect(spansMatch(label('pii.iban', 10, 21), label('pii.iban', 15, 40))).toBe(true); // 6 of 11
    expect(spansMatch(label('pii.iban', 10, 21), label('pii.iban', 16, 40))).toBe(false); // 5 of 11
  });

  it('counts half of the label, not of the finding', () => {
    // A finding much longer than the label still matches when it covers the label.
    expect(spansMatch(label('code.source', 100, 110), label('code.source', 0, 1000))).toBe(true);
    // A finding covering a small part of a long label does not.
    expect(spansMatch(label('secret.private_key', 0, 1000), label('secret.private_key', 0, 400))).toBe(false);
  });

  it('does not match touching spans', () => {
    expect(spansMatch(label('pii.email', 0, 1), label('pii.email', 1, 2))).toBe(false);
  });
});

describe('matchDocument', () => {
  it('matches each label at most once and each finding at most once', () => {
    const labels = [label('pii.phone', 0, 10)];
    const findings = [label('pii.phone', 0, 10), label('pii.phone', 2, 10)];
    const result = matchDocument(labels, findings);
    expect(result.matched).toHaveLength(1);
    expect(result.spurious).toHaveLength(1);
    expect(result.missed).toHaveLength(0);
  });

  it('does not let one finding satisfy two labels', () => {
    const labels = [label('pii.email', 0, 10), label('pii.email', 10, 20)];
    const findings = [label('pii.email', 0, 20)];
    const result = matchDocument(labels, findings);
    expect(result.matched).toHaveLength(1);
    expect(result.missed).toHaveLength(1);
    expect(result.spurious).toHaveLength(0);
  });

  it('finds the pairing that matches the most labels', () => {
    // Greedy would give finding A to label 1 (larger overlap) and leave label 2 unmatched.
    const labels = [label('pii.phone', 0, 10), label('pii.phone', 8, 12)];
    const findingA = label('pii.phone', 0, 12);
    const findingB = label('pii.phone', 0, 6);
    const result = matchDocument(labels, [findingA, findingB]);
    expect(result.matched).toHaveLength(2);
    expect(result.matched.find((m) => m.label.start === 8)?.finding).toBe(findingA);
  });

  it('counts a type mismatch as one false negative and one false positive', () => {
    const result = matchDocument([label('pii.fr_siret', 0, 14)], [label('pii.credit_card', 0, 14)]);
    expect(result.matched).toHaveLength(0);
    expect(result.missed).toHaveLength(1);
    expect(result.spurious).toHaveLength(1);
  });

  it('leaves person names and custom rules out of scoring', () => {
    expect(isScoredType('pii.person_name')).toBe(false);
    expect(isScoredType('custom.project-names')).toBe(false);
    expect(isScoredType('pii.email')).toBe(true);
    const result = matchDocument([], [label('pii.person_name', 0, 5), label('custom.x', 0, 3)]);
    expect(result.spurious).toHaveLength(0);
  });
});

describe('evaluate', () => {
  const docs: CorpusDoc[] = [
    { id: 'p1', lang: 'en', genre: 'email', negative: false, text: 'mail a@example.com now', labels: [label('pii.email', 5, 18)] },
    { id: 'p2', lang: 'en', genre: 'email', negative: false, text: 'card 4111 and b@example.com', labels: [label('pii.email', 14, 27)] },
    { id: 'n1', lang: 'fr', genre: 'csv', negative: true, text: 'é'.repeat(500), labels: [] },
  ];
  const findings: Record<string, { type: string; start: number; end: number }[]> = {
    'mail a@example.com now': [label('pii.email', 5, 18)],
    'card 4111 and b@example.com': [label('pii.credit_card', 5, 9)],
    ['é'.repeat(500)]: [label('pii.phone', 0, 10)],
  };
  const report = evaluate(docs, (text) => findings[text] ?? []);

  it('computes precision and recall per type and overall', () => {
    expect(report.perType['pii.email']).toMatchObject({ labels: 2, tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.perType['pii.credit_card']).toMatchObject({ labels: 0, tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(report.overall).toMatchObject({ labels: 2, tp: 1, fp: 2, fn: 1 });
    expect(report.overall.precision).toBeCloseTo(1 / 3);
  });

  it('counts false positives per 100 KB of UTF-8 hard-negative text', () => {
    expect(report.negativeBytes).toBe(1000); // 500 x 2 bytes
    expect(report.negativeFp).toBe(1);
    expect(report.fpPer100KB).toBeCloseTo(100);
  });

  it('keeps examples with their context', () => {
    expect(report.fnExamples[0]).toMatchObject({ kind: 'FN', docId: 'p2', value: 'b@example.com', before: 'card 4111 and ' });
    expect(report.fpExamples[0]).toMatchObject({ kind: 'FP', negativeDoc: true, type: 'pii.phone' });
  });
});
