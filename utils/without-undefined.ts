/**
 * A copy of `value` without its undefined fields: optional fields are left out rather than set to undefined,
 * so an object looks the same before and after a JSON round trip (log records hash the same; verdicts and
 * events compare equal). Meant for plain objects: inherited enumerable fields, if any, are copied too.
 */
export function withoutUndefined<T extends object>(value: T): T {
  // A plain loop, not Object.entries/filter/fromEntries: every paste's verdict goes through here, in code that
  // runs once per paste and so is never optimised (those builtins took about 25 us of each paste in Chromium).
  const copy: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) copy[key] = value[key];
  return copy as T;
}
