import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { validatePolicy } from '../../../utils/policy/validate';

const HASH = 'a'.repeat(64);

describe('validatePolicy accepts', () => {
  it.each([
    ['an empty policy (all defaults)', {}],
    ['the built-in default itself', JSON.parse(JSON.stringify(DEFAULT_POLICY))],
    [
      'a complete policy',
      {
        policyVersion: '2026-11',
        mode: 'enforce',
        failMode: 'closed',
        policyUrl: 'https://intranet.example.com/ai',
        sites: [
          { match: 'copilot', status: 'sanctioned' },
          { match: 'copilot.contoso.com', status: 'sanctioned', name: 'Copilot (Contoso)', category: 'chat' },
          { match: '*.contoso-ai.com', status: 'tolerated' },
          { match: 'deepseek', status: 'blocked', reason: { en: 'Not approved.', fr: 'Non approuvé.', 'fr-CA': 'Non approuvé.' } },
        ],
        defaultSiteStatus: 'tolerated',
        categories: { image: { status: 'blocked' }, chat: { alternative: { name: 'Copilot', url: 'https://copilot.contoso.com' } } },
        alternative: { name: 'Copilot', url: 'https://copilot.contoso.com' },
        rules: [
          { id: 'projects', types: ['custom.projects', 'custom.customers'], action: 'block' },
          { id: 'tickets', types: ['custom.tickets'], minConfidence: 'high', action: 'justify', message: { en: 'Why?' } },
          { id: 'uploads', events: ['upload'], siteStatus: ['unsanctioned'], action: 'block' },
          { id: 'many-emails', types: ['pii.email'], minCount: 20, action: 'redact' },
          { id: 'emails', types: ['pii.email'], action: 'warn', policyUrl: 'http://intranet/ai' },
          { id: 'image-sites', categories: ['image'], sites: ['midjourney', '*.contoso-ai.com'], types: ['*'], action: 'log' },
        ],
        defaultAction: 'allow',
        detectors: [
          { id: 'projects', kind: 'keywords', terms: ['Project Falcon', 'Opération Hélios'] },
          { id: 'customers', kind: 'hashed', hashes: [HASH], maxWords: 4, confidence: 'medium' },
          { id: 'tickets', kind: 'regex', pattern: '\\bSEC-\\d{4,6}\\b', caseInsensitive: true },
        ],
        logging: { retentionDays: 90, excerpt: 'redacted', identity: 'pseudonymous', organization: 'Finance', visits: false },
        employee: { revealValues: false, personalRules: true },
      },
    ],
  ])('%s', async (_name, policy) => {
    expect(await validatePolicy(policy)).toEqual([]);
  });
});

