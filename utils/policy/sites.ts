import type { PolicyState } from './load';
import type { Policy, PolicyCategory, PolicySite, SiteStatus } from './schema';

/**
 * How the policy classifies one AI site. The background computes it for every catalog host and every host
 * the policy adds (site-table.ts) and publishes the table with the policy state, so content scripts look their
 * own host up without carrying the catalog.
 */
export interface SiteInfo {
  /** The hostname of the page (lowercase). */
  host: string;
  /** The catalog id, or the policy's match for a host the catalog does not know. */
  id: string;
  name: string;
  category: PolicyCategory;
  status: SiteStatus;
  /** The policy's reason for the status, per language (blocked sites show it). */
  reason?: Record<string, string>;
  /**
   * For a site with an adapter (utils/catalog/adapters): its composer and send-button selectors, each a
   * selector list, which the guard tries before its generic heuristics.
   */
  selectors?: { composer: string; send: string };
}

/** The published classification: exact hosts, then the wildcard entries of the policy, in order. */
export interface SiteTable {
  hosts: Record<string, Omit<SiteInfo, 'host'>>;
  patterns: { pattern: string; info: Omit<SiteInfo, 'host'> }[];
}

const HOST_PATTERN = /^(\*\.)?(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** True when `match` is a host pattern (has a dot), as opposed to a catalog service id. */
export function isHostPattern(match: string): boolean {
  return match.includes('.');
}

/** True when `pattern` is a well-formed lowercase hostname, optionally behind `*.`. */
export function isValidHostPattern(pattern: string): boolean {
  return HOST_PATTERN.test(pattern);
}

/** True when `host` is matched by `pattern`: the same host, or for `*.example.com`, it and its subdomains. */
export function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const apex = pattern.slice(2);
  return host === apex || host.endsWith(`.${apex}`);
}

/** True when a policy site entry (or a rule's `sites` item) designates the site `id` served on `host`. */
export function siteEntryMatches(match: string, site: { id: string; host: string }): boolean {
  // isHostPattern(match), written out: the content script, which calls it nowhere else, carries no function for it.
  return match.includes('.') ? hostMatches(match, site.host) : match === site.id;
}

/** The first entry of `policy.sites` that designates this site. */
export function policySiteEntry(policy: Policy, site: { id: string; host: string }): PolicySite | undefined {
  return policy.sites.find((entry) => siteEntryMatches(entry.match, site));
}

/** The status of a catalog site: its own entry, else its category's status, else the policy's default. */
export function catalogSiteStatus(policy: Policy, site: { id: string; host: string; category: PolicyCategory }): { status: SiteStatus; reason?: Record<string, string> } {
  const entry = policySiteEntry(policy, site);
  if (entry) return { status: entry.status, reason: entry.reason };
  return { status: policy.categories[site.category]?.status ?? policy.defaultSiteStatus };
}

/** Looks a page's host up in a published site table. Pure; used by content scripts. */
export function siteInfo(table: SiteTable, hostname: string): SiteInfo | undefined {
  const host = hostname.toLowerCase();
  const exact = table.hosts[host];
  if (exact) return { host, ...exact };
  const wildcard = table.patterns.find((entry) => hostMatches(entry.pattern, host));
  return wildcard && { host, ...wildcard.info };
}

/** The site of a frame under the policy; a host the table lacks is treated as an unclassified AI site. */
export function currentSite(state: PolicyState, host: string): SiteInfo {
  return siteInfo(state.sites, host) ?? { host, id: host, name: host, category: 'chat', status: state.policy.defaultSiteStatus };
}
