import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/detect/types';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { decide, evaluate, isStopping, offeredAlternative, PERSONAL_RULE, policyConfidenceFloor, SITE_BLOCKED_RULE, typeMatches, verdictText, type EvaluationContext } from '../../../utils/policy/evaluate';
import { withoutUndefined } from '../../../utils/without-undefined';
import { withDefaults } from '../../../utils/policy/load';
import type { EventKind, PolicyInput } from '../../../utils/policy/schema';
import type { SiteInfo } from '../../../utils/policy/sites';
import { siteOf } from './policy-fixtures';

const finding = (type: string, confidence: Finding['confidence'] = 'high') => ({ type, confidence });
const chatgpt = siteOf('chatgpt.com');
const ctx = (findings: EvaluationContext['findings'], kind: EventKind = 'paste', site: SiteInfo = chatgpt): EvaluationContext => ({ site, kind, findings });

const basic = withDefaults({
  mode: 'enforce',
  defaultAction: 'log',
  rules: [
    { id: 'secrets', types: ['secret.*'], action: 'block', message: { en: 'No secrets in AI tools.' } },
    { id: 'cards', types: ['pii.credit_card'], action: 'warn' },
    { id: 'emails-high', types: ['pii.email'], minConfidence: 'high', action: 'allow' },
  ],
});

describe('evaluate: findings and rule order', () => {
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
    const verdict = evaluate(basic, ctx(findings));
    expect(verdict.action).toBe(action);
    expect(verdict.ruleId).toBe(ruleId);
  });

  it('carries the rule message', () => {
    expect(evaluate(basic, ctx([finding('secret.jwt')])).message).toEqual({ en: 'No secrets in AI tools.' });
  });

  it('defaultAction allow lets unmatched findings through unrecorded', () => {
    expect(evaluate({ ...basic, defaultAction: 'allow' }, ctx([finding('pii.iban')])).action).toBe('allow');
  });
});

describe('evaluate: every action', () => {
  it.each(['allow', 'log', 'warn', 'justify', 'redact', 'block'] as const)('a rule asking %s gets it in enforce mode', (action) => {
    const policy = withDefaults({ rules: [{ id: 'r', types: ['pii.email'], action }] });
    expect(evaluate(policy, ctx([finding('pii.email')]))).toMatchObject({ action, ruleAction: action, ruleId: 'r' });
  });

  it.each([
    ['warn', true],
    ['justify', true],
    ['redact', true],
    ['block', true],
    ['log', false],
    ['allow', false],
  ] as const)('monitor mode: %s is only logged when it would stop (%s)', (action, stops) => {
    const policy = withDefaults({ mode: 'monitor', rules: [{ id: 'r', types: ['pii.email'], action }] });
    const verdict = evaluate(policy, ctx([finding('pii.email')]));
    expect(isStopping(action)).toBe(stops);
    expect(verdict).toMatchObject({ action: stops ? 'log' : action, ruleAction: action, ruleId: 'r' });
  });
});

