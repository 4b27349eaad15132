import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../utils/detect/resolve';
import type { Finding } from '../../../utils/detect/types';

const f = (type: string, start: number, end: number, confidence: Finding['confidence'], detector = type): Finding => ({ type, start, end, confidence, detector });
const rank = (order: string[]) => (id: string) => order.indexOf(id);

describe('resolveOverlaps', () => {
  it('keeps every finding when none overlap, sorted by position', () => {
    const out = resolveOverlaps([f('b', 10, 12, 'low'), f('a', 0, 5, 'high')], rank([]));
    expect(out.map((x) => x.type)).toEqual(['a', 'b']);
  });

  it.each([
    ['the more confident wins', [f('pii.phone', 0, 14, 'medium'), f('pii.credit_card', 0, 16, 'high')], 'pii.credit_card'],
    ['the more confident wins even when shorter', [f('pii.iban', 0, 27, 'low'), f('pii.eu_vat', 2, 15, 'medium')], 'pii.eu_vat'],
    ['at equal confidence, the longer wins', [f('secret.url_credentials', 0, 40, 'high'), f('pii.email', 10, 30, 'high')], 'secret.url_credentials'],
    ['at equal confidence and length, the detector ranked first wins', [f('x.second', 0, 9, 'medium', 'second'), f('x.first', 0, 9, 'medium', 'first')], 'x.first'],
  ])('%s', (_name, findings, winner) => {
    const out = resolveOverlaps(findings, rank(['first', 'second']));
    expect(out.map((x) => x.type)).toEqual([winner]);
  });

  it('a loser frees its span for a third, non-overlapping candidate', () => {
    // B beats A; C overlaps A only, so it survives.
    const out = resolveOverlaps([f('a', 0, 10, 'medium'), f('b', 0, 4, 'high'), f('c', 6, 12, 'medium')], rank([]));
    expect(out.map((x) => x.type)).toEqual(['b', 'c']);
  });

  it('lets region findings coexist with the values inside them', () => {
    const out = resolveOverlaps([f('code.source', 0, 500, 'medium'), f('secret.github_token', 40, 80, 'high')], rank([]));
    expect(out.map((x) => x.type)).toEqual(['code.source', 'secret.github_token']);
  });

  it.each([
    ['a token given as the password of a URL', [f('secret.url_credentials', 0, 80, 'high'), f('secret.gitlab_token', 15, 41, 'high')], ['secret.url_credentials', 'secret.gitlab_token']],
    ['a token found at medium', [f('secret.url_credentials', 0, 80, 'high'), f('secret.generic_api_key', 15, 41, 'medium')], ['secret.url_credentials', 'secret.generic_api_key']],
    ['an e-mail address inside a URL', [f('secret.url_credentials', 0, 40, 'high'), f('pii.email', 10, 40, 'high')], ['secret.url_credentials']],
    ['a phone number inside a URL', [f('secret.url_credentials', 0, 40, 'high'), f('pii.phone', 10, 20, 'high')], ['secret.url_credentials']],
    ['two tokens inside one URL that overlap each other', [f('secret.url_credentials', 0, 80, 'high'), f('secret.github_token', 15, 55, 'high'), f('secret.generic_api_key', 20, 50, 'medium')], ['secret.url_credentials', 'secret.github_token']],
    ['a token overlapping a secret that is not a URL', [f('secret.password_assignment', 0, 30, 'high'), f('secret.github_token', 5, 40, 'medium')], ['secret.password_assignment']],
  ])('URL credentials and the secrets inside: %s', (_name, findings, kept) => {
    expect(resolveOverlaps(findings, rank([])).map((x) => x.type)).toEqual(kept);
  });

  it('handles thousands of findings', () => {
    const many = Array.from({ length: 5000 }, (_, i) => f('t', i * 3, i * 3 + 5, i % 2 ? 'high' : 'low'));
    const out = resolveOverlaps(many, rank([]));
    for (let i = 1; i < out.length; i++) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
  });
});
