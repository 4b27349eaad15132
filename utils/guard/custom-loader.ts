import type { Detector } from '../detect/types';
import type { PolicyDetector } from '../policy/schema';
import { lazyGlobal, type ScriptGlobal } from './lazy-global';

/** Globals under which the lazily injected scripts register in the frame's isolated world. */
export const CUSTOM_DETECTORS_GLOBAL: ScriptGlobal<'custom-detectors'> = '__vigie:custom-detectors';
export const RE2_GLOBAL: ScriptGlobal<'re2'> = '__vigie:re2';

/** What the loader needs: the isolated world's globals, a way to have a script injected, the built-in detectors. */
export interface CustomLoaderDeps {
  scope: Record<string, unknown>;
  loadScript(name: 'custom-detectors' | 're2'): Promise<unknown>;
  builtIn: readonly Detector[];
  onError(error: unknown): void;
}

/** The policy's custom detectors, ready for synchronous scans once compiled. */
export interface CustomDetectorSource {
  update(specs: readonly PolicyDetector[]): void;
  /** The built-in detectors plus the compiled custom ones; undefined until they are compiled (built-in only). */
  current(): readonly Detector[] | undefined;
}

/** What entrypoints/custom-detectors.ts registers: makes the frame's compiling source (custom-source.ts). */
export type CustomSourceFactory = (deps: CustomLoaderDeps) => CustomDetectorSource;

/**
 * Keeps the policy's custom detectors ready for synchronous scans. Their code (the compiling source, and
 * re2js only for regex rules) is injected when a policy has custom detectors, not on every AI page; the
 * policy's detectors are handed to it once it is there. Until a new policy's detectors are compiled, scans
 * use the built-in detectors alone.
 */
export function createCustomDetectorSource(deps: CustomLoaderDeps): CustomDetectorSource {
  const load = lazyGlobal<CustomSourceFactory, 'custom-detectors'>(deps.scope, 'custom-detectors', deps.loadScript);
  let compiling: CustomDetectorSource | undefined;
  let latest: readonly PolicyDetector[] = [];
  return {
    current: () => compiling?.current(),
    update(specs) {
      latest = specs;
      if (compiling) compiling.update(specs);
      // The newest policy's detectors go to the source once it is injected.
      else if (specs.length) load().then((make) => (compiling ??= make(deps)).update(latest), deps.onError);
    },
  };
}
