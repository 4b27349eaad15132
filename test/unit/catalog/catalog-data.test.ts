import { describe, expect, it } from 'vitest';
import { AI_SITES, SITE_CATEGORIES } from '../../../utils/catalog/sites';

const allHosts = AI_SITES.flatMap((site) => site.hosts);
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EDITORS = ['prosemirror', 'quill', 'lexical', 'textarea', 'contenteditable'];

// Hosts that carry AI features but are not AI services as a whole: guarding them would put the paste guard on
// every search, mailbox, repository or document the user opens.
const BROAD_HOSTS = [
  'google.com', 'www.google.com', 'docs.google.com', 'mail.google.com', 'translate.google.com', 'console.cloud.google.com',
  'colab.research.google.com', 'microsoft.com', 'www.microsoft.com', 'office.com', 'www.office.com', 'outlook.office.com',
  'teams.microsoft.com', 'm365.cloud.microsoft', 'bing.com', 'www.bing.com', 'github.com', 'www.github.com', 'notion.so',
  'www.notion.so', 'grammarly.com', 'www.grammarly.com', 'slack.com', 'app.slack.com', 'x.com', 'twitter.com',
  'duckduckgo.com', 'kagi.com', 'search.brave.com', 'canva.com', 'www.canva.com', 'www.freepik.com', 'zapier.com',
  'sourcegraph.com', 'stackblitz.com', 'codesandbox.io', 'console.aws.amazon.com', 'aws.amazon.com', 'amazon.com',
  'youtube.com', 'www.youtube.com', 'linkedin.com', 'www.linkedin.com', 'facebook.com', 'www.facebook.com', 'openai.com',
];

describe('AI site catalog data', () => {
  it('lists at least 150 services', () => {
    expect(AI_SITES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(SITE_CATEGORIES.map((category) => [category]))('has at least 5 services in %s', (category) => {
    expect(AI_SITES.filter((site) => site.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it('gives each host to exactly one entry', () => {
    const seen = new Map<string, string>();
    for (const site of AI_SITES) {
      expect(site.hosts.length, site.id).toBeGreaterThan(0);
      for (const host of site.hosts) {
        expect(seen.get(host), `${host} in ${site.id}`).toBeUndefined();
        seen.set(host, site.id);
      }
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = AI_SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_ID);
  });

  it.each(AI_SITES.map((site) => [site.id, site]))('%s has well-formed hosts, a name, a vendor and valid optional fields', (_id, site) => {
    for (const host of site.hosts) expect(host).toMatch(HOSTNAME);
    expect(site.name.trim()).not.toBe('');
    expect(site.vendor.trim()).not.toBe('');
    expect(SITE_CATEGORIES).toContain(site.category);
    if (site.country !== undefined) expect(site.country).toMatch(/^[A-Z]{2}$/);
    if (site.editor !== undefined) expect(EDITORS).toContain(site.editor);
  });

  it.each(BROAD_HOSTS.map((host) => [host]))('leaves out the broad non-AI host %s', (host) => {
    expect(allHosts).not.toContain(host);
  });

  it.each([
    ['chatgpt', 'prosemirror'],
    ['claude', 'prosemirror'],
    ['gemini', 'quill'],
  ])('hints that %s uses %s', (id, editor) => {
    expect(AI_SITES.find((site) => site.id === id)?.editor).toBe(editor);
  });
});
