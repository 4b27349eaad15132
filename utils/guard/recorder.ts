import type { Finding } from '../detect/types';
import type { UsageEvent } from '../messaging';
import type { redactedExcerpt } from './excerpt';

/** The global under which the lazily injected excerpt script (entrypoints/excerpt.ts) registers redactedExcerpt. */
export const EXCERPT_GLOBAL = '__vigieExcerpt';

/** What a redacted excerpt is made from, for a policy that asks for one: the text and what was found in it. */
export interface ExcerptSource {
  text: string;
  found: readonly Finding[];
}

/** Records an event; with `excerptOf`, the record holds a redacted excerpt of that text. */
export type RecordEvent = (event: UsageEvent, excerptOf?: ExcerptSource) => void;

/** What the recorder needs: the event queue's push, and the excerpt code, registered or injected on demand. */
export interface RecorderDeps {
  push(event: UsageEvent): void;
  /** The excerpt code, when it was injected already. */
  excerpts(): typeof redactedExcerpt | undefined;
  /** Injects the excerpt code (see lazy-global.ts). */
  loadExcerpts(): Promise<typeof redactedExcerpt>;
}

/**
 * Creates the guard's `record`: hands events to the event queue in the order they were made. Redacted excerpts
 * (only for a policy that asks for them) are made by code injected on the first record that needs one: that
 * record, and those made after it meanwhile, go to the queue once it is there (records are sent asynchronously
 * anyway). If it cannot be injected, the record goes without its excerpt, and the error is logged.
 */
export function createRecorder(deps: RecorderDeps): RecordEvent {
  let turn: Promise<void> = Promise.resolve();
  let waiting = 0;
  return (event, excerptOf) => {
    const make = deps.excerpts();
    if (waiting === 0 && (!excerptOf || make)) return deps.push(excerptOf ? { ...event, excerpt: make!(excerptOf.text, excerptOf.found) } : event);
    waiting++;
    turn = turn.then(async () => {
      try {
        if (excerptOf) event = { ...event, excerpt: (await deps.loadExcerpts())(excerptOf.text, excerptOf.found) };
      } catch (error) {
        console.error('Vigie: record without its excerpt', error);
      }
      waiting--;
      deps.push(event);
    });
  };
}
