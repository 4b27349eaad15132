import type { JsonValue, PolicyObject } from './common';

/**
 * The JSON deployment formats: Chromium's managed policy file on Linux, the Google Admin console's
 * "Policy for extensions" upload, and Firefox's policies.json. The policy's own keys and order are kept.
 */

const pretty = (value: JsonValue): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A file for Chromium's managed policy folder on Linux (/etc/opt/chrome/policies/managed/ for Google Chrome,
 * /etc/chromium/policies/managed/ for Chromium, /etc/opt/edge/policies/managed/ for Edge):
 * `{"3rdparty": {"extensions": {"<id>": policy}}}`.
 */
export function renderChromiumLinux(policy: PolicyObject, extensionId: string): string {
  return pretty({ '3rdparty': { extensions: { [extensionId]: policy } } });
}

/**
 * The Google Admin console's "Policy for extensions" JSON: every policy key wrapped as `{"Value": ...}`
 * (https://www.chromium.org/administrators/configuring-policy-for-extensions/).
 */
export function renderGoogleAdmin(policy: PolicyObject): string {
  return pretty(Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }])));
}

/**
 * Firefox's policies.json: the policy under `3rdparty.Extensions.<add-on id>`, which the add-on reads
 * through storage.managed, and with an install URL, an ExtensionSettings entry that force-installs it.
 */
export function renderFirefox(policy: PolicyObject, addonId: string, installUrl?: string): string {
  const policies: Record<string, JsonValue> = { '3rdparty': { Extensions: { [addonId]: policy } } };
  if (installUrl) policies.ExtensionSettings = { [addonId]: { installation_mode: 'force_installed', install_url: installUrl } };
  return pretty({ policies });
}
