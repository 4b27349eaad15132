/**
 * Hosts a policy adds beyond the catalog get the guard without a rebuild: the content script is registered
 * at run time for those of them the extension holds a host permission for (optional host permissions,
 * granted by the employee in the options page). What the browser APIs must offer, narrowed for tests.
 */
export interface ExtraHostApis {
  hasOrigin(origin: string): Promise<boolean>;
  registered(): Promise<string[]>;
  register(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/** The id of the run-time registration of the guard. */
export const EXTRA_GUARD_ID = 'vigie-guard-policy-hosts';

/**
 * Registers the guard on the policy's extra hosts that are granted, and reports the ones still waiting for
 * a grant. Idempotent: an unchanged list is left alone.
 */
export async function syncExtraHosts(patterns: readonly string[], apis: ExtraHostApis): Promise<{ active: string[]; missing: string[] }> {
  const granted = await Promise.all(patterns.map((pattern) => apis.hasOrigin(pattern)));
  const active = patterns.filter((_, i) => granted[i]);
  const missing = patterns.filter((_, i) => !granted[i]);
  const current = await apis.registered();
  const same = current.length === active.length && current.every((pattern) => active.includes(pattern));
  if (!same) {
    if (current.length > 0) await apis.unregister();
    if (active.length > 0) await apis.register(active);
  }
  return { active, missing };
}