describe('evaluate: conditions', () => {
  const copilotTenant: PolicyInput = {
    sites: [
      { match: 'copilot.contoso.com', status: 'sanctioned', name: 'Copilot (Contoso)' },
      { match: 'deepseek', status: 'blocked', reason: { en: 'Data goes abroad.', fr: "Les données partent à l'étranger." } },
    ],
    alternative: { name: 'Copilot (Contoso)', url: 'https://copilot.contoso.com/' },
    categories: { image: { alternative: { name: 'Designer', url: 'https://designer.contoso.com/' } } },
    policyUrl: 'https://intranet.contoso.com/ai-policy',
    rules: [
      { id: 'sanctioned-ok', siteStatus: ['sanctioned'], types: ['secret.*'], action: 'log' },
      { id: 'block-secrets', siteStatus: ['unsanctioned'], types: ['secret.*'], action: 'block' },
      { id: 'customer-files', events: ['upload'], siteStatus: ['unsanctioned'], action: 'block' },
      { id: 'bulk-emails', types: ['pii.email'], minCount: 10, action: 'justify' },
      { id: 'images-pii', categories: ['image'], types: ['pii.*'], action: 'redact' },
      { id: 'mistral-only', sites: ['le-chat'], types: ['pii.phone'], action: 'warn' },
      { id: 'wildcard-host', sites: ['*.openai.com'], types: ['pii.phone'], action: 'block' },
    ],
  };
  const policy = withDefaults(copilotTenant);
  const copilot = siteOf('copilot.contoso.com', copilotTenant);
  const claude = siteOf('claude.ai', copilotTenant);

  it('classifies sites: listed host, catalog default, blocked catalog id', () => {
    expect(copilot).toMatchObject({ status: 'sanctioned', name: 'Copilot (Contoso)', category: 'chat' });
    expect(claude).toMatchObject({ id: 'claude', status: 'tolerated', category: 'chat' });
    expect(siteOf('chat.deepseek.com', copilotTenant)).toMatchObject({ id: 'deepseek', status: 'blocked' });
  });

  it.each([
    ['a secret on the sanctioned tenant is logged', [finding('secret.jwt')], 'paste', 'copilot', 'log', 'sanctioned-ok'],
    ['the same secret elsewhere is blocked', [finding('secret.jwt')], 'paste', 'claude', 'block', 'block-secrets'],
    ['an upload with no finding on an unsanctioned site is blocked (rule without types)', [], 'upload', 'claude', 'block', 'customer-files'],
    ['a paste with no finding is allowed', [], 'paste', 'claude', 'allow', undefined],
    ['an upload to the sanctioned tenant is allowed', [], 'upload', 'copilot', 'allow', undefined],
    ['9 e-mails stay under minCount', Array.from({ length: 9 }, () => finding('pii.email')), 'paste', 'claude', 'log', undefined],
    ['10 e-mails reach minCount', Array.from({ length: 10 }, () => finding('pii.email')), 'submit', 'claude', 'justify', 'bulk-emails'],
    ['category condition', [finding('pii.phone')], 'drop', 'midjourney', 'redact', 'images-pii'],
    ['site id condition', [finding('pii.phone')], 'paste', 'mistral', 'warn', 'mistral-only'],
    ['wildcard host condition', [finding('pii.phone')], 'paste', 'chatgpt-old', 'block', 'wildcard-host'],
    ['no condition holds', [finding('pii.phone')], 'paste', 'claude', 'log', undefined],
  ] as const)('%s', (_name, findings, kind, where, action, ruleId) => {
    const sites: Record<string, SiteInfo> = {
      copilot,
      claude,
      midjourney: siteOf('www.midjourney.com', copilotTenant),
      mistral: siteOf('chat.mistral.ai', copilotTenant),
      'chatgpt-old': siteOf('chat.openai.com', copilotTenant),
    };
    const verdict = evaluate(policy, ctx(findings, kind, sites[where]));
    expect(verdict.action).toBe(action);
    expect(verdict.ruleId).toBe(ruleId);
  });

  it('a blocked site blocks every event, with its reason, even with nothing found', () => {
    const verdict = evaluate(policy, ctx([], 'paste', siteOf('chat.deepseek.com', copilotTenant)));
    expect(verdict).toMatchObject({ action: 'block', ruleId: SITE_BLOCKED_RULE, message: { en: 'Data goes abroad.' } });
  });

  it('offers the category alternative, else the general one, with the policy link, only when stopping off the sanctioned site', () => {
    expect(evaluate(policy, ctx([finding('secret.jwt')], 'paste', claude))).toMatchObject({
      alternative: { name: 'Copilot (Contoso)' },
      policyUrl: 'https://intranet.contoso.com/ai-policy',
    });
    expect(evaluate(policy, ctx([finding('pii.phone')], 'paste', siteOf('www.midjourney.com', copilotTenant))).alternative?.name).toBe('Designer');
    expect(evaluate(policy, ctx([finding('secret.jwt')], 'paste', copilot)).alternative).toBeUndefined();
    expect(evaluate(policy, ctx([finding('pii.phone')], 'paste', claude)).alternative).toBeUndefined();
  });

  it("leaves the message, the policy link and the alternative to the notice: decide() (the guard's) is evaluate's verdict without them, which verdictText and offeredAlternative find", () => {
    for (const [findings, site] of [[[finding('secret.jwt')], claude], [[finding('pii.phone')], siteOf('www.midjourney.com', copilotTenant)], [[finding('secret.jwt')], copilot], [[], claude]] as const) {
      const { alternative, message, policyUrl, ...verdict } = evaluate(policy, ctx(findings, 'paste', site));
      const { rule, ...decision } = decide(policy, ctx(findings, 'paste', site), []);
      expect(withoutUndefined(decision)).toEqual(verdict);
      expect(rule).toBe(policy.rules.find((candidate) => candidate.id === verdict.ruleId));
      expect(withoutUndefined(verdictText(policy, site, { ...decision, rule }))).toEqual(withoutUndefined({ message, policyUrl }));
      expect(offeredAlternative(policy, site, verdict.action)).toEqual(alternative);
    }
  });

  it('finds the text of a blocked site, a personal rule and the default action as the verdict had it', () => {
    const blocked = { ...claude, status: 'blocked' as const, reason: { en: 'Not here.' } };
    expect(verdictText(policy, blocked, decide(policy, ctx([], 'paste', blocked), []))).toEqual({ message: { en: 'Not here.' }, policyUrl: policy.policyUrl });
    const personal = decide(DEFAULT_POLICY, ctx([finding('pii.email')]), [{ types: ['pii.email'], action: 'warn' }]);
    expect(verdictText({ ...DEFAULT_POLICY, policyUrl: 'https://intranet.contoso.com/ai' }, siteOf('claude.ai'), personal)).toEqual({ policyUrl: 'https://intranet.contoso.com/ai' });
    // A policy rule with the personal rules' id is the rule's text.
    const named = { ...DEFAULT_POLICY, rules: [{ id: PERSONAL_RULE, types: ['pii.email'], action: 'warn' as const, message: { en: 'Mine.' } }] };
    expect(verdictText(named, siteOf('claude.ai'), decide(named, ctx([finding('pii.email')]), []))).toEqual({ message: { en: 'Mine.' }, policyUrl: undefined });
    expect(verdictText(policy, claude, decide({ ...policy, rules: [] }, ctx([finding('pii.phone')], 'paste', claude), []))).toEqual({});
  });
});

