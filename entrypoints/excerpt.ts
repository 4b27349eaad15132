import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { redactedExcerpt } from '../utils/guard/excerpt';
import { EXCERPT_GLOBAL } from '../utils/guard/recorder';

// Injected by the background into a frame's isolated world on the first record there that holds a redacted
// excerpt (only policies ask for them; utils/guard/recorder.ts), so this code is not part of the content
// script that runs on every AI page.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[EXCERPT_GLOBAL] ??= redactedExcerpt;
});
