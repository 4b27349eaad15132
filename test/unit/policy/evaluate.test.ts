import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/detect/types';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { evaluate, policyConfidenceFloor, typeMatches } from '../../../utils/policy/evaluate';
import type { Policy } from '../../../utils/policy/schema';

const finding = (type: string, confidence: Finding['confidence'] = 'high'): Finding => ({ type, start: 0, end: 1, confidence, detector: 'test' });
const ctx = (...findings: Finding[]) => ({ site: 'chatgpt.com', kind: 'paste' as const, findings });

const policy: Policy = {
  mode: 'enforce',
  failMode: 'open',
  defaultAction: 'log',
  rules: [
    { id: 'secrets', types: ['secret.*'], action: 'block', message: { en: 'No secrets in AI tools.' } },
    { id: 'cards', types: ['pii.credit_card'], action: 'warn' },
    { id: 'emails-high', types: ['pii.email'], minConfidence: 'high', action: 'allow' },
  ],
};

describe('evaluate', () => {
  it.each([
    ['nothing found', [], 'allow', undefined],
    ['a wildcard rule', [finding('secret.github_token')], 'block', 'secrets'],
    ['an exact rule', [finding('pii.credit_card')], 'warn', 'cards'],
    ['the first matching rule wins, in order', [finding('pii.credit_card'), finding('secret.jwt')], 'block', 'secrets'],
    ['an allow rule', [finding('pii.email', 'high')], 'allow', 'emails-high'],
    ['a finding under the rule confidence falls to the default', [finding('pii.email', 'medium')], 'log', undefined],
    ['a finding under the default minimum (medium) matches no rule and no default', [finding('pii.credit_card', 'low')], 'allow', undefined],
    ['low findings beside a medium one: the default applies', [finding('pii.iban', 'low'), finding('pii.phone', 'medium')], 'log', undefined],
    ['no rule matches: default action', [finding('pii.iban')], 'log', undefined],
  ])('%s', (_name, findings, action, ruleId) => {
    const verdict = evaluate(policy, ctx(...findings));
    expect(verdict.action).toBe(action);
    expect(verdict.ruleId).toBe(ruleId);
  });

  it('carries the rule message', () => {
    expect(evaluate(policy, ctx(finding('secret.jwt'))).message).toEqual({ en: 'No secrets in AI tools.' });
  });

  it.each([
    ['block', finding('secret.jwt')],
    ['warn', finding('pii.credit_card')],
  ])('monitor mode turns %s into log and keeps what the rule asked', (ruleAction, f) => {
    const verdict = evaluate({ ...policy, mode: 'monitor' }, ctx(f));
    expect(verdict).toMatchObject({ action: 'log', ruleAction });
  });

  it.each([
    ['pii.credit_card', 'warn', 'payment-cards'],
    ['secret.github_token', 'warn', 'secrets'],
    ['secret.private_key', 'warn', 'secrets'],
    ['pii.iban', 'warn', 'bank-accounts'],
    ['pii.fr_nir', 'warn', 'national-ids'],
    ['pii.us_ssn', 'warn', 'national-ids'],
    ['pii.uk_nino', 'warn', 'national-ids'],
    ['pii.email', 'log', undefined],
    ['pii.phone', 'log', undefined],
    ['confidential.marking', 'log', undefined],
  ])('the built-in default: %s -> %s', (type, action, ruleId) => {
    const verdict = evaluate(DEFAULT_POLICY, ctx(finding(type, 'medium')));
    expect(verdict.action).toBe(action);
    expect(verdict.ruleId).toBe(ruleId);
  });

  it('the built-in default never acts on low-confidence findings and blocks nothing', () => {
    expect(evaluate(DEFAULT_POLICY, ctx(finding('secret.stripe_key', 'low'))).action).toBe('allow');
    expect(DEFAULT_POLICY.rules.every((rule) => rule.action !== 'block')).toBe(true);
  });

  it.each([
    ['*', 'pii.email', true],
    ['pii.*', 'pii.email', true],
    ['pii.*', 'piix.email', false],
    ['secret.*', 'pii.email', false],
    ['pii.email', 'pii.email', true],
    ['pii.email', 'pii.emails', false],
  ])('typeMatches(%s, %s) = %s', (pattern, type, expected) => {
    expect(typeMatches(pattern, type)).toBe(expected);
  });
});

describe('policyConfidenceFloor', () => {
  it.each([
    ['no rule asks for less than medium', [], 'medium'],
    ['a rule acting on low findings lowers the floor', [{ id: 'r', types: ['*'], action: 'log' as const, minConfidence: 'low' as const }], 'low'],
    ['a rule on high findings does not raise it', [{ id: 'r', types: ['*'], action: 'log' as const, minConfidence: 'high' as const }], 'medium'],
  ])('%s', (_name, rules, floor) => {
    expect(policyConfidenceFloor({ ...policy, rules })).toBe(floor);
  });
});
