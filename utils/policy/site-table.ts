import { adapterForHost } from '../catalog/adapters';
import { AI_SITES, type AiSite } from '../catalog/sites';
import type { Policy } from './schema';
import { catalogSiteStatus, isHostPattern, policySiteEntry, type SiteTable } from './sites';

/**
 * Classifies every catalog host and every host the policy adds, for publication with the policy state.
 * Runs in the background (it needs the catalog); content scripts only read the result.
 */
export function buildSiteTable(policy: Policy, catalog: readonly AiSite[] = AI_SITES): SiteTable {
  const table: SiteTable = { hosts: {}, patterns: [] };
  for (const site of catalog) {
    for (const host of site.hosts) {
      const adapter = adapterForHost(host);
      table.hosts[host] = {
        id: site.id,
        name: site.name,
        category: site.category,
        ...catalogSiteStatus(policy, { id: site.id, host, category: site.category }),
        ...(adapter.hosts.length > 0 && { selectors: { composer: adapter.composer.join(', '), send: adapter.sendButton.join(', ') } }),
      };
    }
  }
  for (const entry of policy.sites) {
    if (!isHostPattern(entry.match)) continue;
    const wildcard = entry.match.startsWith('*.');
    const host = wildcard ? entry.match.slice(2) : entry.match;
    const info = { id: entry.match, name: entry.name ?? host, category: entry.category ?? 'chat', status: entry.status, ...(entry.reason && { reason: entry.reason }) };
    if (wildcard) {
      table.patterns.push({ pattern: entry.match, info });
    } else if (!table.hosts[host] && policySiteEntry(policy, { id: host, host }) === entry) {
      // An earlier wildcard entry that also covers this host wins, as for catalog hosts.
      table.hosts[host] = info;
    }
  }
  return table;
}

/** Match patterns for the hosts the policy adds beyond the manifest's catalog hosts (registered at run time). */
export function extraMatchPatterns(policy: Policy, catalog: readonly AiSite[] = AI_SITES): string[] {
  const known = new Set(catalog.flatMap((site) => site.hosts));
  const patterns = policy.sites
    .map((entry) => entry.match)
    .filter((match) => isHostPattern(match) && !known.has(match))
    .map((match) => `https://${match}/*`);
  return [...new Set(patterns)];
}
