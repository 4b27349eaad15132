import { AI_SITES } from '../catalog/sites';
import { compileCustomDetectors, type CustomDetectorSpec } from '../detect/custom';
import { FINDING_TYPES } from '../detect/finding-types';
import { CONFIDENCE_ORDER } from '../detect/types';
import { DEFAULT_MIN_CONFIDENCE, typeMatches } from './evaluate';
import { POLICY_SCHEMA, type PolicyDetector, type PolicyInput, type PolicyRule } from './schema';
import { validate, type SchemaError } from './schema-kit';
import { hostMatches, isHostPattern, isValidHostPattern } from './sites';

/**
 * Validates a policy as IT wrote it: first its shape (schema.ts), then what a JSON schema cannot say:
 * catalog ids and host patterns that exist, links that are http(s), finding types that exist, custom
 * detectors that compile (RE2 syntax), rule ids used once, and rules that an earlier rule hides. Every
 * error names its key path. An empty list means the policy can be put in force.
 */
export async function validatePolicy(raw: unknown): Promise<SchemaError[]> {
  const shape = validate(POLICY_SCHEMA, raw);
  if (shape.length > 0) return shape;
  const policy = raw as PolicyInput;
  const errors = semanticErrors(policy);
  errors.push(...(await detectorErrors(policy.detectors ?? [])));
  return errors.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

const CATALOG_IDS = new Set(AI_SITES.map((site) => site.id));
const KNOWN_TYPES: ReadonlySet<string> = new Set(FINDING_TYPES);
const TYPE_PREFIXES = new Set(FINDING_TYPES.map((type) => type.slice(0, type.indexOf('.'))).concat('custom'));
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

function siteMatchError(match: string): string | undefined {
  if (isHostPattern(match)) {
    return isValidHostPattern(match)
      ? undefined
      : `"${match}" is not a host name or pattern (lowercase host such as "copilot.contoso.com" or "*.contoso.com", no scheme, port or path)`;
  }
  return CATALOG_IDS.has(match) ? undefined : `"${match}" is not a catalog service id (and host names contain a dot)`;
}

function urlError(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? undefined : `"${url}" must be an http(s) link`;
  } catch {
    return `"${url}" is not a URL`;
  }
}

function localizedErrors(text: Record<string, string> | undefined, path: string): SchemaError[] {
  return Object.keys(text ?? {})
    .filter((language) => !LANGUAGE.test(language))
    .map((language) => ({ path: `${path}.${language}`, message: `"${language}" is not a language code (for example "en", "fr", "fr-CA")` }));
}

function typeError(pattern: string, detectorIds: ReadonlySet<string>): string | undefined {
  if (pattern === '*') return undefined;
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -2);
    return TYPE_PREFIXES.has(prefix) ? undefined : `"${pattern}" matches no finding type (prefixes: ${[...TYPE_PREFIXES].join(', ')})`;
  }
  if (pattern.startsWith('custom.')) {
    return detectorIds.has(pattern.slice(7)) ? undefined : `"${pattern}" names no detector of this policy's "detectors"`;
  }
  return KNOWN_TYPES.has(pattern) ? undefined : `"${pattern}" is not a finding type (see the finding types in docs/policy.md)`;
}

function semanticErrors(policy: PolicyInput): SchemaError[] {
  const errors: SchemaError[] = [];
  const add = (path: string, message: string | undefined) => message && errors.push({ path, message });
  if (policy.policyUrl !== undefined) add('policyUrl', urlError(policy.policyUrl));
  if (policy.alternative) add('alternative.url', urlError(policy.alternative.url));
  for (const [category, settings] of Object.entries(policy.categories ?? {})) {
    if (settings?.alternative) add(`categories.${category}.alternative.url`, urlError(settings.alternative.url));
  }
  const seenSites = new Map<string, number>();
  (policy.sites ?? []).forEach((entry, i) => {
    add(`sites[${i}].match`, siteMatchError(entry.match));
    const earlier = seenSites.get(entry.match);
    if (earlier !== undefined) add(`sites[${i}].match`, `"${entry.match}" is already classified by sites[${earlier}]`);
    seenSites.set(entry.match, i);
    errors.push(...localizedErrors(entry.reason, `sites[${i}].reason`));
  });
  const detectorIds = new Set((policy.detectors ?? []).map((detector) => detector.id));
  const seenRules = new Map<string, number>();
  const rules = policy.rules ?? [];
  rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    const earlier = seenRules.get(rule.id);
    if (earlier !== undefined) add(`${at}.id`, `"${rule.id}" is already the id of rules[${earlier}]`);
    seenRules.set(rule.id, i);
    rule.sites?.forEach((match, j) => add(`${at}.sites[${j}]`, siteMatchError(match)));
    rule.types?.forEach((type, j) => add(`${at}.types[${j}]`, typeError(type, detectorIds)));
    if (rule.policyUrl !== undefined) add(`${at}.policyUrl`, urlError(rule.policyUrl));
    errors.push(...localizedErrors(rule.message, `${at}.message`));
    if (rule.events?.length === 0 || rule.siteStatus?.length === 0 || rule.categories?.length === 0 || rule.sites?.length === 0 || rule.types?.length === 0) {
      add(at, 'an empty condition list matches nothing; remove the key to match everything');
    }
    const hider = rules.slice(0, i).findIndex((before) => covers(before, rule));
    if (hider >= 0) {
      add(at, `rule "${rule.id}" can never apply: rules[${hider}] ("${rules[hider].id}") comes first and matches every event it matches`);
    }
  });
  return errors;
}

