/**
 * What every policy renderer shares: the JSON value type they walk, the options of `vigie policy render`,
 * and the error they raise when a value cannot be written in a target's format.
 */

/** A JSON value, as a parsed policy file holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A policy object (the keys of utils/policy/schema.ts), already validated. */
export type PolicyObject = Record<string, JsonValue>;

/** Options of a rendering. */
export interface RenderOptions {
  /** The extension id the policy is keyed on (Chromium id, or Firefox add-on id); defaults per browser. */
  extensionId?: string;
  /** Where Firefox downloads the add-on to force-install it (https:, http: or file: URL of a signed .xpi). */
  installUrl?: string;
}

/** A value that the target format cannot hold, named by its key path. */
export class RenderError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'RenderError';
  }
}

/** Joins a key path the way the validator names keys (`rules[2].message.fr`). */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

// Chromium ids are 32 letters a-p (the hex of a key hash, mapped to letters); Firefox ids are either an
// e-mail-like id or a GUID in braces (https://extensionworkshop.com/documentation/develop/extensions-and-the-add-on-id/).
const CHROMIUM_ID = /^[a-p]{32}$/;
const GECKO_ID = /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[A-Za-z0-9._-]*@[A-Za-z0-9._-]+)$/;

/** Checks an extension id for the browser family; returns an error message, or undefined when it is well-formed. */
export function extensionIdError(id: string, family: 'chromium' | 'gecko'): string | undefined {
  if (family === 'chromium') {
    return CHROMIUM_ID.test(id) ? undefined : `"${id}" is not a Chromium extension id (32 letters from a to p)`;
  }
  return GECKO_ID.test(id) ? undefined : `"${id}" is not a Firefox add-on id (name@domain, or a {GUID})`;
}
