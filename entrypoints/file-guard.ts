import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { judgeFiles } from '../utils/guard/file-guard';
import { FILE_GUARD_GLOBAL, type FileGuard } from '../utils/guard/file-intercept';

// Injected by the background into a frame's isolated world on the first file upload or drop there
// (utils/guard/file-intercept.ts): reading and judging files is asynchronous anyway, so this code is not
// part of the content script that runs on every AI page.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[FILE_GUARD_GLOBAL] ??= { judgeFiles } satisfies FileGuard;
});
