import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { resolvePolicyState, withDefaults, type ResolveDeps } from '../../../utils/policy/load';
import { IMPORTED_POLICY_KEY, isPolicyInputChange, PERSONAL_RULES_KEY, POLICY_STATE_KEY, readPolicyState, refreshPolicy } from '../../../utils/policy/policy-store';
import { buildSiteTable } from '../../../utils/policy/site-table';
import { validatePolicy } from '../../../utils/policy/validate';
import type { KeyValueArea } from '../../../utils/storage-area';

const blockCards = { mode: 'enforce', policyVersion: 'v2', rules: [{ id: 'cards', types: ['pii.credit_card'], action: 'block' }] };
const warnEmails = { policyVersion: 'pilot', rules: [{ id: 'emails', types: ['pii.email'], action: 'warn' }] };
const deps = (now: number): ResolveDeps => ({ validate: validatePolicy, siteTable: (policy) => buildSiteTable(policy), now });

describe('resolvePolicyState', () => {
  it('uses the built-in default when there is no policy at all', async () => {
    const state = await resolvePolicyState({ managed: {} }, undefined, deps(1));
    expect(state).toMatchObject({ policy: DEFAULT_POLICY, source: 'default', errors: [], personal: [], updatedAt: 1 });
    expect(state.sites.hosts['chatgpt.com']).toMatchObject({ id: 'chatgpt', status: 'tolerated' });
  });

  it('applies a valid managed policy, completing missing keys from the default', async () => {
    const state = await resolvePolicyState({ managed: { mode: 'monitor', logging: { identity: 'pseudonymous' } } }, undefined, deps(1));
    expect(state.source).toBe('managed');
    expect(state.policy).toEqual({ ...DEFAULT_POLICY, policyVersion: undefined, mode: 'monitor', logging: { ...DEFAULT_POLICY.logging, identity: 'pseudonymous' } });
  });

  it('managed policy wins over an imported one; the imported one applies when nothing is managed', async () => {
    expect((await resolvePolicyState({ managed: blockCards, imported: warnEmails }, undefined, deps(1))).policy.policyVersion).toBe('v2');
    const imported = await resolvePolicyState({ managed: {}, imported: warnEmails }, undefined, deps(1));
    expect(imported).toMatchObject({ source: 'imported', policy: { policyVersion: 'pilot' } });
  });

  it('rejects a malformed managed policy whole and keeps the last good one in force', async () => {
    const good = await resolvePolicyState({ managed: blockCards }, undefined, deps(1));
    const bad = await resolvePolicyState({ managed: { ...blockCards, rules: [{ id: 'cards', types: ['pii.credit_card'], action: 'blokc' }] } }, good, deps(2));
    expect(bad.policy).toEqual(good.policy);
    expect(bad).toMatchObject({ source: 'managed', rejected: 'managed', updatedAt: 2 });
    expect(bad.errors).toEqual([{ path: 'rules[0].action', message: '"blokc" is not one of: allow, log, warn, justify, redact, block' }]);
  });

  it('rejects a policy with a regex RE2 cannot compile, naming the detector', async () => {
    const managed = { detectors: [{ id: 'tickets', kind: 'regex', pattern: '(?<=JIRA-)\\d+' }], rules: [{ id: 't', types: ['custom.tickets'], action: 'warn' }] };
    const state = await resolvePolicyState({ managed }, undefined, deps(1));
    expect(state.source).toBe('default');
    expect(state.errors).toEqual([{ path: 'detectors[0].pattern', message: expect.stringContaining('detector "tickets"') }]);
  });

  it('falls back to the default, never to allow-all, when the first policy is malformed', async () => {
    const state = await resolvePolicyState({ managed: { mode: 'off' } }, undefined, deps(1));
    expect(state.policy).toEqual(DEFAULT_POLICY);
    expect(state.source).toBe('default');
    expect(state.errors).toHaveLength(1);
  });

  it('a fixed policy clears the errors', async () => {
    const bad = await resolvePolicyState({ managed: { mode: 'off' } }, undefined, deps(1));
    expect((await resolvePolicyState({ managed: blockCards }, bad, deps(2))).errors).toEqual([]);
  });

  it('keeps personal rules only when the policy allows them, and only well-formed ones', async () => {
    const personal = [{ types: ['pii.email'], action: 'warn' }, { types: ['pii.email'], action: 'allow' }, { types: 'x', action: 'block' }];
    expect((await resolvePolicyState({ managed: {}, personal }, undefined, deps(1))).personal).toEqual([{ types: ['pii.email'], action: 'warn' }]);
    const strict = await resolvePolicyState({ managed: { employee: { personalRules: false } }, personal }, undefined, deps(1));
    expect(strict.personal).toEqual([]);
  });

  it('withDefaults completes nested settings key by key', () => {
    expect(withDefaults({ logging: { retentionDays: 30 } }).logging).toEqual({ ...DEFAULT_POLICY.logging, retentionDays: 30 });
  });
});

