import type { Infer, SchemaNode } from './schema-kit';

/**
 * The organization policy's schema: the single source of truth for the Policy type, the runtime
 * validator and public/managed_schema.json (regenerate with `npm run gen:schema`; a test fails on drift).
 * Every top-level key is also a managed policy key; all are optional and fall back to the built-in default.
 */

const ACTIONS = ['allow', 'log', 'warn', 'block'] as const;

const localizedText = {
  type: 'object',
  properties: {},
  additionalProperties: { type: 'string', maxLength: 2000, description: 'The text in this language.' },
  description: 'A text per language code (for example "en", "fr"); English is used when the language is missing.',
} as const satisfies SchemaNode;

const rule = {
  type: 'object',
  required: ['id', 'types', 'action'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64, description: 'Identifier of the rule, recorded in the log.' },
    types: {
      type: 'array',
      maxItems: 200,
      items: { type: 'string', minLength: 1, maxLength: 80, description: 'A finding type such as pii.email, or a prefix wildcard such as secret.*; * matches every type.' },
      description: 'The finding types this rule applies to.',
    },
    minConfidence: {
      type: 'string',
      enum: ['low', 'medium', 'high'],
      description: 'Only findings at this confidence or above match (default: medium).',
    },
    action: { type: 'string', enum: ACTIONS, description: 'What happens when the rule matches.' },
    message: localizedText,
  },
  description: 'A rule: when a paste holds one of these finding types, apply this action.',
} as const satisfies SchemaNode;

export const POLICY_SCHEMA = {
  type: 'object',
  properties: {
    policyVersion: {
      type: 'string',
      maxLength: 64,
      description: 'A label of this policy version chosen by the administrator, recorded with each event.',
    },
    mode: {
      type: 'string',
      enum: ['monitor', 'enforce'],
      description: 'monitor: only log what would happen; enforce: warn and block as the rules say.',
    },
    failMode: {
      type: 'string',
      enum: ['open', 'closed'],
      description: 'What happens to a paste when Vigie fails internally: open lets it through, closed stops it.',
    },
    rules: {
      type: 'array',
      maxItems: 500,
      items: rule,
      description: 'Rules evaluated in order; the first one that matches decides.',
    },
    defaultAction: {
      type: 'string',
      enum: ['allow', 'log'],
      description: 'What happens to a paste with findings that no rule matches.',
    },
  },
  description: 'Vigie organization policy.',
} as const satisfies SchemaNode;

/** A validated policy, as IT writes it: every key optional. */
export type PolicyInput = Infer<typeof POLICY_SCHEMA>;
/** A rule of the policy. */
export type PolicyRule = Infer<typeof rule>;
/** An action a rule can take. */
export type PolicyAction = (typeof ACTIONS)[number];
/** A complete policy, after defaults are applied. */
export type Policy = Required<Omit<PolicyInput, 'policyVersion'>> & Pick<PolicyInput, 'policyVersion'>;
