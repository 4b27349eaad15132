import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../../utils/extension-identity';
import { RENDER_TARGETS, RenderError, renderPolicy, type PolicyObject } from '../../../utils/policy/render';
import { validatePolicy } from '../../../utils/policy/validate';
import { chromiumPolicyFromRegistry, readPlist, readRegFile } from './render-readers';

const MINIMAL: PolicyObject = { mode: 'monitor' };

const FULL: PolicyObject = {
  policyVersion: '2026-03',
  mode: 'enforce',
  failMode: 'closed',
  policyUrl: 'https://intranet.example.com/ai?lang=en&v=2',
  sites: [
    { match: 'm365.cloud.microsoft', status: 'sanctioned', name: 'Copilot (Contoso)', category: 'chat' },
    { match: 'deepseek', status: 'blocked', reason: { en: 'Not approved.', fr: 'Non autorisé.' } },
  ],
  defaultSiteStatus: 'tolerated',
  categories: { image: { status: 'blocked' }, chat: { alternative: { name: 'Copilot', url: 'https://m365.cloud.microsoft/chat' } } },
  alternative: { name: 'Copilot (Contoso)', url: 'https://m365.cloud.microsoft/chat' },
  rules: [
    { id: 'secrets', description: 'Secrets never leave', types: ['secret.*'], action: 'block', message: { en: 'No secrets.' } },
    { id: 'uploads', events: ['upload'], siteStatus: ['unsanctioned'], categories: ['chat'], types: ['custom.customers'], action: 'block' },
    { id: 'cards', sites: ['chatgpt', '*.example.com'], types: ['pii.credit_card'], minConfidence: 'high', minCount: 2, action: 'redact', policyUrl: 'https://intranet.example.com/cards' },
    { id: 'people', types: ['pii.*'], action: 'justify' },
  ],
  defaultAction: 'allow',
  detectors: [
    { id: 'customers', kind: 'keywords', description: 'Customer names', terms: ['Northwind', 'Fabrikam'], confidence: 'high' },
    { id: 'hashed', kind: 'hashed', hashes: ['a'.repeat(64)], maxWords: 4 },
    { id: 'account', kind: 'regex', pattern: '\\bACC-[0-9]{8}\\b', caseInsensitive: true },
  ],
  logging: { retentionDays: 400, excerpt: 'redacted', identity: 'pseudonymous', organization: 'Finance', visits: false },
  employee: { revealValues: false, personalRules: true },
};

/** Text that every format must carry through unchanged. */
const TRICKY = 'Quotes " and \' , backslash \\ and \\\\n, <tag> & ]]> , ünïcödé « français », 日本語, emoji 🙂, tab\there,\nnew line, CR\r\nCRLF';

const ESCAPING: PolicyObject = {
  policyVersion: 'v1 "quoted" \\ back',
  policyUrl: 'https://intranet.example.com/charte?a=1&b=<2>',
  rules: [
    { id: 'tricky', types: ['secret.*'], action: 'block', message: { en: TRICKY, fr: 'Données « sensibles » : ne collez pas ça\\là' } },
    { id: 'plain', types: ['pii.email'], action: 'warn', description: 'back\\slash "quoted"' },
  ],
  logging: { organization: 'Société Générale — Équipe IA' },
};

/** Twelve rules: a registry list written as numbered subkeys would put "10" before "2" in Chromium. */
const MANY_RULES: PolicyObject = {
  rules: Array.from({ length: 12 }, (_, i) => ({ id: `rule-${i + 1}`, types: ['pii.email'], minCount: i + 1, action: 'log' })).reverse(),
};

const EXAMPLES_DIR = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));
/** The documented example policies, rendered too: realistic policies with French text, hashes and regexes. */
const EXAMPLES = Object.fromEntries(
  readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8')) as PolicyObject]),
);

const POLICIES = { MINIMAL, FULL, ESCAPING, MANY_RULES, ...EXAMPLES };

describe('the example policies of this test are valid', () => {
  it.each(Object.entries(POLICIES))('%s', async (_name, policy) => {
    expect(await validatePolicy(policy)).toEqual([]);
  });
});

