import { withDefaults, type PolicySource, type PolicyState } from '../../../utils/policy/load';
import type { PolicyInput } from '../../../utils/policy/schema';
import { buildSiteTable } from '../../../utils/policy/site-table';
import { siteInfo, type SiteInfo } from '../../../utils/policy/sites';

/** A published policy state for `input`, as the background would compute it for a valid policy. */
export function stateOf(input: PolicyInput, source: PolicySource = 'managed', updatedAt = 1): PolicyState {
  const policy = withDefaults(input);
  return { policy, source, errors: [], sites: buildSiteTable(policy), personal: [], updatedAt };
}

/** The site `host` under `input`'s classification (catalog hosts and hosts the policy adds). */
export function siteOf(host: string, input: PolicyInput = {}): SiteInfo {
  const info = siteInfo(buildSiteTable(withDefaults(input)), host);
  if (!info) throw new Error(`${host} is neither a catalog host nor a policy host`);
  return info;
}
