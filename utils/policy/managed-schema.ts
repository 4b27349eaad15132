import { POLICY_SCHEMA } from './schema';
import { toManagedSchema } from './schema-kit';

/** The text of public/managed_schema.json, as generated from the policy schema. */
export function managedSchemaText(): string {
  return `${JSON.stringify(toManagedSchema(POLICY_SCHEMA), null, 2)}\n`;
}