describe.each(Object.entries(POLICIES))('rendering %s', (_name, policy) => {
  it('chrome-linux: the managed policy file holds the policy under 3rdparty.extensions.<id>', () => {
    const parsed = JSON.parse(renderPolicy('chrome-linux', policy));
    expect(parsed).toEqual({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: policy } } });
  });

  it.each([
    ['chrome-windows', 'Google\\Chrome'],
    ['edge-windows', 'Microsoft\\Edge'],
  ] as const)('%s: Chromium reads the policy back from the registry values', (target, vendor) => {
    const text = renderPolicy(target, policy);
    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/); // pure ASCII: the same in any code page
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true); // CRLF line ends, as regedit writes
    const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`;
    const keys = readRegFile(text);
    expect([...keys.keys()]).toEqual([key]);
    expect(chromiumPolicyFromRegistry(keys.get(key)!)).toEqual(policy);
  });

  it.each([
    ['chrome-macos', 'com.google.Chrome'],
    ['edge-macos', 'com.microsoft.Edge'],
  ] as const)('%s: the profile payload for the extension domain holds the policy keys', (target, bundle) => {
    const profile = readPlist(renderPolicy(target, policy)) as Record<string, unknown>;
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System' });
    const payloads = profile.PayloadContent as Record<string, unknown>[];
    expect(payloads).toHaveLength(1);
    const { PayloadType, PayloadVersion, PayloadIdentifier, PayloadUUID, PayloadEnabled, PayloadDisplayName, ...keys } = payloads[0];
    expect(PayloadType).toBe(`${bundle}.extensions.${CHROMIUM_EXTENSION_ID}`);
    expect({ PayloadVersion, PayloadEnabled }).toEqual({ PayloadVersion: 1, PayloadEnabled: true });
    expect(PayloadIdentifier).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(PayloadDisplayName).toEqual(expect.any(String));
    expect(keys).toEqual(policy);
  });

  it('macos-plist: the bare property list is the policy', () => {
    expect(readPlist(renderPolicy('macos-plist', policy))).toEqual(policy);
  });

  it('google-admin: every key wrapped as {"Value": ...}', () => {
    const parsed = JSON.parse(renderPolicy('google-admin', policy)) as Record<string, { Value: unknown }>;
    expect(Object.values(parsed).every((entry) => Object.keys(entry).join() === 'Value')).toBe(true);
    expect(Object.fromEntries(Object.entries(parsed).map(([key, entry]) => [key, entry.Value]))).toEqual(policy);
  });

  it('firefox: policies.json holds the policy under policies.3rdparty.Extensions.<gecko id>', () => {
    expect(JSON.parse(renderPolicy('firefox', policy))).toEqual({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } });
  });
});

describe('registry details', () => {
  const reg = renderPolicy('chrome-windows', ESCAPING);

  it('escapes backslashes and quotes in REG_SZ strings', () => {
    expect(reg).toContain('"policyVersion"="v1 \\"quoted\\" \\\\ back"');
  });

  it('writes non-ASCII text as hex(1), UTF-16LE with a terminating NUL, and JSON with \\u escapes', () => {
    expect(reg).toMatch(/^"logging"="\{\\"organization\\":\\"Soci\\\\u00e9t\\\\u00e9 G/m);
    const plain = renderPolicy('chrome-windows', { logging: { organization: 'x' }, policyVersion: 'Été' });
    expect(plain).toContain('"policyVersion"=hex(1):c9,00,74,00,e9,00,00,00');
  });

  it('writes integers and booleans as REG_DWORD, lists and objects as JSON text', () => {
    const values = readRegFile(renderPolicy('chrome-windows', FULL)).values().next().value!;
    expect(values.get('rules')).toMatchObject({ type: 'REG_SZ' });
    expect(values.get('logging')).toEqual({ type: 'REG_SZ', data: JSON.stringify(FULL.logging) });
    const flat = readRegFile(renderPolicy('chrome-windows', { n: 400, yes: true, no: false } as PolicyObject)).values().next().value!;
    expect(Object.fromEntries(flat)).toEqual({ n: { type: 'REG_DWORD', data: 400 }, yes: { type: 'REG_DWORD', data: 1 }, no: { type: 'REG_DWORD', data: 0 } });
  });

  it('deletes the policy key before writing it, so keys removed from the policy do not linger', () => {
    const before = renderPolicy('chrome-windows', FULL);
    const after = renderPolicy('chrome-windows', MINIMAL);
    const keys = readRegFile(`${before}${after.slice(after.indexOf('\r\n'))}`);
    expect(chromiumPolicyFromRegistry([...keys.values()][0])).toEqual(MINIMAL);
  });

  it('wraps long hex(1) lines the way regedit does', () => {
    const text = renderPolicy('chrome-windows', { policyVersion: 'é'.repeat(60) });
    const lines = text.split('\r\n').filter((line) => /^( {2}[0-9a-f]|"policyVersion")/.test(line));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith(',\\') && line.length <= 80)).toBe(true);
    expect(chromiumPolicyFromRegistry([...readRegFile(text).values()][0])).toEqual({ policyVersion: 'é'.repeat(60) });
  });
});

describe('property list details', () => {
  it('escapes XML and keeps carriage returns as references', () => {
    const xml = renderPolicy('chrome-macos', ESCAPING);
    expect(xml).toContain('&lt;tag&gt; &amp; ]]&gt;');
    expect(xml).toContain('CR&#13;\nCRLF');
    expect(xml).not.toMatch(/\r/);
  });

  it('gives the same profile identifiers on every rendering, and different ones per browser', () => {
    const uuids = (text: string) => text.match(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/g);
    expect(uuids(renderPolicy('chrome-macos', FULL))).toEqual(uuids(renderPolicy('chrome-macos', MINIMAL)));
    expect(uuids(renderPolicy('chrome-macos', FULL))).not.toEqual(uuids(renderPolicy('edge-macos', FULL)));
  });

  it('refuses characters that XML cannot hold, naming the key', () => {
    const policy = { rules: [{ id: 'x', types: ['pii.email'], action: 'warn', message: { en: 'bell \u0007' } }] } as PolicyObject;
    expect(() => renderPolicy('chrome-macos', policy)).toThrow(new RenderError('rules[0].message.en', 'holds a control character or broken Unicode that a property list cannot hold'));
    // JSON and the registry carry it (escaped).
    expect(JSON.parse(renderPolicy('firefox', policy)).policies['3rdparty'].Extensions[GECKO_ID]).toEqual(policy);
    expect(chromiumPolicyFromRegistry([...readRegFile(renderPolicy('edge-windows', policy)).values()][0])).toEqual(policy);
  });
});

describe('options', () => {
  it('keys the policy on another extension id when asked', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    expect(renderPolicy('chrome-linux', MINIMAL, { extensionId: id })).toContain(`"${id}"`);
    expect(renderPolicy('edge-windows', MINIMAL, { extensionId: id })).toContain(`\\extensions\\${id}\\policy]`);
    expect(renderPolicy('chrome-macos', MINIMAL, { extensionId: id })).toContain(`<string>com.google.Chrome.extensions.${id}</string>`);
    expect(renderPolicy('firefox', MINIMAL, { extensionId: '{12345678-1234-1234-1234-123456789abc}' })).toContain('"{12345678-1234-1234-1234-123456789abc}"');
  });

  it.each([
    ['chrome-windows', 'vigie@vigie-project.org', 'is not a Chromium extension id'],
    ['chrome-macos', 'JLJLOFLOMGMBCJALIPKOJPKAPPPGONED', 'is not a Chromium extension id'],
    ['chrome-windows', 'jljloflomgmbcjalipkojpkapppgoned]\r\n[HKEY_LOCAL_MACHINE\\x', 'is not a Chromium extension id'],
    ['firefox', CHROMIUM_EXTENSION_ID, 'is not a Firefox add-on id'],
  ] as const)('%s refuses the extension id %j', (target, extensionId, message) => {
    expect(() => renderPolicy(target, MINIMAL, { extensionId })).toThrow(message);
  });

  it('force-installs the Firefox add-on from --install-url with ExtensionSettings', () => {
    const url = 'https://downloads.example.com/vigie-1.0.xpi';
    expect(JSON.parse(renderPolicy('firefox', MINIMAL, { installUrl: url })).policies.ExtensionSettings).toEqual({
      [GECKO_ID]: { installation_mode: 'force_installed', install_url: url },
    });
    expect(JSON.parse(renderPolicy('firefox', MINIMAL)).policies.ExtensionSettings).toBeUndefined();
  });

  it.each([
    ['firefox', 'javascript:alert(1)', 'must be an https:, http: or file: URL'],
    ['firefox', 'not a url', 'is not a URL'],
    ['chrome-linux', 'https://downloads.example.com/vigie.crx', 'applies to the firefox target only'],
  ] as const)('%s refuses --install-url %j', (target, installUrl, message) => {
    expect(() => renderPolicy(target, MINIMAL, { installUrl })).toThrow(message);
  });

  it('lists every target with a summary and a destination', () => {
    for (const target of Object.values(RENDER_TARGETS)) {
      expect(target.summary.length).toBeGreaterThan(10);
      expect(target.destination.length).toBeGreaterThan(10);
    }
  });
});
