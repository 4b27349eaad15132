/**
 * A script the background injects into this frame on first use, which registers an object under `global`
 * in the content script's own global (notice UI, file guard, custom detectors, re2js). Returns a loader
 * that injects it once, shares the request while it is in flight, and tries again after a failure. `script` is the
 * injected script's name (entrypoints/), which a failure names.
 */
export function lazyGlobal<T>(scope: Record<string, unknown>, global: string, inject: () => Promise<unknown>, script: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    const ready = scope[global] as T | undefined;
    if (ready) return Promise.resolve(ready);
    return (loading ??= inject().then(() => {
      const value = scope[global] as T | undefined;
      if (!value) throw new Error(`the ${script} script did not register`);
      return value;
    })).catch((error: unknown) => {
      loading = undefined; // The next use tries again.
      throw error;
    });
  };
}
