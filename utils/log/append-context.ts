/**
 * What the policy in force says about the usage log (logging settings), and the context every new record
 * carries: the identity it allows, the organization label, the policy version and the extension version;
 * plus the site's status and category under the policy. Pure.
 */
import { siteForHost } from '../catalog/sites';
import { DEFAULT_LOGGING, DEFAULT_POLICY } from '../policy/defaults';
import type { PolicyState } from '../policy/load';
import type { LoggingSettings } from '../policy/schema';
import { catalogSiteStatus, siteInfo } from '../policy/sites';
import type { AppendContext } from './log-writes';
import type { Identity } from './record';

/** The policy's logging settings, complete (the defaults fill what a policy leaves out). */
export function loggingSettings(state: PolicyState | undefined): LoggingSettings {
  return { ...DEFAULT_LOGGING, ...state?.policy.logging };
}

/** The context new records get under the policy in force, for the identity already resolved. */
export function appendContext(state: PolicyState | undefined, identity: Identity, extensionVersion: string): AppendContext {
  const organization = loggingSettings(state).organization?.trim();
  const context: AppendContext = { extensionVersion, identity };
  if (organization) context.orgLabel = organization;
  const policyVersion = (state?.policy ?? DEFAULT_POLICY).policyVersion;
  if (policyVersion) context.policyVersion = policyVersion;
  return context;
}

/** How the policy classifies a site's host: its status and catalog category, when known. */
export function classifySite(state: PolicyState | undefined, host: string): { siteStatus?: string; siteCategory?: string } {
  const info = state?.sites ? siteInfo(state.sites, host) : undefined;
  if (info) return { siteStatus: info.status, siteCategory: info.category };
  // Before the background has published a site table, the catalog and the policy still say it.
  const site = siteForHost(host);
  if (!site) return {};
  return { siteStatus: catalogSiteStatus(state?.policy ?? DEFAULT_POLICY, { id: site.id, host, category: site.category }).status, siteCategory: site.category };
}
