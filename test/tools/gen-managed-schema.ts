/**
 * Writes public/managed_schema.json from the policy schema (utils/policy/schema.ts), the single source of
 * truth. Run `npm run gen:schema` after changing the schema; a unit test fails if the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../../utils/policy/managed-schema';

const target = fileURLToPath(new URL('../../public/managed_schema.json', import.meta.url));
writeFileSync(target, managedSchemaText());
console.log(`wrote ${target}`);
