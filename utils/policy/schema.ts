import type { Infer, SchemaNode } from './schema-kit';

/**
 * The organization policy's schema: the single source of truth for the Policy type, the runtime
 * validator and public/managed_schema.json (regenerate with `npm run gen:schema`; a test fails on drift).
 * Every top-level key is also a managed policy key; all are optional and fall back to the built-in default.
 * What a JSON schema cannot say (catalog ids that exist, RE2 patterns that compile, rules that contradict
 * each other) is checked by semantic.ts, with the same key paths.
 */

/** What a rule can do, from the mildest to the strictest. */
export const ACTIONS = ['allow', 'log', 'warn', 'justify', 'redact', 'block'] as const;
/** How a site is classified by the organization. */
export const SITE_STATUSES = ['sanctioned', 'tolerated', 'blocked'] as const;
/** The ways content reaches an AI site. */
export const EVENT_KINDS = ['paste', 'drop', 'upload', 'submit'] as const;
/** The AI site catalog's categories (kept equal to utils/catalog/sites.ts SITE_CATEGORIES by a test). */
export const CATEGORIES = ['chat', 'code-assistant', 'writing', 'image', 'audio-meeting', 'search', 'agent-automation', 'model-hub'] as const;
const CONFIDENCES = ['low', 'medium', 'high'] as const;

const localizedText = {
  type: 'object',
  properties: {},
  additionalProperties: { type: 'string', maxLength: 2000, description: 'The text in this language.' },
  description: 'A text per language code (for example "en", "fr"); English is used when the language is missing.',
} as const satisfies SchemaNode;

const httpsUrl = (description: string) => ({ type: 'string', minLength: 9, maxLength: 2000, description }) as const satisfies SchemaNode;

const alternative = {
  type: 'object',
  required: ['name', 'url'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100, description: 'The name shown to users, e.g. "Copilot (Contoso tenant)".' },
    url: httpsUrl('Where the sanctioned tool is (https://...).'),
  },
  description: 'A sanctioned AI tool offered to users when they are stopped.',
} as const satisfies SchemaNode;

const site = {
  type: 'object',
  required: ['match', 'status'],
  properties: {
    match: {
      type: 'string',
      minLength: 1,
      maxLength: 253,
      description:
        'A catalog service id (e.g. "chatgpt", "copilot"), an exact hostname (e.g. "copilot.contoso.com") or a wildcard host pattern (e.g. "*.contoso-ai.com").',
    },
    status: { type: 'string', enum: SITE_STATUSES, description: 'sanctioned: approved for work; tolerated: allowed but not approved; blocked: not to be used.' },
    name: { type: 'string', maxLength: 100, description: 'A display name, for hosts the catalog does not know.' },
    category: { type: 'string', enum: CATEGORIES, description: 'The category of a host the catalog does not know (default: chat).' },
    reason: localizedText,
  },
  description: 'How the organization classifies an AI site; hosts the catalog lacks are guarded as AI sites too.',
} as const satisfies SchemaNode;

const categorySettings = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: SITE_STATUSES, description: 'The status of this category\'s catalog sites that "sites" does not list.' },
    alternative,
  },
  description: 'Settings for one category of AI sites.',
} as const satisfies SchemaNode;

const categories = {
  type: 'object',
  properties: /* @__PURE__ */ Object.fromEntries(CATEGORIES.map((category) => [category, categorySettings])) as Record<(typeof CATEGORIES)[number], typeof categorySettings>,
  description: 'Per catalog category: a status and the sanctioned alternative to offer.',
} as const satisfies SchemaNode;

const stringList = (description: string, itemDescription: string, maxLength = 253) =>
  ({
    type: 'array',
    maxItems: 500,
    items: { type: 'string', minLength: 1, maxLength, description: itemDescription },
    description,
  }) as const satisfies SchemaNode;

const rule = {
  type: 'object',
  required: ['id', 'action'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64, description: 'Identifier of the rule, recorded in the log.' },
    description: { type: 'string', maxLength: 500, description: 'What the rule is for, for administrators.' },
    sites: stringList('Only on these sites: catalog service ids, hostnames or wildcard host patterns.', 'A catalog id or host pattern.'),
    siteStatus: {
      type: 'array',
      maxItems: 4,
      items: { type: 'string', enum: [...SITE_STATUSES, 'unsanctioned'], description: 'A site status; unsanctioned means tolerated or blocked.' },
      description: 'Only on sites with one of these statuses.',
    },
    categories: {
      type: 'array',
      maxItems: CATEGORIES.length,
      items: { type: 'string', enum: CATEGORIES, description: 'A catalog category.' },
      description: 'Only on sites of these categories.',
    },
    events: {
      type: 'array',
      maxItems: EVENT_KINDS.length,
      items: { type: 'string', enum: EVENT_KINDS, description: 'An event kind.' },
      description: 'Only for these events (default: all).',
    },
    types: stringList(
      'The finding types this rule applies to; without it, the rule applies to every event that meets its other conditions, with or without findings.',
      'A finding type such as pii.email, a prefix wildcard such as secret.*, custom.<detector id>, or * for every type.',
      80,
    ),
    minConfidence: { type: 'string', enum: CONFIDENCES, description: 'Only findings at this confidence or above count (default: medium).' },
    minCount: { type: 'integer', minimum: 1, maximum: 100000, description: 'The rule matches when at least this many findings count (default: 1).' },
    action: { type: 'string', enum: ACTIONS, description: 'What happens when the rule matches.' },
    message: localizedText,
    policyUrl: httpsUrl("A link to the organization's AI policy shown with this rule's message (default: the top-level policyUrl)."),
  },
  description: 'A rule: conditions on the site, the event and the findings, and the action to take. The first matching rule decides.',
} as const satisfies SchemaNode;

