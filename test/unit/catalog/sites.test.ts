import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AI_SITES, catalogMatchPatterns, siteForHost } from '../../../utils/catalog/sites';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY } from '../../../utils/extension-identity';

describe('AI site catalog', () => {
  it('covers the sites the product promises', () => {
    for (const host of ['chatgpt.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'chat.mistral.ai', 'chat.deepseek.com', 'www.perplexity.ai']) {
      expect(siteForHost(host), host).toBeDefined();
    }
  });

  it('has well-formed, unique hosts and ids', () => {
    const hosts = AI_SITES.flatMap((site) => site.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(new Set(AI_SITES.map((s) => s.id)).size).toBe(AI_SITES.length);
    for (const host of hosts) expect(host).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
  });

  it.each([
    ['chatgpt.com', 'chatgpt'],
    ['CHATGPT.COM', 'chatgpt'],
    ['evil-chatgpt.com', undefined],
    ['chatgpt.com.evil.example', undefined],
  ])('siteForHost(%s) = %s', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it('derives one https match pattern per host', () => {
    expect(catalogMatchPatterns()).toContain('https://chatgpt.com/*');
    expect(catalogMatchPatterns()).toHaveLength(AI_SITES.flatMap((s) => s.hosts).length);
  });
});

describe('extension identity', () => {
  it('the Chromium id is the one the public key yields', () => {
    const digest = createHash('sha256').update(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...digest].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
    expect(id).toBe(CHROMIUM_EXTENSION_ID);
  });
});
