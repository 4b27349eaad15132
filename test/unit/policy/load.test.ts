import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { resolvePolicyState } from '../../../utils/policy/load';
import { POLICY_STATE_KEY, readPolicyState, refreshPolicy } from '../../../utils/policy/policy-store';
import type { KeyValueArea } from '../../../utils/storage-area';

const blockCards = { mode: 'enforce', policyVersion: 'v2', rules: [{ id: 'cards', types: ['pii.credit_card'], action: 'block' }] };

describe('resolvePolicyState', () => {
  it('uses the built-in default when there is no managed policy', () => {
    expect(resolvePolicyState({}, undefined, 1)).toEqual({ policy: DEFAULT_POLICY, source: 'default', errors: [], updatedAt: 1 });
  });

  it('applies a valid managed policy, completing missing keys from the default', () => {
    const state = resolvePolicyState({ mode: 'monitor' }, undefined, 1);
    expect(state.source).toBe('managed');
    expect(state.policy).toEqual({ ...DEFAULT_POLICY, mode: 'monitor' });
  });

  it('rejects a malformed managed policy whole and keeps the last good one in force', () => {
    const good = resolvePolicyState(blockCards, undefined, 1);
    const bad = resolvePolicyState({ ...blockCards, rules: [{ id: 'cards', types: ['pii.credit_card'], action: 'blokc' }] }, good, 2);
    expect(bad.policy).toEqual(good.policy);
    expect(bad.source).toBe('managed');
    expect(bad.errors).toEqual([{ path: 'rules[0].action', message: '"blokc" is not one of: allow, log, warn, block' }]);
  });

  it('falls back to the default, never to allow-all, when the first managed policy is malformed', () => {
    const state = resolvePolicyState({ mode: 'off' }, undefined, 1);
    expect(state.policy).toEqual(DEFAULT_POLICY);
    expect(state.source).toBe('default');
    expect(state.errors).toHaveLength(1);
  });

  it('a fixed policy clears the errors', () => {
    const bad = resolvePolicyState({ mode: 'off' }, undefined, 1);
    expect(resolvePolicyState(blockCards, bad, 2).errors).toEqual([]);
  });
});

describe('refreshPolicy', () => {
  it('reads managed storage and publishes the state in local storage', async () => {
    await fakeBrowser.storage.managed.set(blockCards);
    const state = await refreshPolicy({ managed: fakeBrowser.storage.managed, local: fakeBrowser.storage.local }, 5);
    expect(state).toMatchObject({ source: 'managed', errors: [], updatedAt: 5 });
    expect(await readPolicyState(fakeBrowser.storage.local)).toEqual(state);
  });

  it('keeps the last good policy across restarts when the managed policy breaks', async () => {
    const areas = { managed: fakeBrowser.storage.managed, local: fakeBrowser.storage.local };
    await fakeBrowser.storage.managed.set(blockCards);
    await refreshPolicy(areas, 1);
    await fakeBrowser.storage.managed.set({ mode: 42 });
    const state = await refreshPolicy(areas, 2);
    expect(state.policy.rules[0].action).toBe('block');
    expect(state.errors[0]).toEqual({ path: 'mode', message: 'expected a string, got number 42' });
  });

  it('treats a browser without managed storage for the extension as no managed policy', async () => {
    const managed: KeyValueArea = { get: () => Promise.reject(new Error('Managed storage manifest not found')), set: () => Promise.resolve() };
    const state = await refreshPolicy({ managed, local: fakeBrowser.storage.local }, 3);
    expect(state.source).toBe('default');
  });

  it('ignores a corrupt published state instead of trusting it', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: { mode: 'enforce', rules: 'x' }, source: 'managed', errors: [], updatedAt: 1 } });
    expect(await readPolicyState(fakeBrowser.storage.local)).toBeUndefined();
  });
});

describe('readPolicyState', () => {
  it('refuses a stored state whose policy misses keys', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: { mode: 'enforce' }, source: 'managed', errors: [], updatedAt: 1 } });
    expect(await readPolicyState(fakeBrowser.storage.local)).toBeUndefined();
  });
});
