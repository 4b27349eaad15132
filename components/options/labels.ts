import { AI_SITES } from '../../utils/catalog/sites';
import { t, type MessageKey } from '../../utils/i18n';
import { isHostPattern } from '../../utils/policy/sites';
import type { EventKind, PolicyAction, PolicyCategory, SiteStatus } from '../../utils/policy/schema';
import type { Confidence } from '../../utils/detect/types';

/**
 * Labels of the policy's enumerated values for the options page. Keys are built from the value, so each
 * family is listed here once and a unit test checks that every value has a label in both languages.
 */

const SITE_NAMES: ReadonlyMap<string, string> = new Map(AI_SITES.map((site) => [site.id, site.name]));

/** A policy site reference (catalog id or host pattern) as users know it: the service's name, or the host. */
export function siteReferenceLabel(match: string): string {
  return isHostPattern(match) ? match : (SITE_NAMES.get(match) ?? match);
}

/** "a, b or c" in the UI language. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('optionsListOr', [items.slice(0, -1).join(', '), items[items.length - 1]]);
}

/** A site status, as an adjective for one site ("tolerated"). */
export function statusLabel(status: SiteStatus): string {
  return t(`optionsStatus_${status}` as MessageKey);
}

/** A site status as a rule condition on sites, plural ("unsanctioned"). */
export function statusPluralLabel(status: SiteStatus | 'unsanctioned'): string {
  return t(`optionsStatusPlural_${status}` as MessageKey);
}

/** A catalog category's name. */
export function categoryLabel(category: PolicyCategory): string {
  return t(`optionsCategory_${category.replace(/-/g, '_')}` as MessageKey);
}

/** An event kind as a noun phrase ("a paste"). */
export function eventPhrase(kind: EventKind): string {
  return t(`optionsEvent_${kind}` as MessageKey);
}

/** An event kind as a short label for pickers ("Paste"). */
export function eventLabel(kind: EventKind): string {
  return t(`optionsEventLabel_${kind}` as MessageKey);
}

/** A confidence level ("medium"). */
export function confidenceLabel(confidence: Confidence): string {
  return t(`optionsConfidence_${confidence}` as MessageKey);
}

/** What a rule does, as the end of its sentence ("block"). */
export function ruleActionPhrase(action: PolicyAction): string {
  return t(`optionsRuleAction_${action}` as MessageKey);
}

/** The outcome of a verdict, as the tester shows it ("Blocked"). */
export function verdictLabel(action: PolicyAction): string {
  return t(`optionsVerdict_${action}` as MessageKey);
}
