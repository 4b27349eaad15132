/**
 * A copy of `value` without its undefined fields: optional fields are left out rather than set to undefined,
 * so an object looks the same before and after a JSON round trip (log records hash the same; verdicts and
 * events compare equal).
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