const detector = {
  type: 'object',
  required: ['id', 'kind'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 63, description: 'Identifier (a-z, 0-9, -, _); findings have the type custom.<id>.' },
    kind: {
      type: 'string',
      enum: ['keywords', 'dictionary', 'hashed', 'regex'],
      description: 'keywords/dictionary: terms matched case- and accent-insensitively; hashed: SHA-256 digests of normalized terms; regex: an RE2 pattern.',
    },
    description: { type: 'string', maxLength: 500, description: 'What the detector finds, for administrators and users.' },
    terms: stringList('For keywords and dictionary: the terms.', 'A term.', 200),
    hashes: stringList('For hashed: SHA-256 hex digests of normalized terms (see `vigie policy hash`).', 'A SHA-256 hex digest.', 64),
    maxWords: { type: 'integer', minimum: 1, maximum: 8, description: 'For hashed: the longest term, in words (default: 3).' },
    pattern: { type: 'string', minLength: 1, maxLength: 2000, description: 'For regex: a pattern in RE2 syntax (linear time, no backreferences or lookaround).' },
    caseInsensitive: { type: 'boolean', description: 'For regex: ignore case.' },
    confidence: { type: 'string', enum: CONFIDENCES, description: 'The confidence of its findings (default: high).' },
  },
  description: 'A detector defined by the organization.',
} as const satisfies SchemaNode;

const logging = {
  type: 'object',
  properties: {
    retentionDays: { type: 'integer', minimum: 1, maximum: 3650, description: 'How long records are kept, in days (default: 365).' },
    excerpt: {
      type: 'string',
      enum: ['none', 'redacted'],
      description: 'none: records hold no content (default); redacted: records of stopped events hold a short excerpt with every finding masked.',
    },
    identity: {
      type: 'string',
      enum: ['anonymous', 'pseudonymous', 'email'],
      description:
        'anonymous: no identity (default); pseudonymous: a random id per install; email: the browser profile\'s e-mail address when the browser grants it (else pseudonymous).',
    },
    organization: { type: 'string', maxLength: 100, description: 'A label (entity, department) recorded with each record.' },
    visits: { type: 'boolean', description: 'Record daily visits to AI sites (default: true).' },
  },
  description: 'What the usage log records and keeps.',
} as const satisfies SchemaNode;

const employee = {
  type: 'object',
  properties: {
    revealValues: { type: 'boolean', description: 'Users may reveal the values found, in the dialog (default: true).' },
    personalRules: { type: 'boolean', description: 'Users may add personal rules, which can only be stricter than the policy (default: true).' },
  },
  description: 'What employees may change themselves; nothing they change can weaken the policy.',
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
      description: 'monitor: only log what would happen; enforce: apply the actions the rules say.',
    },
    failMode: {
      type: 'string',
      enum: ['open', 'closed'],
      description: 'What happens to an event when Vigie fails internally: open lets it through, closed stops it.',
    },
    policyUrl: httpsUrl("A link to the organization's AI policy, shown when users are stopped."),
    sites: {
      type: 'array',
      maxItems: 1000,
      items: site,
      description: 'AI sites the organization classifies; the first entry that matches a host decides.',
    },
    defaultSiteStatus: {
      type: 'string',
      enum: SITE_STATUSES,
      description: 'The status of catalog AI sites that neither sites nor categories classify (default: tolerated).',
    },
    categories,
    alternative,
    rules: {
      type: 'array',
      maxItems: 500,
      items: rule,
      description: 'Rules evaluated in order; the first one that matches decides.',
    },
    defaultAction: {
      type: 'string',
      enum: ['allow', 'log'],
      description: 'What happens to an event with findings at medium confidence or more that no rule matches.',
    },
    detectors: {
      type: 'array',
      maxItems: 100,
      items: detector,
      description: 'Detectors defined by the organization (keywords, dictionaries, hashed dictionaries, RE2 regular expressions).',
    },
    logging,
    employee,
  },
  description: 'Vigie organization policy.',
} as const satisfies SchemaNode;

/** A validated policy, as IT writes it: every key optional. */
export type PolicyInput = Infer<typeof POLICY_SCHEMA>;
/** A rule of the policy. */
export type PolicyRule = Infer<typeof rule>;
/** A site entry of the policy. */
export type PolicySite = Infer<typeof site>;
/** A detector defined by the policy. */
export type PolicyDetector = Infer<typeof detector>;
/** A sanctioned alternative. */
export type Alternative = Infer<typeof alternative>;
/** An action a rule can take. */
export type PolicyAction = (typeof ACTIONS)[number];
/** A site status. */
export type SiteStatus = (typeof SITE_STATUSES)[number];
/** An event kind. */
export type EventKind = (typeof EVENT_KINDS)[number];
/** A catalog category, as the policy names it. */
export type PolicyCategory = (typeof CATEGORIES)[number];
/** Logging settings, complete. */
export type LoggingSettings = Required<Omit<Infer<typeof logging>, 'organization'>> & Pick<Infer<typeof logging>, 'organization'>;
/** Employee settings, complete. */
export type EmployeeSettings = Required<Infer<typeof employee>>;

/** Keys every complete policy has (the others stay optional after defaults). */
type CompleteKeys = 'mode' | 'failMode' | 'sites' | 'defaultSiteStatus' | 'categories' | 'rules' | 'defaultAction' | 'detectors';
/** A complete policy, after defaults are applied. */
export type Policy = Required<Pick<PolicyInput, CompleteKeys>> &
  Omit<PolicyInput, CompleteKeys | 'logging' | 'employee'> & { logging: LoggingSettings; employee: EmployeeSettings };
