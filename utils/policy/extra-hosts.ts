/**
 * Hosts a policy adds beyond the catalog get the guard without a rebuild: the content script is registered
 * at run time for those of them the extension holds a host permission for (optional host permissions,
 * granted by the employee in the options page). What the browser APIs must offer, narrowed for tests.
 */
export interface ExtraHostApis {
  hasOrigin(origin: string): Promise<boolean>;
  /** The guard's current run-time registrations (scripting.getRegisteredContentScripts). */
  registered(): Promise<Array<{ matches?: string[]; js?: string[]; matchOriginAsFallback?: boolean }>>;
  register(registration: GuardRegistration): Promise<void>;
  unregister(): Promise<void>;
}

/** The id of the run-time registration of the guard. */
export const EXTRA_GUARD_ID = 'vigie-guard-policy-hosts';

/** What scripting.registerContentScripts is given for the policy's hosts. */
export interface GuardRegistration {
  id: string;
  matches: string[];
  js: string[];
  allFrames: true;
  /** Also the about:blank and about:srcdoc frames those pages make (TinyMCE edits in one), as in the manifest. */
  matchOriginAsFallback: true;
  runAt: 'document_start';
  persistAcrossSessions: true;
}

/** The early guard's file: the guard itself follows when the page has loaded, injected on its request (utils/guard/early.ts). */
const EARLY_GUARD_FILE = 'content-scripts/guard-start.js';

/**
 * The guard's registration on `matches`: the early guard, in the same frames as the manifest's catalog hosts.
 * The guard (with the detection engine) is not registered: the early guard asks the background for it once the
 * page has loaded, or at once when it holds content back.
 */
export function guardRegistration(matches: string[]): GuardRegistration {
  return { id: EXTRA_GUARD_ID, matches, js: [EARLY_GUARD_FILE], allFrames: true, matchOriginAsFallback: true, runAt: 'document_start', persistAcrossSessions: true };
}

/**
 * Registers the guard on the policy's extra hosts that are granted, and reports the ones still waiting for
 * a grant. Idempotent: an unchanged list is left alone.
 */
export async function syncExtraHosts(patterns: readonly string[], apis: ExtraHostApis): Promise<{ active: string[]; missing: string[] }> {
  const granted = await Promise.all(patterns.map((pattern) => apis.hasOrigin(pattern)));
  const active = patterns.filter((_, i) => granted[i]);
  const missing = patterns.filter((_, i) => !granted[i]);
  const registrations = await apis.registered();
  const current = registrations.flatMap((registration) => registration.matches ?? []);
  // A registration by an older version (without the about:blank frames, or of the guard without the early guard) is replaced too.
  const outdated = registrations.some((registration) => registration.matchOriginAsFallback !== true || registration.js?.[0] !== EARLY_GUARD_FILE);
  const same = !outdated && current.length === active.length && current.every((pattern) => active.includes(pattern));
  if (!same) {
    if (registrations.length > 0) await apis.unregister();
    if (active.length > 0) await apis.register(guardRegistration(active));
  }
  return { active, missing };
}
