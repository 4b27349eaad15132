import { childPath, RenderError, type JsonValue, type PolicyObject } from './common';

/**
 * A .reg file that writes the policy where Chromium-based browsers on Windows read extension policy:
 * HKLM\SOFTWARE\Policies\<vendor>\<browser>\3rdparty\extensions\<id>\policy.
 *
 * How Chromium maps registry values to the extension's schema (components/policy/core/common/
 * registry_dict.cc, ConvertRegistryValue and RegistryDict::ConvertToJSON):
 * - REG_SZ gives a string; REG_DWORD an integer, or a boolean (non-zero is true) where the schema says boolean;
 * - a list or dictionary may be one REG_SZ holding JSON text, parsed and kept when its type is right;
 * - a list may also be a subkey of numbered values, but Chromium walks subkeys and values in case-insensitive
 *   string order ("10" before "2"), which would reorder the eleventh rule before the third.
 * So lists and dictionaries go in as JSON text: the rule order, which decides, is kept exactly.
 *
 * The file is pure ASCII so that regedit reads it the same whatever the code page: JSON text escapes
 * non-ASCII characters as \uXXXX, and a plain string with non-ASCII or control characters is written as
 * hex(1) (REG_SZ in UTF-16LE), which is how regedit itself exports such strings.
 */

/** The browsers whose registry layout this renders. */
export const REGISTRY_ROOTS = {
  chrome: { root: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', name: 'Google Chrome' },
  edge: { root: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', name: 'Microsoft Edge' },
} as const;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const MAX_DWORD_INT = 0x7fffffff;

/** A string in .reg quotes: backslashes and double quotes escaped. Only for printable ASCII. */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/** JSON text with every non-ASCII character escaped, so the .reg file stays ASCII. */
function asciiJson(value: JsonValue): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** REG_SZ as hex(1): the UTF-16LE bytes of `text` and its terminating NUL, wrapped like regedit's export. */
function hexString(name: string, text: string): string {
  const bytes: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes.push((code & 0xff).toString(16).padStart(2, '0'), (code >> 8).toString(16).padStart(2, '0'));
  }
  bytes.push('00', '00');
  const lines: string[] = [];
  let line = `${quoted(name)}=hex(1):`;
  let bytesOnLine = 0;
  for (let i = 0; i < bytes.length; i++) {
    const piece = `${bytes[i]}${i < bytes.length - 1 ? ',' : ''}`;
    if (bytesOnLine > 0 && line.length + piece.length > 78) {
      // Each line but the last ends with ",\"; continuation lines start with two spaces, as regedit writes them.
      lines.push(`${line}\\`);
      line = '  ';
      bytesOnLine = 0;
    }
    line += piece;
    bytesOnLine++;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function stringValue(name: string, text: string): string {
  return PRINTABLE_ASCII.test(text) ? `${quoted(name)}=${quoted(text)}` : hexString(name, text);
}

/** One registry value for one top-level policy key. */
function registryValue(name: string, value: JsonValue): string {
  if (!PRINTABLE_ASCII.test(name)) throw new RenderError(name, 'a registry value name must be printable ASCII');
  if (value === null) throw new RenderError(name, 'null cannot be written to the registry');
  if (typeof value === 'boolean') return `${quoted(name)}=dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number') {
    // Chromium reads a DWORD as a signed int; an integer outside 0..2^31-1 goes in as text, which it also parses.
    if (Number.isInteger(value) && value >= 0 && value <= MAX_DWORD_INT) return `${quoted(name)}=dword:${value.toString(16).padStart(8, '0')}`;
    if (Number.isInteger(value)) return stringValue(name, String(value));
    throw new RenderError(name, `${value} is not an integer; the registry holds no fractions`);
  }
  if (typeof value === 'string') return stringValue(name, value);
  assertNoNull(value, name);
  return stringValue(name, asciiJson(value));
}

function assertNoNull(value: JsonValue, path: string): void {
  if (value === null) throw new RenderError(path, 'null is not a policy value');
  if (Array.isArray(value)) value.forEach((item, i) => assertNoNull(item, childPath(path, i)));
  else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) assertNoNull(item, childPath(path, key));
}

/**
 * The .reg file for `browser`. It first deletes the extension's policy key, so that keys removed from the
 * policy since the last import do not linger, then writes one value per top-level policy key.
 */
export function renderWindowsRegistry(policy: PolicyObject, extensionId: string, browser: keyof typeof REGISTRY_ROOTS): string {
  const { root, name } = REGISTRY_ROOTS[browser];
  const key = `${root}\\3rdparty\\extensions\\${extensionId}\\policy`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Vigie policy for ${name}, extension ${extensionId}. Generated by "vigie policy render".`,
    '; Import as an administrator: reg import vigie-policy.reg (then check the browser\'s policy page).',
    '; Lists and objects are JSON text in REG_SZ values; Chromium parses them against the extension\'s schema.',
    '',
    `[-${key}]`,
    '',
    `[${key}]`,
    ...Object.entries(policy).map(([valueName, value]) => registryValue(valueName, value)),
    '',
  ];
  return lines.join('\r\n');
}
