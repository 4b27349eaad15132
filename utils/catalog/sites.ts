/**
 * The AI site catalog: which hosts Vigie guards. This is data; the manifest's match patterns and the
 * site lookup are derived from it so they cannot drift apart.
 */

/** What kind of AI service a catalog entry is. */
export type SiteCategory = 'chat' | 'search' | 'code-assistant';

/** One AI service of the catalog. */
export interface AiSite {
  /** Stable id used in policies and logs. */
  id: string;
  name: string;
  vendor: string;
  /** Exact hostnames the service's composer runs on. */
  hosts: readonly string[];
  category: SiteCategory;
}

export const AI_SITES: readonly AiSite[] = [
  { id: 'chatgpt', name: 'ChatGPT', vendor: 'OpenAI', hosts: ['chatgpt.com', 'chat.openai.com'], category: 'chat' },
  { id: 'claude', name: 'Claude', vendor: 'Anthropic', hosts: ['claude.ai'], category: 'chat' },
  { id: 'gemini', name: 'Gemini', vendor: 'Google', hosts: ['gemini.google.com'], category: 'chat' },
  { id: 'copilot', name: 'Microsoft Copilot', vendor: 'Microsoft', hosts: ['copilot.microsoft.com'], category: 'chat' },
  { id: 'le-chat', name: 'Le Chat', vendor: 'Mistral AI', hosts: ['chat.mistral.ai'], category: 'chat' },
  { id: 'deepseek', name: 'DeepSeek', vendor: 'DeepSeek', hosts: ['chat.deepseek.com'], category: 'chat' },
  { id: 'perplexity', name: 'Perplexity', vendor: 'Perplexity AI', hosts: ['www.perplexity.ai', 'perplexity.ai'], category: 'search' },
];

/** Manifest match patterns for every catalog host (https only: no AI composer is served over http). */
export function catalogMatchPatterns(sites: readonly AiSite[] = AI_SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

/** The catalog entry serving `hostname`, if any. */
export function siteForHost(hostname: string, sites: readonly AiSite[] = AI_SITES): AiSite | undefined {
  const host = hostname.toLowerCase();
  return sites.find((site) => site.hosts.includes(host));
}
