import { RE2JS } from 're2js';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { RE2_GLOBAL } from '../utils/guard/custom-loader';

// The linear-time regex engine, injected only into frames whose policy has regex detectors.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[RE2_GLOBAL] ??= RE2JS;
});
