import type { Finding } from '../detect/types';
import type { UsageEvent } from '../messaging';
import type { redactedExcerpt } from './excerpt';
import type { ScriptGlobal } from './lazy-global';

/** The global under which the lazily injected excerpt script (entrypoints/excerpt.ts) registers redactedExcerpt. */
export const EXCERPT_GLOBAL: ScriptGlobal<'excerpt'> = '__vigie:excerpt';

/** What a redacted excerpt is made from, for a policy that asks for one: the text and what was found in it. */
export interface ExcerptSource {
  text: string;
  found: readonly Finding[];
}

/** Records an event; with `excerptOf`, the record holds a redacted excerpt of that text. */
export type RecordEvent = (event: UsageEvent, excerptOf?: ExcerptSource) => void;

/**
 * Creates the guard's `record`: hands events to the event queue in the order they were made. Redacted excerpts
 * (only for a policy that asks for them) are made by code injected on the first record that needs one: that
 * record, and those made after it meanwhile, go to the queue once it is there (records are sent asynchronously
 * anyway). If it cannot be injected, the record goes without its excerpt, and the error is logged. Given the event
 * queue's push, the excerpt code when it was injected already (`excerpts`), and what injects it (`loadExcerpts`, see
 * lazy-global.ts): arguments rather than an object of them, for the content script's bytes.
 */
export function createRecorder(
  push: (event: UsageEvent) => void,
  excerpts: () => typeof redactedExcerpt | undefined,
  loadExcerpts: () => Promise<typeof redactedExcerpt>,
): RecordEvent {
  let turn: Promise<void> = Promise.resolve();
  let waiting = 0;
  return (event, excerptOf) => {
    const make = excerpts();
    if (waiting === 0 && (!excerptOf || make)) return push(excerptOf ? { ...event, excerpt: make!(excerptOf.text, excerptOf.found) } : event);
    waiting++;
    turn = turn.then(async () => {
      try {
        if (excerptOf) event = { ...event, excerpt: (await loadExcerpts())(excerptOf.text, excerptOf.found) };
      } catch (error) {
        console.error('Vigie: record without its excerpt', error);
      }
      waiting--;
      push(event);
    });
  };
}
