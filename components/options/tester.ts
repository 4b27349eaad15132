import { AI_SITES } from '../../utils/catalog/sites';
import { DEFAULT_DETECTORS, scan } from '../../utils/detect/scan';
import type { Detector, Finding } from '../../utils/detect/types';
import { evaluate, type PersonalRule, type Verdict } from '../../utils/policy/evaluate';
import type { EventKind, Policy, SiteStatus } from '../../utils/policy/schema';
import { siteInfo, type SiteInfo, type SiteTable } from '../../utils/policy/sites';

/** A site the tester offers: one host per catalog service, then each host or pattern the policy adds. */
export interface TesterSite {
  host: string;
  name: string;
  status: SiteStatus;
  /** True for hosts the policy adds beyond the catalog. */
  added: boolean;
}

/**
 * The sites to test against, classified by the published table: every catalog service (by its first host)
 * and every host the policy adds (a wildcard pattern is represented by its apex host).
 */
export function testerSites(table: SiteTable, catalog = AI_SITES): TesterSite[] {
  const sites: TesterSite[] = [];
  const catalogHosts = new Set(catalog.flatMap((site) => site.hosts));
  for (const [host, info] of Object.entries(table.hosts)) {
    if (!catalogHosts.has(host)) sites.push({ host, name: info.name, status: info.status, added: true });
  }
  for (const { pattern, info } of table.patterns) {
    const host = pattern.slice(2);
    if (!sites.some((site) => site.host === host)) sites.push({ host, name: `${info.name} (${pattern})`, status: info.status, added: true });
  }
  for (const site of catalog) {
    const info = siteInfo(table, site.hosts[0]);
    if (info) sites.push({ host: site.hosts[0], name: site.name, status: info.status, added: false });
  }
  return sites;
}

/** What the tester shows for a sample: the findings, the site as classified, and the verdict. */
export interface TesterResult {
  findings: Finding[];
  site: SiteInfo;
  verdict: Verdict;
}

/**
 * Runs a sample through the same steps as a real paste: scan with the built-in and the policy's detectors,
 * classify the site, evaluate the policy (and the employee's personal rules). Pure and synchronous.
 */
export function runTester(
  input: { text: string; host: string; kind: EventKind },
  context: { policy: Policy; table: SiteTable; personal: readonly PersonalRule[]; detectors?: readonly Detector[] },
): TesterResult {
  const findings = scan(input.text, { detectors: context.detectors ?? DEFAULT_DETECTORS });
  // The picker only offers classified hosts; a host the table lacks is treated as the policy treats unknown catalog sites.
  const site = siteInfo(context.table, input.host) ?? { host: input.host, id: input.host, name: input.host, category: 'chat', status: context.policy.defaultSiteStatus };
  return { findings, site, verdict: evaluate(context.policy, { site, kind: input.kind, findings }, context.personal) };
}
