import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CUSTOM_DETECTORS_GLOBAL, type CustomSourceFactory } from '../utils/guard/custom-loader';
import { createCompilingSource } from '../utils/guard/custom-source';

// Injected by the background into a frame's isolated world when the policy has custom detectors
// (utils/guard/custom-loader.ts), so their code is not loaded on every AI page.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope[CUSTOM_DETECTORS_GLOBAL] ??= createCompilingSource satisfies CustomSourceFactory;
});
