import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compileCustomDetectorsWith } from '../utils/detect/custom/compile';
import { CUSTOM_DETECTORS_GLOBAL, type CustomDetectorCompiler } from '../utils/guard/custom-loader';

// Injected by the background into a frame's isolated world when the policy has custom detectors
// (utils/guard/custom-loader.ts), so their code is not loaded on every AI page.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope[CUSTOM_DETECTORS_GLOBAL] ??= { compile: compileCustomDetectorsWith } satisfies CustomDetectorCompiler;
});