describe('evaluate: personal rules', () => {
  it('make a verdict stricter', () => {
    expect(evaluate(DEFAULT_POLICY, ctx([finding('pii.email')]), [{ types: ['pii.email'], action: 'warn' }])).toMatchObject({ action: 'warn', ruleId: PERSONAL_RULE });
  });

  it('never weaken one', () => {
    const verdict = evaluate(basic, ctx([finding('secret.jwt')]), [{ types: ['secret.*'], action: 'warn' }]);
    expect(verdict).toMatchObject({ action: 'block', ruleId: 'secrets' });
  });

  it('are ignored when the policy does not let employees add rules', () => {
    const policy = withDefaults({ employee: { personalRules: false } });
    expect(evaluate(policy, ctx([finding('pii.email')]), [{ types: ['pii.email'], action: 'block' }]).action).toBe('log');
  });
});

describe('the built-in default', () => {
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
  ])('%s -> %s', (type, action, ruleId) => {
    for (const kind of ['paste', 'drop', 'upload', 'submit'] as const) {
      const verdict = evaluate(DEFAULT_POLICY, ctx([finding(type, 'medium')], kind));
      expect(verdict.action).toBe(action);
      expect(verdict.ruleId).toBe(ruleId);
    }
  });

  it('never acts on low-confidence findings, blocks nothing, and blocks no site', () => {
    expect(evaluate(DEFAULT_POLICY, ctx([finding('secret.stripe_key', 'low')])).action).toBe('allow');
    expect(DEFAULT_POLICY.rules.every((rule) => rule.action !== 'block')).toBe(true);
    expect(DEFAULT_POLICY.sites).toEqual([]);
    expect(DEFAULT_POLICY.defaultSiteStatus).toBe('tolerated');
  });
});

describe('typeMatches', () => {
  it.each([
    ['*', 'pii.email', true],
    ['pii.*', 'pii.email', true],
    ['pii.*', 'piix.email', false],
    ['secret.*', 'pii.email', false],
    ['pii.email', 'pii.email', true],
    ['pii.email', 'pii.emails', false],
    ['custom.*', 'custom.projects', true],
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
    expect(policyConfidenceFloor({ ...basic, rules })).toBe(floor);
  });
});
