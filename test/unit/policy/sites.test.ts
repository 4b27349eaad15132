import { describe, expect, it, vi } from 'vitest';
import { blockedPageUrl, checkBlockedSender } from '../../../utils/policy/blocked-site';
import { guardRegistration, syncExtraHosts, type ExtraHostApis } from '../../../utils/policy/extra-hosts';
import { withDefaults } from '../../../utils/policy/load';
import { buildSiteTable, extraMatchPatterns } from '../../../utils/policy/site-table';
import { hostMatches, isValidHostPattern, siteInfo } from '../../../utils/policy/sites';
import { stateOf } from './policy-fixtures';

describe('host patterns', () => {
  it.each([
    ['chatgpt.com', 'chatgpt.com', true],
    ['chatgpt.com', 'www.chatgpt.com', false],
    ['*.contoso.com', 'copilot.contoso.com', true],
    ['*.contoso.com', 'a.b.contoso.com', true],
    ['*.contoso.com', 'contoso.com', true],
    ['*.contoso.com', 'evilcontoso.com', false],
    ['*.contoso.com', 'contoso.com.evil.net', false],
  ])('hostMatches(%s, %s) = %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });

  it.each([
    ['copilot.contoso.com', true],
    ['*.contoso.com', true],
    ['xn--bcher-kva.example', true],
    ['Copilot.contoso.com', false],
    ['https://copilot.contoso.com', false],
    ['copilot.contoso.com/chat', false],
    ['copilot.contoso.com:8443', false],
    ['*.com.', false],
    ['a.*.com', false],
    ['-bad.example.com', false],
  ])('isValidHostPattern(%s) = %s', (pattern, expected) => {
    expect(isValidHostPattern(pattern)).toBe(expected);
  });
});

describe('the site table', () => {
  const policy = withDefaults({
    sites: [
      { match: '*.openai.com', status: 'blocked' },
      { match: 'chatgpt', status: 'sanctioned' },
      { match: 'copilot.contoso.com', status: 'sanctioned', name: 'Copilot (Contoso)' },
      { match: '*.ai.contoso.com', status: 'tolerated', category: 'code-assistant' },
    ],
    categories: { image: { status: 'blocked' } },
    defaultSiteStatus: 'tolerated',
  });
  const table = buildSiteTable(policy);

  it("carries a site adapter's composer and send-button selectors, and none for a site without an adapter", () => {
    expect(table.hosts['chat.deepseek.com'].selectors).toEqual({ composer: expect.stringContaining('textarea#chat-input'), send: expect.stringContaining('div[role="button"][aria-disabled]') });
    expect(table.hosts['you.com'].selectors).toBeUndefined();
  });

  it.each([
    ['chatgpt.com', { id: 'chatgpt', status: 'sanctioned' }],
    // The first entry that matches decides: the wildcard comes before the catalog id.
    ['chat.openai.com', { id: 'chatgpt', status: 'blocked' }],
    ['www.midjourney.com', { id: 'midjourney', category: 'image', status: 'blocked' }],
    ['claude.ai', { id: 'claude', status: 'tolerated' }],
    ['copilot.contoso.com', { id: 'copilot.contoso.com', name: 'Copilot (Contoso)', category: 'chat', status: 'sanctioned' }],
    ['dev.ai.contoso.com', { id: '*.ai.contoso.com', category: 'code-assistant', status: 'tolerated' }],
    ['CLAUDE.AI', { host: 'claude.ai', status: 'tolerated' }],
  ])('%s', (host, expected) => {
    expect(siteInfo(table, host)).toMatchObject(expected);
  });

  it('knows nothing of hosts that are neither in the catalog nor in the policy', () => {
    expect(siteInfo(table, 'example.org')).toBeUndefined();
  });

  it('lists the hosts the policy adds as match patterns, without catalog hosts', () => {
    expect(extraMatchPatterns(policy)).toEqual(['https://*.openai.com/*', 'https://copilot.contoso.com/*', 'https://*.ai.contoso.com/*']);
    expect(extraMatchPatterns(withDefaults({ sites: [{ match: 'claude.ai', status: 'sanctioned' }] }))).toEqual([]);
  });
});

describe('syncExtraHosts', () => {
  function apis(granted: string[], registered: string[] = [], matchOriginAsFallback = true, js = ['content-scripts/guard-start.js']): ExtraHostApis & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      hasOrigin: async (origin) => granted.includes(origin),
      registered: async () => (registered.length > 0 ? [{ matches: registered, js, matchOriginAsFallback }] : []),
      register: vi.fn(async (registration) => void calls.push(`register ${registration.matches.join(' ')}`)),
      unregister: vi.fn(async () => void calls.push('unregister')),
    };
  }

  it('registers the guard on granted hosts and reports the others', async () => {
    const fake = apis(['https://a.example.com/*']);
    expect(await syncExtraHosts(['https://a.example.com/*', 'https://b.example.com/*'], fake)).toEqual({ active: ['https://a.example.com/*'], missing: ['https://b.example.com/*'] });
    expect(fake.calls).toEqual(['register https://a.example.com/*']);
  });

  it('leaves an unchanged registration alone, and replaces a changed one', async () => {
    const same = apis(['https://a.example.com/*'], ['https://a.example.com/*']);
    await syncExtraHosts(['https://a.example.com/*'], same);
    expect(same.calls).toEqual([]);
    const changed = apis([], ['https://a.example.com/*']);
    await syncExtraHosts(['https://a.example.com/*'], changed);
    expect(changed.calls).toEqual(['unregister']);
  });

  it('registers the guard in all frames, about:blank and about:srcdoc ones included, and replaces an older registration without them', async () => {
    expect(guardRegistration(['https://a.example.com/*'])).toMatchObject({ matches: ['https://a.example.com/*'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_start' });
    const older = apis(['https://a.example.com/*'], ['https://a.example.com/*'], false);
    await syncExtraHosts(['https://a.example.com/*'], older);
    expect(older.calls).toEqual(['unregister', 'register https://a.example.com/*']);
  });

  it('registers the early guard (which has the guard injected once the page loaded), and replaces a registration of the guard alone', async () => {
    expect(guardRegistration(['https://a.example.com/*']).js).toEqual(['content-scripts/guard-start.js']);
    const older = apis(['https://a.example.com/*'], ['https://a.example.com/*'], true, ['content-scripts/guard.js']);
    await syncExtraHosts(['https://a.example.com/*'], older);
    expect(older.calls).toEqual(['unregister', 'register https://a.example.com/*']);
  });
});

describe('blocked-site reports are checked against the background state', () => {
  const state = stateOf({ sites: [{ match: 'deepseek', status: 'blocked' }] });
  const sender = { id: 'us', url: 'https://chat.deepseek.com/a/chat', tab: { id: 4 }, frameId: 0 };

  it('accepts the top frame of a blocked site', () => {
    expect(checkBlockedSender(sender, state, 'us')).toEqual({ tabId: 4, host: 'chat.deepseek.com' });
    expect(blockedPageUrl('chat.deepseek.com')).toBe('/blocked.html?site=chat.deepseek.com');
  });

  it.each([
    ['another extension', { ...sender, id: 'them' }, state],
    ['a subframe', { ...sender, frameId: 2 }, state],
    ['a site that is not blocked', { ...sender, url: 'https://claude.ai/' }, state],
    ['an http page', { ...sender, url: 'http://chat.deepseek.com/' }, state],
    ['monitor mode', sender, stateOf({ mode: 'monitor', sites: [{ match: 'deepseek', status: 'blocked' }] })],
    ['no state yet', sender, undefined],
  ])('refuses %s', (_name, from, current) => {
    expect(checkBlockedSender(from, current, 'us')).toHaveProperty('error');
  });
});
