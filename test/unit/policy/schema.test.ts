import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SITE_CATEGORIES } from '../../../utils/catalog/sites';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { managedSchemaText } from '../../../utils/policy/managed-schema';
import { CATEGORIES, POLICY_SCHEMA, type PolicyInput } from '../../../utils/policy/schema';
import { toManagedSchema, validate } from '../../../utils/policy/schema-kit';

describe('policy schema', () => {
  it('public/managed_schema.json is generated from the schema (run npm run gen:schema if this fails)', () => {
    const onDisk = readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(managedSchemaText());
  });

  it('gives Chromium types only, so bad values reach Vigie and get reported instead of dropped silently', () => {
    const managed = JSON.stringify(toManagedSchema(POLICY_SCHEMA));
    expect(managed).not.toContain('"enum"');
    expect(toManagedSchema(POLICY_SCHEMA)).toMatchObject({
      type: 'object',
      properties: { mode: { type: 'string' }, rules: { type: 'array', items: { type: 'object' } } },
    });
  });

  it('infers the TypeScript type from the schema', () => {
    expectTypeOf<PolicyInput['mode']>().toEqualTypeOf<'monitor' | 'enforce' | undefined>();
    expectTypeOf<NonNullable<PolicyInput['rules']>[number]['action']>().toEqualTypeOf<'allow' | 'log' | 'warn' | 'justify' | 'redact' | 'block'>();
  });

  it('accepts the built-in default', () => {
    expect(validate(POLICY_SCHEMA, JSON.parse(JSON.stringify(DEFAULT_POLICY)))).toEqual([]);
  });

  it.each([
    ['wrong enum value', { mode: 'blocking' }, 'mode', '"blocking" is not one of: monitor, enforce'],
    ['wrong type', { rules: 'all' }, 'rules', 'expected an array, got "all"'],
    ['missing required key', { rules: [{ id: 'r', types: ['pii.email'] }] }, 'rules[0].action', 'is required'],
    ['bad nested value', { rules: [{ id: 'r', types: ['pii.email'], action: 'blok' }] }, 'rules[0].action', '"blok" is not one of: allow, log, warn, justify, redact, block'],
    ['unknown key (typo)', { mdoe: 'monitor' }, 'mdoe', 'is not a known key'],
    ['wrong type in a map', { rules: [{ id: 'r', types: ['x.y'], action: 'warn', message: { en: 3 } }] }, 'rules[0].message.en', 'expected a string'],
    ['not an object', 'enforce', '(policy)', 'expected an object'],
  ])('reports %s with its key path', (_name, value, path, message) => {
    const errors = validate(POLICY_SCHEMA, value);
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('reports every error, not only the first', () => {
    const errors = validate(POLICY_SCHEMA, { mode: 1, failMode: 'ajar', rules: [{}] });
    expect(errors.map((e) => e.path)).toEqual(['mode', 'failMode', 'rules[0].id', 'rules[0].action']);
  });
});

describe('schema and catalog agree', () => {
  it('the policy categories are the catalog categories', () => {
    expect([...CATEGORIES]).toEqual([...SITE_CATEGORIES]);
  });
});