describe('validatePolicy rejects, naming the key path', () => {
  it.each([
    ['not an object', [], '(policy)', 'expected an object'],
    ['a wrong type', { mode: 1 }, 'mode', 'expected a string'],
    ['an unknown top-level key', { rulez: [] }, 'rulez', 'is not a known key'],
    ['an unknown nested key', { rules: [{ id: 'a', action: 'log', type: ['pii.email'] }] }, 'rules[0].type', 'is not a known key'],
    ['a missing required key', { rules: [{ id: 'a', types: ['pii.email'] }] }, 'rules[0].action', 'is required'],
    ['an unknown action', { rules: [{ id: 'a', types: ['pii.email'], action: 'deny' }] }, 'rules[0].action', 'is not one of'],
    ['an unknown category', { categories: { video: { status: 'blocked' } } }, 'categories.video', 'is not a known key'],
    ['a negative retention', { logging: { retentionDays: 0 } }, 'logging.retentionDays', 'at least 1'],
    ['an unknown catalog id', { sites: [{ match: 'chatgtp', status: 'blocked' }] }, 'sites[0].match', 'not a catalog service id'],
    ['a URL as host pattern', { sites: [{ match: 'https://copilot.contoso.com/', status: 'sanctioned' }] }, 'sites[0].match', 'not a host name'],
    ['an uppercase host', { sites: [{ match: 'Copilot.Contoso.com', status: 'sanctioned' }] }, 'sites[0].match', 'not a host name'],
    ['a site listed twice', { sites: [{ match: 'claude', status: 'sanctioned' }, { match: 'claude', status: 'blocked' }] }, 'sites[1].match', 'already classified by sites[0]'],
    ['a javascript: link', { policyUrl: 'javascript:alert(1)' }, 'policyUrl', 'must be an http(s) link'],
    ['a relative link', { alternative: { name: 'x', url: 'copilot.contoso.com' } }, 'alternative.url', 'is not a URL'],
    ['a bad language code', { rules: [{ id: 'a', types: ['pii.email'], action: 'warn', message: { English: 'x' } }] }, 'rules[0].message.English', 'not a language code'],
    ['an unknown finding type', { rules: [{ id: 'a', types: ['pii.passport'], action: 'warn' }] }, 'rules[0].types[0]', 'is not a finding type'],
    ['an unknown type prefix', { rules: [{ id: 'a', types: ['secrets.*'], action: 'warn' }] }, 'rules[0].types[0]', 'matches no finding type'],
    ['a custom type without its detector', { rules: [{ id: 'a', types: ['custom.projects'], action: 'warn' }] }, 'rules[0].types[0]', 'names no detector'],
    ['a duplicate rule id', { rules: [{ id: 'a', types: ['pii.email'], action: 'warn' }, { id: 'a', types: ['pii.iban'], action: 'warn' }] }, 'rules[1].id', 'already the id of rules[0]'],
    ['an empty condition list', { rules: [{ id: 'a', events: [], action: 'block' }] }, 'rules[0]', 'matches nothing'],
    [
      'a rule hidden by a broader earlier one (conflicting actions)',
      { rules: [{ id: 'log-all', types: ['*'], action: 'log' }, { id: 'block-secrets', types: ['secret.*'], action: 'block' }] },
      'rules[1]',
      'can never apply: rules[0] ("log-all")',
    ],
    [
      'a rule hidden by an earlier rule without conditions',
      { rules: [{ id: 'all', action: 'warn' }, { id: 'uploads', events: ['upload'], action: 'block' }] },
      'rules[1]',
      'can never apply',
    ],
    [
      'a rule hidden by the same rule on every status',
      { rules: [{ id: 'a', siteStatus: ['unsanctioned', 'sanctioned'], types: ['pii.iban'], action: 'warn' }, { id: 'b', siteStatus: ['tolerated'], types: ['pii.iban'], action: 'block' }] },
      'rules[1]',
      'can never apply',
    ],
    ['an invalid regex', { detectors: [{ id: 'x', kind: 'regex', pattern: '([a-z]+' }] }, 'detectors[0].pattern', 'detector "x"'],
    ['a regex with a backreference', { detectors: [{ id: 'x', kind: 'regex', pattern: '(a)\\1' }] }, 'detectors[0].pattern', 'detector "x"'],
    ['a regex matching the empty string', { detectors: [{ id: 'x', kind: 'regex', pattern: 'a*' }] }, 'detectors[0].pattern', 'empty string'],
    ['a regex without its pattern', { detectors: [{ id: 'x', kind: 'regex' }] }, 'detectors[0].pattern', 'is required for a regex detector'],
    ['a field of another kind', { detectors: [{ id: 'x', kind: 'keywords', terms: ['a'], pattern: 'b' }] }, 'detectors[0].pattern', 'applies to regex detectors'],
    ['a bad hash', { detectors: [{ id: 'x', kind: 'hashed', hashes: ['abc'] }] }, 'detectors[0]', 'not a SHA-256'],
    ['an empty term', { detectors: [{ id: 'x', kind: 'keywords', terms: ['  '] }] }, 'detectors[0]', 'no letter or digit'],
    ['a bad detector id', { detectors: [{ id: 'Bad Id', kind: 'keywords', terms: ['a'] }] }, 'detectors[0]', 'the id must be'],
    ['a duplicate detector id', { detectors: [{ id: 'x', kind: 'keywords', terms: ['a'] }, { id: 'x', kind: 'keywords', terms: ['b'] }] }, 'detectors[1].id', 'already the id'],
  ])('%s', async (_name, policy, path, message) => {
    const errors = await validatePolicy(policy);
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each([
    ['narrower first, broader after', [{ id: 'a', types: ['secret.*'], action: 'block' }, { id: 'b', types: ['*'], action: 'log' }]],
    ['a higher confidence first', [{ id: 'a', types: ['pii.email'], minConfidence: 'high', action: 'allow' }, { id: 'b', types: ['pii.email'], action: 'warn' }]],
    ['a higher count first', [{ id: 'a', types: ['pii.email'], minCount: 10, action: 'block' }, { id: 'b', types: ['pii.email'], action: 'warn' }]],
    ['different events', [{ id: 'a', events: ['paste'], types: ['pii.email'], action: 'warn' }, { id: 'b', events: ['upload'], types: ['pii.email'], action: 'block' }]],
    ['different sites', [{ id: 'a', sites: ['claude'], types: ['pii.email'], action: 'warn' }, { id: 'b', sites: ['chatgpt'], types: ['pii.email'], action: 'block' }]],
    ['a type-less event rule after a typed one', [{ id: 'a', types: ['pii.email'], action: 'warn' }, { id: 'b', events: ['upload'], action: 'block' }]],
  ])('does not reject reachable rules: %s', async (_name, rules) => {
    expect(await validatePolicy({ rules })).toEqual([]);
  });

  it('reports every error at once, sorted by key path', async () => {
    const errors = await validatePolicy({ rules: [{ id: 'a', types: ['pii.nope'], action: 'warn' }], sites: [{ match: 'nope', status: 'blocked' }] });
    expect(errors.map((error) => error.path)).toEqual(['rules[0].types[0]', 'sites[0].match']);
  });
});
