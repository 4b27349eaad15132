import { sha256Hex } from '../../detect/custom/sha256';
import { childPath, RenderError, type JsonValue, type PolicyObject } from './common';

/**
 * macOS: Chromium reads an extension's policy from the preference domain
 * `<browser bundle id>.extensions.<extension id>` (components/policy/core/common/policy_loader_mac.mm,
 * LoadPolicyForDomain), each schema key being one preference; forced (managed) preferences are mandatory.
 * A configuration profile whose payload type is that domain installs exactly such managed preferences.
 */

/** The browsers whose preference domain this renders. */
export const MACOS_BROWSERS = {
  chrome: { bundleId: 'com.google.Chrome', name: 'Google Chrome' },
  edge: { bundleId: 'com.microsoft.Edge', name: 'Microsoft Edge' },
} as const;

// XML 1.0 cannot hold these characters at all, not even as character references.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text escaped for XML content. A carriage return is written as a reference: XML parsers turn a raw one into \n. */
function xml(text: string, path: string): string {
  if (NOT_XML.test(text)) throw new RenderError(path, 'holds a control character or broken Unicode that a property list cannot hold');
  return text.replace(/[&<>\r]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[ch] as string);
}

/** The plist XML of one value, at `indent` tabs. */
function plistValue(value: JsonValue, indent: number, path: string): string[] {
  const pad = '\t'.repeat(indent);
  if (value === null) throw new RenderError(path, 'null cannot be written to a property list');
  if (typeof value === 'boolean') return [`${pad}<${value}/>`];
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RenderError(path, `${value} is not an integer`);
    return [`${pad}<integer>${value}</integer>`];
  }
  if (typeof value === 'string') return [`${pad}<string>${xml(value, path)}</string>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}<array/>`];
    return [`${pad}<array>`, ...value.flatMap((item, i) => plistValue(item, indent + 1, childPath(path, i))), `${pad}</array>`];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [`${pad}<dict/>`];
  return [`${pad}<dict>`, ...plistEntries(entries, indent + 1, path), `${pad}</dict>`];
}

function plistEntries(entries: [string, JsonValue][], indent: number, path: string): string[] {
  return entries.flatMap(([key, item]) => [`${'\t'.repeat(indent)}<key>${xml(key, childPath(path, key))}</key>`, ...plistValue(item, indent, childPath(path, key))]);
}

function plistDocument(body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...body,
    '</plist>',
    '',
  ].join('\n');
}

/**
 * A stable UUID derived from `name`: rendering the same extension's profile again gives the same identifiers,
 * so installing a new version replaces the old profile instead of adding a second one.
 */
function stableUuid(name: string): string {
  const hex = sha256Hex(name).slice(0, 32).split('');
  hex[12] = '8'; // version 8: a custom, name-based UUID (RFC 9562)
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16); // the RFC variant
  const h = hex.join('').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The bare property list of policy keys, for consoles that ask for a preference domain and a .plist (Jamf, Intune). */
export function renderPlist(policy: PolicyObject): string {
  return plistDocument(plistValue(policy, 0, ''));
}

/**
 * A configuration profile (.mobileconfig) with one payload of type `<bundle id>.extensions.<id>` holding the
 * policy keys. Install it with an MDM (Jamf, Intune, Kandji...) or, for a test, by opening it on the Mac.
 */
export function renderMacProfile(policy: PolicyObject, extensionId: string, browser: keyof typeof MACOS_BROWSERS): string {
  const { bundleId, name } = MACOS_BROWSERS[browser];
  const domain = `${bundleId}.extensions.${extensionId}`;
  const identifier = `org.vigie-project.policy.${browser}.${extensionId}`;
  const payload: Record<string, JsonValue> = {
    PayloadType: domain,
    PayloadVersion: 1,
    PayloadIdentifier: `${identifier}.settings`,
    PayloadUUID: stableUuid(`${identifier}.settings`),
    PayloadEnabled: true,
    PayloadDisplayName: `Vigie policy (${name})`,
  };
  const profile: [string, JsonValue][] = [
    ['PayloadDisplayName', `Vigie AI usage policy (${name})`],
    ['PayloadDescription', `Configures the Vigie extension (${extensionId}) in ${name}: which AI sites are sanctioned and what happens to sensitive data pasted into them.`],
    ['PayloadIdentifier', identifier],
    ['PayloadScope', 'System'],
    ['PayloadType', 'Configuration'],
    ['PayloadUUID', stableUuid(identifier)],
    ['PayloadVersion', 1],
  ];
  // The payload's own keys come first, then the policy keys: the schema has no key named Payload*, so none collide.
  const payloadLines = ['\t\t<dict>', ...plistEntries([...Object.entries(payload), ...Object.entries(policy)], 3, ''), '\t\t</dict>'];
  return plistDocument(['<dict>', '\t<key>PayloadContent</key>', '\t<array>', ...payloadLines, '\t</array>', ...plistEntries(profile, 1, ''), '</dict>']);
}
