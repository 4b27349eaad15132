import type { SenderInfo } from '../log/receive-event';

/** The built file of entrypoints/notice-ui.ts. */
export const NOTICE_UI_FILE = '/notice-ui.js' as const;

/** Runs a script file in one frame of one tab (browser.scripting.executeScript, narrowed for tests). */
export type ExecuteInFrame = (tabId: number, frameId: number, file: typeof NOTICE_UI_FILE) => Promise<unknown>;

/**
 * Injects the notice UI into the frame that asked, after checking the request comes from our own content
 * script in an https frame of a tab. Resolves `{ ok: true }`, or `{ ok: false, error }` when refused.
 */
export async function injectNoticeUi(sender: SenderInfo & { frameId?: number }, deps: { extensionId: string; execute: ExecuteInFrame }): Promise<{ ok: boolean; error?: string }> {
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  if (sender.id !== deps.extensionId || typeof tabId !== 'number' || typeof sender.frameId !== 'number' || !sender.url?.startsWith('https://')) {
    return { ok: false, error: 'sender is not one of our content scripts' };
  }
  await deps.execute(tabId, sender.frameId, NOTICE_UI_FILE);
  return { ok: true };
}
