import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AI_SITES, catalogMatchPatterns, siteForHost, type AiSite } from '../../../utils/catalog/sites';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY } from '../../../utils/extension-identity';

const allHosts = AI_SITES.flatMap((site) => site.hosts);

describe('AI site catalog lookup', () => {
  // The sites the product promises by name, with the ids policies and logs already use.
  it.each([
    ['chatgpt.com', 'chatgpt'],
    ['chat.openai.com', 'chatgpt'],
    ['claude.ai', 'claude'],
    ['gemini.google.com', 'gemini'],
    ['copilot.microsoft.com', 'copilot'],
    ['chat.mistral.ai', 'le-chat'],
    ['chat.deepseek.com', 'deepseek'],
    ['www.perplexity.ai', 'perplexity'],
  ])('guards the promised site %s as %s', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it.each([
    ['CHATGPT.COM', 'chatgpt'],
    ['Chat.Mistral.AI', 'le-chat'],
    ['WWW.Perplexity.ai', 'perplexity'],
  ])('matches %s whatever its case', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  // A host is matched exactly: look-alikes, subdomains and parent domains are other sites.
  it.each([
    'evil-chatgpt.com',
    'chatgpt.com.evil.example',
    'xclaude.ai',
    'claude.ai.evil.example',
    'api.chatgpt.com',
    'www.chatgpt.com',
    'openai.com',
    'google.com',
    'mistral.ai',
    '',
  ])('does not match the look-alike %j', (host) => {
    expect(siteForHost(host)).toBeUndefined();
  });

  it('finds every catalog host in the entry that lists it', () => {
    for (const site of AI_SITES) {
      for (const host of site.hosts) expect(siteForHost(host), host).toBe(site);
    }
  });

  it('looks up in a site list passed by the caller', () => {
    const sites: AiSite[] = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, vendor: 'V', hosts: [`s${i}.example`], category: 'chat' }));
    expect(siteForHost('S299.example', sites)?.id).toBe('s299');
    expect(siteForHost('chatgpt.com', sites)).toBeUndefined();
  });

  it('derives one https match pattern per host', () => {
    const patterns = catalogMatchPatterns();
    expect(patterns).toHaveLength(allHosts.length);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(patterns).toContain('https://chatgpt.com/*');
    for (const host of allHosts) expect(patterns).toContain(`https://${host}/*`);
  });
});

describe('extension identity', () => {
  it('the Chromium id is the one the public key yields', () => {
    const digest = createHash('sha256').update(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...digest].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
    expect(id).toBe(CHROMIUM_EXTENSION_ID);
  });
});
