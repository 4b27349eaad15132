/** The part of a browser storage area Vigie uses; real areas and test fakes both fit. */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
