/**
 * The global under which a lazily injected script registers what it offers: its name after a prefix of ours. Derived
 * from the script's name, so that the guard names each script once (a name of its own for each: 13 bytes gzipped).
 */
export type ScriptGlobal<Script extends string> = `__vigie:${Script}`;

/**
 * A script the background injects into this frame on first use, which registers an object under its global
 * (ScriptGlobal) in the content script's own global (notice UI, file guard, custom detectors, re2js). Returns a
 * loader that injects it once (`inject(script)`, `script` being the injected script's name in entrypoints/, which a
 * failure names), shares the request while it is in flight, and tries again after a failure.
 */
export function lazyGlobal<T, Script extends string>(scope: Record<string, unknown>, script: Script, inject: (script: Script) => Promise<unknown>): () => Promise<T> {
  const global: ScriptGlobal<Script> = `__vigie:${script}`;
  let loading: Promise<T> | undefined;
  return () => {
    const ready = scope[global] as T | undefined;
    if (ready) return Promise.resolve(ready);
    return (loading ??= inject(script).then(() => {
      const value = scope[global] as T | undefined;
      if (!value) throw new Error(`the ${script} script did not register`);
      return value;
    })).catch((error: unknown) => {
      loading = undefined; // The next use tries again.
      throw error;
    });
  };
}
