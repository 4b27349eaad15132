/**
 * Site adapters: per AI site, where the composer, the send button, the file inputs and the drop zones are,
 * and which editor holds the text. Pure data and lookups; nothing here touches a page unless given one.
 */
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { generic } from './generic';
import { leChat } from './le-chat';
import { perplexity } from './perplexity';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';
export { generic as GENERIC_ADAPTER } from './generic';

/** The site-specific adapters (the generic fallback is not among them). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [chatgpt, claude, gemini, copilot, leChat, deepseek, perplexity];

const byHost = new Map(SITE_ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => [host, adapter] as const)));

/** The adapter of `hostname` (exact host, any case), or the generic fallback. */
export function adapterForHost(hostname: string): SiteAdapter {
  return byHost.get(hostname.toLowerCase()) ?? generic;
}

/** The first element matching one of `selectors`, tried in order (the most specific first). */
export function findFirst<E extends Element = Element>(root: ParentNode, selectors: readonly string[]): E | undefined {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return undefined;
}
