import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { VISITS_GLOBAL } from '../utils/visits/start-visit-tracking';
import { trackVisits } from '../utils/visits/visit-tracker';

// Injected by the background into the top frame of an AI page when the guard starts there
// (utils/visits/start-visit-tracking.ts): the tracker's listeners report asynchronously anyway, so they are not
// part of the content script that runs on every AI page.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[VISITS_GLOBAL] ??= trackVisits;
});
