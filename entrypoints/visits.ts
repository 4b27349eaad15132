import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startVisitTracking, VISITS_GLOBAL } from '../utils/visits/start-visit-tracking';

// Injected by the background into the top frame of an AI page when the guard starts there
// (utils/guard/start-guard.ts): visit reports are sent asynchronously anyway, so the tracker is not part of
// the content script that runs on every AI page.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[VISITS_GLOBAL] ??= startVisitTracking;
});
