/**
 * Small, independent readers of the rendered formats, written from the formats' rules rather than from the
 * renderers, so that a test can parse the output back and compare it with the policy.
 */
import { POLICY_SCHEMA } from '../../../utils/policy/schema';

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** One registry value as regedit would store it. */
export type RegistryValue = { type: 'REG_SZ'; data: string } | { type: 'REG_DWORD'; data: number };

/**
 * Reads a .reg file (Windows Registry Editor Version 5.00) into keys and their values, applying `[-KEY]`
 * deletions in order, as regedit does. Supports quoted strings, dword: and hex(1): (REG_SZ in UTF-16LE).
 */
export function readRegFile(text: string): Map<string, Map<string, RegistryValue>> {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`bad header: ${lines[0]}`);
  const keys = new Map<string, Map<string, RegistryValue>>();
  let current: Map<string, RegistryValue> | undefined;
  for (let n = 1; n < lines.length; n++) {
    let line = lines[n];
    if (line === '' || line.startsWith(';')) continue;
    if (line.startsWith('[-')) {
      const name = line.slice(2, -1);
      for (const key of [...keys.keys()]) if (key === name || key.startsWith(`${name}\\`)) keys.delete(key);
      current = undefined;
      continue;
    }
    if (line.startsWith('[')) {
      const name = line.slice(1, -1);
      current = keys.get(name) ?? new Map();
      keys.set(name, current);
      continue;
    }
    if (!current) throw new Error(`value outside a key at line ${n + 1}`);
    while (line.endsWith('\\') && /=hex/.test(line)) line = line.slice(0, -1) + lines[++n].trimStart();
    const [name, rest] = readQuoted(line, 0);
    if (line[rest] !== '=') throw new Error(`expected = at line ${n + 1}: ${line}`);
    const data = line.slice(rest + 1);
    if (data.startsWith('"')) {
      const [value, end] = readQuoted(data, 0);
      if (end !== data.length) throw new Error(`trailing characters at line ${n + 1}`);
      current.set(name, { type: 'REG_SZ', data: value });
    } else if (data.startsWith('dword:')) {
      if (!/^dword:[0-9a-f]{8}$/.test(data)) throw new Error(`bad dword at line ${n + 1}`);
      current.set(name, { type: 'REG_DWORD', data: parseInt(data.slice(6), 16) });
    } else if (data.startsWith('hex(1):')) {
      const bytes = data.slice(7).split(',').map((b) => parseInt(b, 16));
      if (bytes.some((b) => Number.isNaN(b) || b > 255) || bytes.length % 2 !== 0) throw new Error(`bad hex(1) at line ${n + 1}`);
      const units: number[] = [];
      for (let i = 0; i < bytes.length; i += 2) units.push(bytes[i] | (bytes[i + 1] << 8));
      if (units.pop() !== 0) throw new Error(`hex(1) without its terminating NUL at line ${n + 1}`);
      current.set(name, { type: 'REG_SZ', data: String.fromCharCode(...units) });
    } else {
      throw new Error(`unsupported value at line ${n + 1}: ${data}`);
    }
  }
  return keys;
}

/** Reads a .reg quoted string starting at `start`: only \\ and \" are escapes. Returns it and the index after it. */
function readQuoted(line: string, start: number): [string, number] {
  if (line[start] !== '"') throw new Error(`expected a quote: ${line}`);
  let out = '';
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') {
      const next = line[++i];
      if (next !== '\\' && next !== '"') throw new Error(`unknown escape \\${next} in ${line}`);
      out += next;
    } else if (line[i] === '"') {
      return [out, i + 1];
    } else {
      out += line[i];
    }
  }
  throw new Error(`unterminated string: ${line}`);
}

/**
 * What Chromium makes of the values of a policy key against the extension's schema (registry_dict.cc
 * ConvertRegistryValue): REG_DWORD for integers and booleans (non-zero is true), REG_SZ for strings, and
 * REG_SZ holding JSON for lists and objects, kept only when the parsed type is the schema's.
 */