describe('refreshPolicy', () => {
  const areas = () => ({ managed: fakeBrowser.storage.managed, local: fakeBrowser.storage.local });
  const refreshDeps = { validate: validatePolicy, siteTable: buildSiteTable };

  it('reads managed storage and publishes the state in local storage', async () => {
    await fakeBrowser.storage.managed.set(blockCards);
    const state = await refreshPolicy(areas(), refreshDeps, 5);
    expect(state).toMatchObject({ source: 'managed', errors: [], updatedAt: 5 });
    expect(await readPolicyState(fakeBrowser.storage.local)).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('reads the imported policy and the personal rules from local storage', async () => {
    await fakeBrowser.storage.local.set({ [IMPORTED_POLICY_KEY]: warnEmails, [PERSONAL_RULES_KEY]: [{ types: ['pii.phone'], action: 'block' }] });
    const state = await refreshPolicy(areas(), refreshDeps, 5);
    expect(state).toMatchObject({ source: 'imported', personal: [{ types: ['pii.phone'], action: 'block' }] });
  });

  it('keeps the last good policy across restarts when the managed policy breaks', async () => {
    await fakeBrowser.storage.managed.set(blockCards);
    await refreshPolicy(areas(), refreshDeps, 1);
    await fakeBrowser.storage.managed.set({ mode: 42 });
    const state = await refreshPolicy(areas(), refreshDeps, 2);
    expect(state.policy.rules[0].action).toBe('block');
    expect(state.errors[0]).toEqual({ path: 'mode', message: 'expected a string, got number 42' });
  });

  it('treats a browser without managed storage for the extension as no managed policy', async () => {
    const managed: KeyValueArea = { get: () => Promise.reject(new Error('Managed storage manifest not found')), set: () => Promise.resolve() };
    const state = await refreshPolicy({ managed, local: fakeBrowser.storage.local }, refreshDeps, 3);
    expect(state.source).toBe('default');
  });

  it('on a first start with slow managed storage, publishes the state without it first, then the managed one', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const managed: KeyValueArea = { get: () => new Promise((resolve) => (answer = resolve)), set: () => Promise.resolve() };
    const published: string[] = [];
    const local: KeyValueArea = {
      get: (keys) => fakeBrowser.storage.local.get(keys),
      set: async (items) => {
        published.push((items[POLICY_STATE_KEY] as { source: string }).source);
        await fakeBrowser.storage.local.set(items);
      },
    };
    const refreshing = refreshPolicy({ managed, local }, refreshDeps, 7, 5);
    await expect.poll(() => published).toEqual(['default']);
    answer(blockCards);
    const state = await refreshing;
    expect(published).toEqual(['default', 'managed']);
    expect(state.policy.rules[0].action).toBe('block');
    expect((await readPolicyState(fakeBrowser.storage.local))?.source).toBe('managed');
  });

  it('with a state already published, waits for slow managed storage instead of publishing a provisional one', async () => {
    await refreshPolicy(areas(), refreshDeps, 1);
    const published: string[] = [];
    const slowManaged: KeyValueArea = { get: () => new Promise((resolve) => setTimeout(() => resolve(blockCards), 30)), set: () => Promise.resolve() };
    const local: KeyValueArea = {
      get: (keys) => fakeBrowser.storage.local.get(keys),
      set: async (items) => {
        published.push((items[POLICY_STATE_KEY] as { source: string }).source);
        await fakeBrowser.storage.local.set(items);
      },
    };
    await refreshPolicy({ managed: slowManaged, local }, refreshDeps, 2, 5);
    expect(published).toEqual(['managed']);
  });

  it('ignores a corrupt published state instead of trusting it', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: { mode: 'enforce', rules: 'x' }, source: 'managed', errors: [], updatedAt: 1 } });
    expect(await readPolicyState(fakeBrowser.storage.local)).toBeUndefined();
  });

  it.each([
    [{ anything: 1 }, 'managed', true],
    [{ [IMPORTED_POLICY_KEY]: 1 }, 'local', true],
    [{ [PERSONAL_RULES_KEY]: 1 }, 'local', true],
    [{ [POLICY_STATE_KEY]: 1 }, 'local', false],
    [{ [IMPORTED_POLICY_KEY]: 1 }, 'sync', false],
  ])('isPolicyInputChange(%j, %s) = %s', (changes, area, expected) => {
    expect(isPolicyInputChange(changes, area)).toBe(expected);
  });
});

describe('readPolicyState', () => {
  it('refuses a stored state whose policy misses keys', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: { mode: 'enforce' }, source: 'managed', errors: [], sites: { hosts: {}, patterns: [] }, personal: [], updatedAt: 1 } });
    expect(await readPolicyState(fakeBrowser.storage.local)).toBeUndefined();
  });
});
