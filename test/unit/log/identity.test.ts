import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendContext, classifySite, loggingSettings } from '../../../utils/log/append-context';
import { profileEmailFrom, PSEUDONYM_KEY, pseudonymSource, resolveIdentity } from '../../../utils/log/identity';
import { stateOf } from '../policy/policy-fixtures';

describe('the identity records carry', () => {
  const sources = (email?: string) => ({ pseudonym: async () => 'pseudo-0001', profileEmail: async () => email });

  it.each([
    ['anonymous', undefined, { mode: 'anonymous' }],
    ['pseudonymous', 'jane@corp.example', { mode: 'pseudonymous', id: 'pseudo-0001' }],
    ['email', 'jane@corp.example', { mode: 'email', email: 'jane@corp.example' }],
    // Without the identity permission (or in Firefox) there is no e-mail: the pseudonym, never less.
    ['email', undefined, { mode: 'pseudonymous', id: 'pseudo-0001' }],
    ['email', 'not an address', { mode: 'pseudonymous', id: 'pseudo-0001' }],
  ] as const)('%s with profile e-mail %s is %j', async (mode, email, identity) => {
    expect(await resolveIdentity(mode, sources(email))).toEqual(identity);
  });

  it('falls back to the pseudonym when reading the e-mail fails', async () => {
    expect(await resolveIdentity('email', { pseudonym: async () => 'pseudo-0001', profileEmail: () => Promise.reject(new Error('no permission')) })).toEqual({ mode: 'pseudonymous', id: 'pseudo-0001' });
  });

  it('keeps one random pseudonym per install in storage.local, created once even when asked twice at once', async () => {
    let made = 0;
    const pseudonym = pseudonymSource(fakeBrowser.storage.local, () => `pseudo-${String(++made).padStart(4, '0')}`);
    expect(await Promise.all([pseudonym(), pseudonym()])).toEqual(['pseudo-0001', 'pseudo-0001']);
    expect(await fakeBrowser.storage.local.get(PSEUDONYM_KEY)).toEqual({ [PSEUDONYM_KEY]: 'pseudo-0001' });
    // A restarted worker reads the same one.
    expect(await pseudonymSource(fakeBrowser.storage.local, () => 'other-0001')()).toBe('pseudo-0001');
  });

  it('reads the profile e-mail only where the browser offers the API', async () => {
    expect(await profileEmailFrom({})()).toBeUndefined();
    expect(await profileEmailFrom({ identity: { getProfileUserInfo: async () => ({ email: '', id: '' }) } })()).toBeUndefined();
    expect(await profileEmailFrom({ identity: { getProfileUserInfo: async () => ({ email: 'jane@corp.example', id: '1' }) } })()).toBe('jane@corp.example');
  });
});

describe('the context records carry', () => {
  it('takes the organization label and the policy version from the policy in force, with the defaults for the rest', () => {
    const state = stateOf({ policyVersion: '2026-11', logging: { identity: 'pseudonymous', organization: '  Finance ' } });
    expect(loggingSettings(state)).toMatchObject({ retentionDays: 365, excerpt: 'none', identity: 'pseudonymous', visits: true });
    expect(appendContext(state, { mode: 'pseudonymous', id: 'pseudo-0001' }, '0.2.0')).toEqual({
      extensionVersion: '0.2.0',
      identity: { mode: 'pseudonymous', id: 'pseudo-0001' },
      orgLabel: 'Finance',
      policyVersion: '2026-11',
    });
    expect(appendContext(undefined, { mode: 'anonymous' }, '0.2.0')).toMatchObject({ extensionVersion: '0.2.0', identity: { mode: 'anonymous' } });
    expect(loggingSettings(undefined)).toMatchObject({ visits: true, retentionDays: 365 });
  });

  it('classifies a site by the published site table, else by the catalog and the policy', () => {
    const state = stateOf({ sites: [{ match: 'chatgpt', status: 'sanctioned' }], defaultSiteStatus: 'blocked' });
    expect(classifySite(state, 'chatgpt.com')).toEqual({ siteStatus: 'sanctioned', siteCategory: 'chat' });
    expect(classifySite({ ...state, sites: { hosts: {}, patterns: [] } }, 'claude.ai')).toEqual({ siteStatus: 'blocked', siteCategory: 'chat' });
    expect(classifySite(undefined, 'claude.ai')).toEqual({ siteStatus: 'tolerated', siteCategory: 'chat' });
    expect(classifySite(undefined, 'unknown.example')).toEqual({});
  });
});
