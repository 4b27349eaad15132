/**
 * A small JSON-Schema subset that serves as the single source of truth for the policy: the TypeScript
 * type is inferred from it (Infer), the runtime validator interprets it (validate), and Chromium's
 * managed storage schema is generated from it (toManagedSchema).
 */

export interface StringNode {
  type: 'string';
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  description: string;
}
export interface NumberNode {
  type: 'integer';
  minimum?: number;
  maximum?: number;
  description: string;
}
export interface BooleanNode {
  type: 'boolean';
  description: string;
}
export interface ArrayNode {
  type: 'array';
  items: SchemaNode;
  maxItems?: number;
  description: string;
}
export interface ObjectNode {
  type: 'object';
  properties: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  /** When set, the object is a map from any key to values of this shape (properties must be empty). */
  additionalProperties?: SchemaNode;
  description: string;
}
export type SchemaNode = StringNode | NumberNode | BooleanNode | ArrayNode | ObjectNode;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<N extends ObjectNode> = N['required'] extends readonly (infer K)[] ? K & keyof N['properties'] : never;

/** The TypeScript type of values that a schema node accepts. */
export type Infer<N> = N extends StringNode
  ? N['enum'] extends readonly (infer E)[]
    ? E
    : string
  : N extends NumberNode
    ? number
    : N extends BooleanNode
      ? boolean
      : N extends ArrayNode
        ? Infer<N['items']>[]
        : N extends ObjectNode
          ? N['additionalProperties'] extends SchemaNode
            ? Record<string, Infer<N['additionalProperties']>>
            : Simplify<
                { [K in RequiredKeys<N>]: Infer<N['properties'][K]> } & {
                  [K in Exclude<keyof N['properties'], RequiredKeys<N>>]?: Infer<N['properties'][K]>;
                }
              >
          : never;

/** One reason a value does not fit the schema, located by its key path (e.g. `rules[2].action`). */
export interface SchemaError {
  path: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Checks `value` against `node`; returns every error found, with its key path (empty when valid). */
export function validate(node: SchemaNode, value: unknown, path = ''): SchemaError[] {
  const at = path === '' ? '(policy)' : path;
  switch (node.type) {
    case 'string': {
      if (typeof value !== 'string') return [{ path: at, message: `expected a string, got ${describe(value)}` }];
      if (node.enum && !node.enum.includes(value)) {
        return [{ path: at, message: `${describe(value)} is not one of: ${node.enum.join(', ')}` }];
      }
      if (node.minLength !== undefined && value.length < node.minLength) {
        return [{ path: at, message: `must have at least ${node.minLength} character(s)` }];
      }
      if (node.maxLength !== undefined && value.length > node.maxLength) {
        return [{ path: at, message: `must have at most ${node.maxLength} characters` }];
      }
      return [];
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return [{ path: at, message: `expected an integer, got ${describe(value)}` }];
      }
      if (node.minimum !== undefined && value < node.minimum) return [{ path: at, message: `must be at least ${node.minimum}` }];
      if (node.maximum !== undefined && value > node.maximum) return [{ path: at, message: `must be at most ${node.maximum}` }];
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ path: at, message: `expected true or false, got ${describe(value)}` }];
    case 'array': {
      if (!Array.isArray(value)) return [{ path: at, message: `expected an array, got ${describe(value)}` }];
      if (node.maxItems !== undefined && value.length > node.maxItems) {
        return [{ path: at, message: `must have at most ${node.maxItems} items` }];
      }
      return value.flatMap((item, i) => validate(node.items, item, join(path, i)));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return [{ path: at, message: `expected an object, got ${describe(value)}` }];
      }
      const record = value as Record<string, unknown>;
      const errors: SchemaError[] = [];
      for (const key of node.required ?? []) {
        if (!(key in record)) errors.push({ path: join(path, key), message: 'is required' });
      }
      for (const [key, child] of Object.entries(record)) {
        const childNode = node.additionalProperties ?? node.properties[key];
        if (!childNode) {
          const known = Object.keys(node.properties).join(', ');
          errors.push({ path: join(path, key), message: `is not a known key (known keys: ${known})` });
          continue;
        }
        errors.push(...validate(childNode, child, join(path, key)));
      }
      return errors;
    }
  }
}

/**
 * Chromium's managed storage schema for `node`. Enumerations, lengths and bounds are left out on purpose:
 * Chromium silently drops values that break its schema, whereas Vigie's own validator reports them to the
 * employee and the admin and keeps the last good policy.
 */
export function toManagedSchema(node: SchemaNode): Record<string, unknown> {
  switch (node.type) {
    case 'string':
    case 'integer':
    case 'boolean':
      return { type: node.type, description: node.description };
    case 'array':
      return { type: 'array', description: node.description, items: toManagedSchema(node.items) };
    case 'object': {
      const schema: Record<string, unknown> = { type: 'object', description: node.description };
      if (node.additionalProperties) {
        schema.additionalProperties = toManagedSchema(node.additionalProperties);
      } else {
        schema.properties = Object.fromEntries(
          Object.entries(node.properties).map(([key, child]) => [key, toManagedSchema(child)]),
        );
      }
      return schema;
    }
  }
}
