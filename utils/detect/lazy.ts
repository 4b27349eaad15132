// The content script is evaluated on every AI page at document_start, so the engine's modules build nothing
// when they load: tables, maps and derived patterns are built by lazy() on first use, or all at once by
// buildAllLazy() when the page is idle (see prepareEngine in scan.ts).
const getters: (() => unknown)[] = [];

/** A value built by `build` on first use and kept. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  const get = (): T => (value ??= build());
  getters.push(get);
  return get;
}

/** Builds every lazy value not built yet. */
export function buildAllLazy(): void {
  for (const get of getters) get();
}
