import type { CustomDetectorError, CustomDetectorSpec } from '../detect/custom/compile';
import type { Re2Engine } from '../detect/custom/regex';
import type { Detector } from '../detect/types';
import type { PolicyDetector } from '../policy/schema';
import { lazyGlobal } from './lazy-global';

/** Globals under which the lazily injected scripts register in the frame's isolated world. */
export const CUSTOM_DETECTORS_GLOBAL = '__vigieCustomDetectors';
export const RE2_GLOBAL = '__vigieRe2';

/** What entrypoints/custom-detectors.ts registers. */
export interface CustomDetectorCompiler {
  compile(specs: readonly CustomDetectorSpec[], loadRe2: () => Promise<Re2Engine>): Promise<{ detectors: Detector[]; errors: CustomDetectorError[] }>;
}

/** What the loader needs: the isolated world's globals, a way to have a script injected, the built-in detectors. */
export interface CustomLoaderDeps {
  scope: Record<string, unknown>;
  loadScript(name: 'custom-detectors' | 're2'): Promise<unknown>;
  builtIn: readonly Detector[];
  onError(error: unknown): void;
}


/**
 * Keeps the policy's custom detectors ready for synchronous scans. Their code (and re2js, only for regex
 * rules) is injected when a policy has custom detectors, not on every AI page. Until a new policy's
 * detectors are compiled, scans use the built-in detectors alone.
 */
export function createCustomDetectorSource(deps: CustomLoaderDeps): { update(specs: readonly PolicyDetector[]): void; current(): readonly Detector[] | undefined } {
  const compiler = lazyGlobal<CustomDetectorCompiler>(deps.scope, CUSTOM_DETECTORS_GLOBAL, () => deps.loadScript('custom-detectors'), 'custom detectors script');
  const re2 = lazyGlobal<Re2Engine>(deps.scope, RE2_GLOBAL, () => deps.loadScript('re2'), 're2 script');
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
      compiler()
        .then((loaded) => loaded.compile(specs as unknown as CustomDetectorSpec[], re2))
        .then(({ detectors, errors }) => {
          if (errors.length > 0) deps.onError(errors);
          // A newer policy may have arrived while this one compiled; it wins.
          if (key === next) combined = [...deps.builtIn, ...detectors];
        })
        .catch(deps.onError);
    },
  };
}
