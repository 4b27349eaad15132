import { contentFrame, type SenderInfo } from '../log/receive-event';
import type { PolicyState } from './load';
import { siteInfo } from './sites';

/** The extension page shown instead of a blocked AI site, for `host`. */
export function blockedPageUrl(host: string): `/blocked.html?site=${string}` {
  return `/blocked.html?site=${encodeURIComponent(host)}`;
}

/**
 * Checks a content script's report that its page is on a blocked site against the background's own state
 * (the page is not trusted to say so): our extension, the top frame of a tab, an https page whose host the
 * policy in force blocks, in enforce mode.
 */
export function checkBlockedSender(sender: SenderInfo & { frameId?: number }, state: PolicyState | undefined, extensionId: string): { tabId: number; host: string } | { error: string } {
  const frame = contentFrame(sender, extensionId);
  if (!frame || frame.frameId !== 0) return { error: 'sender is not the https top frame of a tab' };
  const { tabId, url } = frame;
  if (!state || state.policy.mode !== 'enforce' || siteInfo(state.sites, url.hostname)?.status !== 'blocked') return { error: `${url.hostname} is not blocked` };
  return { tabId, host: url.hostname };
}
