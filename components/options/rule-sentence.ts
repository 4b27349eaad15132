import { findingTypeLabel, pickLanguage, t, type MessageKey } from '../../utils/i18n';
import { DEFAULT_MIN_CONFIDENCE } from '../../utils/policy/evaluate';
import type { PolicyRule } from '../../utils/policy/schema';
import { categoryLabel, confidenceLabel, eventPhrase, joinOr, ruleActionPhrase, siteReferenceLabel, statusPluralLabel } from './labels';

/** The finding-type groups a rule (or a personal rule) can name with a wildcard. */
export const TYPE_GROUPS = ['secret', 'pii', 'confidential', 'code', 'custom'] as const;

/** One entry of a rule's `types`, in words: a group, a custom detector, or a kind of data. */
function typeItems(types: readonly string[]): string[] {
  const items: string[] = [];
  const exact: string[] = [];
  for (const pattern of types) {
    if (pattern === '*') items.push(t('optionsTypeAny'));
    else if (pattern.endsWith('.*') && (TYPE_GROUPS as readonly string[]).includes(pattern.slice(0, -2))) items.push(t(`optionsTypeGroup_${pattern.slice(0, -2)}` as MessageKey));
    else if (pattern.startsWith('custom.')) items.push(t('optionsTypeCustom', pattern.slice(7)));
    else exact.push(t('optionsQuote', findingTypeLabel(pattern)));
  }
  // Named kinds go in one phrase: data of type "Payment card number" or "IBAN".
  if (exact.length > 0) items.push(t('optionsTypeExact', joinOr(exact)));
  return items;
}

/** Where a rule applies: "On unsanctioned sites in the categories Chat or Image, among ChatGPT or Claude". */
export function ruleWhere(rule: PolicyRule): string {
  const statuses = rule.siteStatus && joinOr(rule.siteStatus.map(statusPluralLabel));
  const categories = rule.categories && joinOr(rule.categories.map(categoryLabel));
  const sites = rule.sites && joinOr(rule.sites.map(siteReferenceLabel));
  let where: string;
  if (statuses && categories) where = t('optionsWhereStatusCategories', [statuses, categories]);
  else if (statuses) where = t('optionsWhereStatus', statuses);
  else if (categories) where = t('optionsWhereCategories', categories);
  else if (sites) return t('optionsWhereSites', sites);
  else return t('optionsWhereAll');
  return sites ? t('optionsWhereAmong', [where, sites]) : where;
}

/** When a rule applies: "when a paste or a file upload holds a secret (any kind) at medium confidence or more". */
export function ruleWhen(rule: PolicyRule): string {
  const events = rule.events ? joinOr(rule.events.map(eventPhrase)) : t('optionsEventAny');
  // A rule without types or minCount applies to the event itself, whatever it holds (evaluate.ts).
  if (!rule.types && rule.minCount === undefined) return t('optionsWhenAlways', events);
  let what = rule.types ? joinOr(typeItems(rule.types)) : t('optionsTypeAny');
  if ((rule.minCount ?? 1) > 1) what = t('optionsCountTimes', [what, String(rule.minCount)]);
  const confidence = t('optionsConfidenceAtLeast', confidenceLabel(rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE));
  return t('optionsWhenFindings', [events, what, confidence]);
}

/**
 * A policy rule as one sentence in the UI language: where, when, what happens, and the message users see
 * (in their language when the policy has it).
 */
export function ruleSentence(rule: PolicyRule, uiLanguage: string): string {
  const sentence = t('optionsRuleSentence', [ruleWhere(rule), ruleWhen(rule), ruleActionPhrase(rule.action)]);
  const message = pickLanguage(rule.message, uiLanguage);
  // The message is quoted as written, with its own punctuation; a sentence without one gets a full stop.
  return message ? t('optionsRuleWithMessage', [sentence, message]) : t('optionsSentenceEnd', sentence);
}