/** The statuses a siteStatus condition admits (`unsanctioned` is tolerated or blocked). */
function statuses(list: PolicyRule['siteStatus']): Set<string> | undefined {
  return list && new Set(list.flatMap((status) => (status === 'unsanctioned' ? ['tolerated', 'blocked'] : [status])));
}

/** True when condition list `outer` (absent: everything) admits everything `inner` admits. */
function admitsAll<T>(outer: ReadonlySet<T> | readonly T[] | undefined, inner: readonly T[] | ReadonlySet<T> | undefined, covered: (outer: T, item: T) => boolean = Object.is): boolean {
  if (!outer) return true;
  if (!inner) return false;
  const outers = [...outer];
  return [...inner].every((item) => outers.some((candidate) => covered(candidate, item)));
}

const siteCovers = (outer: string, inner: string) =>
  outer === inner || (isHostPattern(outer) && isHostPattern(inner) && outer.startsWith('*.') && hostMatches(outer, inner.replace(/^\*\./, '')));
const typeCovers = (outer: string, inner: string) => (inner.endsWith('.*') || inner === '*' ? outer === '*' || (outer.endsWith('.*') && inner.startsWith(outer.slice(0, -1))) || outer === inner : typeMatches(outer, inner));

/**
 * True when rule `first` matches every event `later` matches, so `later` can never decide. Conservative:
 * when in doubt it answers false, so a valid policy is never rejected for this.
 */
function covers(first: PolicyRule, later: PolicyRule): boolean {
  if (!admitsAll(first.events, later.events)) return false;
  if (!admitsAll(first.categories, later.categories)) return false;
  if (!admitsAll(statuses(first.siteStatus), statuses(later.siteStatus))) return false;
  if (!admitsAll(first.sites, later.sites, siteCovers)) return false;
  const firstAlways = !first.types && first.minCount === undefined;
  if (firstAlways) return true;
  const laterAlways = !later.types && later.minCount === undefined;
  if (laterAlways) return false;
  const confidence = (rule: PolicyRule) => CONFIDENCE_ORDER.indexOf(rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  if (confidence(first) > confidence(later)) return false;
  if ((first.minCount ?? 1) > (later.minCount ?? 1)) return false;
  return admitsAll(first.types, later.types, typeCovers);
}

const KIND_FIELDS: Record<PolicyDetector['kind'], readonly string[]> = {
  keywords: ['terms'],
  dictionary: ['terms'],
  hashed: ['hashes', 'maxWords'],
  regex: ['pattern', 'caseInsensitive'],
};
const SPECIFIC_FIELDS = new Set(Object.values(KIND_FIELDS).flat());

async function detectorErrors(detectors: readonly PolicyDetector[]): Promise<SchemaError[]> {
  const errors: SchemaError[] = [];
  const seen = new Map<string, number>();
  detectors.forEach((detector, i) => {
    const earlier = seen.get(detector.id);
    if (earlier !== undefined) errors.push({ path: `detectors[${i}].id`, message: `"${detector.id}" is already the id of detectors[${earlier}]` });
    seen.set(detector.id, i);
    for (const key of Object.keys(detector)) {
      if (SPECIFIC_FIELDS.has(key) && !KIND_FIELDS[detector.kind].includes(key)) {
        errors.push({ path: `detectors[${i}].${key}`, message: `applies to ${Object.entries(KIND_FIELDS).filter(([, keys]) => keys.includes(key)).map(([kind]) => kind).join(' and ')} detectors, not ${detector.kind}` });
      }
    }
    const required = detector.kind === 'regex' ? 'pattern' : detector.kind === 'hashed' ? 'hashes' : 'terms';
    if (!(required in detector)) errors.push({ path: `detectors[${i}].${required}`, message: `is required for a ${detector.kind} detector` });
  });
  if (errors.length > 0) return errors;
  const { errors: compileErrors } = await compileCustomDetectors(detectors as unknown as CustomDetectorSpec[]);
  for (const error of compileErrors) {
    const index = detectors.findIndex((detector) => detector.id === error.id);
    const field = detectors[index]?.kind === 'regex' && !error.message.startsWith('the id') ? '.pattern' : '';
    errors.push({ path: `detectors[${index}]${field}`, message: `detector "${error.id}": ${error.message}` });
  }
  return errors;
}

