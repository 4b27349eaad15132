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

/** Builds every lazy value not built yet (the builders make no lazy values: all are made when the modules load). */
export function buildAllLazy(): void {
  getters.forEach((get) => get());
}
