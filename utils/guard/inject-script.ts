import { contentFrame, type SenderInfo } from '../log/receive-event';

/** The scripts a content script may ask the background to inject into its frame, by name: their built files. */
export const INJECTABLE_SCRIPTS = {
  'notice-ui': '/notice-ui.js',
  'custom-detectors': '/custom-detectors.js',
  re2: '/re2.js',
  'file-guard': '/file-guard.js',
  // Runs in the page's own world, where code editors keep their text (utils/guard/editor-reader.ts).
  'editor-reader': '/editor-reader.js',
  // The guard itself, asked for by the early guard where its declared run did not come (guard-start.content.ts).
  guard: '/content-scripts/guard.js',
} as const;

/** The name of an injectable script. */
export type InjectableScript = keyof typeof INJECTABLE_SCRIPTS;

/** The scripts that run in the page's own world; the others run in the extension's isolated world, with the content scripts. */
export const MAIN_WORLD_SCRIPTS: ReadonlySet<InjectableScript> = new Set(['editor-reader']);

/** Runs a script file in one frame of one tab, in the isolated world or the page's (browser.scripting.executeScript, narrowed for tests). */
export type ExecuteInFrame = (tabId: number, frameId: number, file: (typeof INJECTABLE_SCRIPTS)[InjectableScript], world: 'ISOLATED' | 'MAIN') => Promise<unknown>;

/** True when `name` is one of the injectable scripts (the message's payload is checked against this list). */
export function isInjectableScript(name: unknown): name is InjectableScript {
  return typeof name === 'string' && Object.hasOwn(INJECTABLE_SCRIPTS, name);
}

/**
 * Injects one of our own scripts (never a file the message names) into the frame that asked, after checking
 * the request comes from our content script in an https frame of a tab. Resolves `{ ok: true }`, or
 * `{ ok: false, error }` when refused (or, for a script of the page's world, when the injection failed).
 */
export async function injectScript(script: unknown, sender: SenderInfo & { frameId?: number }, deps: { extensionId: string; execute: ExecuteInFrame }): Promise<{ ok: boolean; error?: string }> {
  const frame = contentFrame(sender, deps.extensionId);
  if (!frame) return { ok: false, error: 'sender is not one of our content scripts' };
  if (!isInjectableScript(script)) return { ok: false, error: `unknown script ${String(script)}` };
  const main = MAIN_WORLD_SCRIPTS.has(script);
  try {
    await deps.execute(frame.tabId, frame.frameId, INJECTABLE_SCRIPTS[script], main ? 'MAIN' : 'ISOLATED');
  } catch (error) {
    // The early guard asks for the editor reader on a focus in a code editor and does without it (it reads the lines
    // drawn): a failure is an answer, not an error thrown into the page's console.
    if (!main) throw error;
    return { ok: false, error: String(error) };
  }
  return { ok: true };
}