export function chromiumPolicyFromRegistry(values: Map<string, RegistryValue>): Record<string, Json> {
  const policy: Record<string, Json> = {};
  for (const [name, value] of values) {
    const node = (POLICY_SCHEMA.properties as Record<string, { type: string }>)[name];
    if (!node) continue; // Chromium drops keys its schema lacks.
    if (node.type === 'boolean' && value.type === 'REG_DWORD') policy[name] = value.data !== 0;
    else if (node.type === 'integer' && value.type === 'REG_DWORD') policy[name] = value.data | 0;
    else if (node.type === 'integer' && value.type === 'REG_SZ' && /^-?\d+$/.test(value.data)) policy[name] = Number(value.data);
    else if (node.type === 'string' && value.type === 'REG_SZ') policy[name] = value.data;
    else if ((node.type === 'array' || node.type === 'object') && value.type === 'REG_SZ') {
      const parsed = JSON.parse(value.data) as Json;
      if (Array.isArray(parsed) === (node.type === 'array') && typeof parsed === 'object') policy[name] = parsed;
    }
  }
  return policy;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);)/.test(text)) throw new Error(`raw & in XML text: ${text}`);
  if (text.includes('>') && text.includes(']]>')) throw new Error(`raw ]]> in XML text: ${text}`);
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    if (!(name in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[name];
  });
}

type PlistToken = { text: string } | { close: boolean; name: string; empty: boolean };

/**
 * Reads an XML property list (the subset Apple's DTD defines for dict, array, string, integer, true and false)
 * and returns the top-level value. Line breaks in text are normalized as an XML parser does (CR LF and CR to LF).
 */
export function readPlist(xml: string): Json {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')) {
    throw new Error('missing XML declaration or plist DOCTYPE');
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml)) throw new Error('raw control character in XML');
  const normalized = xml.replace(/\r\n?/g, '\n');
  const tokens = [...normalized.slice(normalized.indexOf('<plist')).matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>|([^<]+)/g)].map((m): PlistToken => {
    const text = m[4];
    return text !== undefined ? { text } : { close: m[1] === '/', name: m[2], empty: m[3] === '/' };
  });
  let i = 0;
  const next = () => tokens[i++];
  const skipSpace = () => {
    while (i < tokens.length && 'text' in tokens[i] && /^\s*$/.test((tokens[i] as { text: string }).text)) i++;
  };
  const expectClose = (name: string) => {
    const token = next();
    if (!token || 'text' in token || !token.close || token.name !== name) throw new Error(`expected </${name}>`);
  };
  const text = (name: string): string => {
    let token = next();
    let value = '';
    if (token && 'text' in token) {
      value = decodeXml(token.text);
      token = next();
    }
    if (!token || 'text' in token || !token.close || token.name !== name) throw new Error(`expected </${name}>`);
    return value;
  };
  const value = (): Json => {
    skipSpace();
    const open = next();
    if (!open || 'text' in open || open.close) throw new Error('expected an element');
    switch (open.name) {
      case 'true':
      case 'false':
        if (!open.empty) expectClose(open.name);
        return open.name === 'true';
      case 'string':
        return open.empty ? '' : text('string');
      case 'integer': {
        const digits = text('integer');
        if (!/^-?\d+$/.test(digits)) throw new Error(`bad integer ${digits}`);
        return Number(digits);
      }
      case 'array': {
        const items: Json[] = [];
        if (open.empty) return items;
        for (;;) {
          skipSpace();
          const peek = tokens[i];
          if (peek && !('text' in peek) && peek.close && peek.name === 'array') {
            i++;
            return items;
          }
          items.push(value());
        }
      }
      case 'dict': {
        const dict: Record<string, Json> = {};
        if (open.empty) return dict;
        for (;;) {
          skipSpace();
          const key = next();
          if (key && !('text' in key) && key.close && key.name === 'dict') return dict;
          if (!key || 'text' in key || key.name !== 'key') throw new Error('expected <key>');
          const name = text('key');
          if (name in dict) throw new Error(`duplicate key ${name}`);
          dict[name] = value();
        }
      }
      default:
        throw new Error(`unexpected <${open.name}>`);
    }
  };
  const plist = next();
  if (!plist || 'text' in plist || plist.name !== 'plist') throw new Error('expected <plist>');
  const result = value();
  skipSpace();
  expectClose('plist');
  return result;
}
