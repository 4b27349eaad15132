import { compileCustomDetectorsWith, type CustomDetectorSpec } from '../detect/custom/compile';
import type { Re2Engine } from '../detect/custom/regex';
import type { Detector } from '../detect/types';
import { type CustomDetectorSource, type CustomLoaderDeps } from './custom-loader';
import { lazyGlobal } from './lazy-global';

/**
 * The compiling side of the custom detectors, in the script injected when a policy has some
 * (entrypoints/custom-detectors.ts): compiles each new set of the policy's detectors (injecting re2js first for
 * regex rules), drops the previous set at once, and lets the newest policy win over one still compiling.
 */
export function createCompilingSource(deps: CustomLoaderDeps): CustomDetectorSource {
  const re2 = lazyGlobal<Re2Engine, 're2'>(deps.scope, 're2', deps.loadScript);
  let key = '[]';
  let combined: readonly Detector[] | undefined;
  return {
    current: () => combined,
    update(specs) {
      const next = JSON.stringify(specs);
      if (next === key) return;
      key = next;
      combined = undefined;
      if (specs.length === 0) return;
      compileCustomDetectorsWith(specs as unknown as CustomDetectorSpec[], re2)
        .then(({ detectors, errors }) => {
          if (errors.length > 0) deps.onError(errors);
          // A newer policy may have arrived while this one compiled; it wins.
          if (key === next) combined = [...deps.builtIn, ...detectors];
        })
        .catch(deps.onError);
    },
  };
}
