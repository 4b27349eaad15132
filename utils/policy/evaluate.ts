import { CONFIDENCE_ORDER, confidenceAtLeast, type Confidence, type Finding } from '../detect/types';
import type { Alternative, EventKind, Policy, PolicyAction, PolicyRule } from './schema';
import { withoutUndefined } from '../without-undefined';
import { siteEntryMatches, type SiteInfo } from './sites';

/** What Vigie is deciding about. */
export interface EvaluationContext {
  site: SiteInfo;
  kind: EventKind;
  findings: readonly Pick<Finding, 'type' | 'confidence'>[];
}

/** A rule an employee added for themselves: it can only make a verdict stricter. */
export interface PersonalRule {
  types: string[];
  action: 'warn' | 'block';
}

/** The decision on one event. */
export interface Verdict {
  /** The action applied. In monitor mode, stopping actions are recorded as the rule's but only logged. */
  action: PolicyAction;
  /** The action the rules asked for, before monitor mode softened it. */
  ruleAction: PolicyAction;
  /** The rule that matched: a policy rule id, SITE_BLOCKED_RULE, or PERSONAL_RULE; absent for the default. */
  ruleId?: string;
  /** The message to show, per language (evaluate()'s; the notice UI finds it with verdictText()). */
  message?: Record<string, string>;
  /** The link to the organization's AI policy (evaluate()'s; the notice UI finds it with verdictText()). */
  policyUrl?: string;
  /** The sanctioned alternative to offer (absent on sanctioned sites; evaluate()'s, the notice UI finds it with offeredAlternative()). */
  alternative?: Alternative;
}

/**
 * decide()'s verdict: without what only a notice shows (the message, the policy link, the alternative), which the
 * notice UI finds from it (verdictText(), offeredAlternative()); with the policy rule that decided, if one did.
 */
export interface Decision extends Omit<Verdict, 'message' | 'policyUrl' | 'alternative'> {
  /** The policy's rule that decided (absent for a blocked site, a personal rule, or the default action). */
  rule?: PolicyRule;
}

/** The rule id recorded when an event is stopped because its site is blocked. */
export const SITE_BLOCKED_RULE = 'site-blocked';
/** The rule id recorded when an employee's personal rule made the verdict stricter. */
export const PERSONAL_RULE = 'personal';

/** The actions from the mildest to the strictest: those from warn on stop the content (the page does not receive it as it was). */
const STRICTNESS: readonly PolicyAction[] = ['allow', 'log', 'warn', 'justify', 'redact', 'block'];

/** True when `action` stops the content before the page gets it. */
export function isStopping(action: PolicyAction): boolean {
  // 2: warn's rank, as a number rather than its indexOf for the content script's bytes (test/unit/policy/evaluate.test.ts
  // checks every action).
  return STRICTNESS.indexOf(action) >= 2;
}

/** True when finding type `type` is covered by pattern `pattern` (exact, `prefix.*`, or `*`). */
export function typeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** The confidence a rule acts from when it does not say (finding-types.md: policies act on medium and up). */
export const DEFAULT_MIN_CONFIDENCE: Confidence = 'medium';

/**
 * The lowest confidence any rule of the policy acts on: findings below it can never change a verdict,
 * so the scan drops them and events never count them.
 */
export function policyConfidenceFloor(policy: Policy): Confidence {
  const levels = policy.rules.map((rule) => CONFIDENCE_ORDER.indexOf(rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE));
  // 1: the default's rank, medium's, as a number rather than its indexOf for the content script's bytes (the tests check
  // the floor of a policy without rules).
  return CONFIDENCE_ORDER[Math.min(1, ...levels)];
}

function countMatching(findings: EvaluationContext['findings'], types: readonly string[] | undefined, minConfidence: Confidence): number {
  let count = 0;
  for (const finding of findings) {
    if (!confidenceAtLeast(finding.confidence, minConfidence)) continue;
    if (!types || types.some((pattern) => typeMatches(pattern, finding.type))) count++;
  }
  return count;
}

/** True when every condition of `rule` holds for the context. Conditions a rule leaves out always hold. */
export function ruleMatches(rule: PolicyRule, context: EvaluationContext): boolean {
  const { site } = context;
  if (rule.events && !rule.events.includes(context.kind)) return false;
  if (rule.sites && !rule.sites.some((match) => siteEntryMatches(match, site))) return false;
  if (rule.categories && !rule.categories.includes(site.category)) return false;
  if (rule.siteStatus && !rule.siteStatus.some((status) => status === site.status || (status === 'unsanctioned' && site.status !== 'sanctioned'))) {
    return false;
  }
  // A rule without types or minCount applies to the event itself, found data or not (e.g. "block uploads").
  if (!rule.types && rule.minCount === undefined) return true;
  return countMatching(context.findings, rule.types, rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE) >= (rule.minCount ?? 1);
}

function ruleDecision(policy: Policy, context: EvaluationContext): Omit<Decision, 'action'> {
  if (context.site.status === 'blocked') return { ruleAction: 'block', ruleId: SITE_BLOCKED_RULE };
  const rule = policy.rules.find((candidate) => ruleMatches(candidate, context));
  if (rule) return { ruleAction: rule.action, ruleId: rule.id, rule };
  // With no rule matching, the default action concerns findings at the default confidence and up only.
  const defaultApplies = countMatching(context.findings, undefined, DEFAULT_MIN_CONFIDENCE) > 0;
  return { ruleAction: defaultApplies ? policy.defaultAction : 'allow' };
}

/**
 * Decides what to do with an event under `policy`: pure, synchronous and total. A blocked site blocks
 * everything; otherwise the first matching rule decides, then the default action. Personal rules can only
 * make the verdict stricter. Monitor mode records what would have happened and only logs it.
 * The verdict without what only a notice shows (a field left undefined may be there), with the rule that decided:
 * what the guard decides and records with. The notice UI finds the message, the policy link (verdictText) and the
 * alternative (offeredAlternative) itself: the guard, which every AI page loads, does not carry that code (31 and 52
 * bytes gzipped), nor withoutUndefined (31 bytes; nothing it hands the verdict to serializes it or compares it whole:
 * the records take its action and rule id). The personal rules are always given (the policy state's; no default, 6
 * bytes).
 */
export function decide(policy: Policy, context: EvaluationContext, personal: readonly PersonalRule[]): Decision {
  let decision = ruleDecision(policy, context);
  const mine = personal.find((rule) => countMatching(context.findings, rule.types, DEFAULT_MIN_CONFIDENCE) > 0);
  if (mine && STRICTNESS.indexOf(mine.action) > STRICTNESS.indexOf(decision.ruleAction) && policy.employee.personalRules) {
    decision = { ruleAction: mine.action, ruleId: PERSONAL_RULE };
  }
  const monitored = policy.mode === 'monitor' && decision.ruleId !== PERSONAL_RULE;
  const action = monitored && isStopping(decision.ruleAction) ? 'log' : decision.ruleAction;
  return { action, ...decision };
}

/** The sanctioned alternative to offer with a verdict's `action` on `site`: for a stopping action off a sanctioned site. */
export function offeredAlternative(policy: Policy, site: SiteInfo, action: PolicyAction): Alternative | undefined {
  return isStopping(action) && site.status !== 'sanctioned' ? (policy.categories[site.category]?.alternative ?? policy.alternative) : undefined;
}

/**
 * What a notice shows of a decision (decide()'s) on `site` under `policy`: a blocked site's reason and the policy
 * link; the deciding rule's message and link (else the policy's); a personal rule's, the policy link only; the
 * default action's, neither.
 */
export function verdictText(policy: Policy, site: SiteInfo, decision: Decision): Pick<Verdict, 'message' | 'policyUrl'> {
  const { rule } = decision;
  // A blocked site decides before any rule, and a personal rule cannot be stricter than its block.
  if (site.status === 'blocked') return { message: site.reason, policyUrl: policy.policyUrl };
  if (rule) return { message: rule.message, policyUrl: rule.policyUrl ?? policy.policyUrl };
  return decision.ruleId === PERSONAL_RULE ? { policyUrl: policy.policyUrl } : {};
}

/** The whole verdict (decide's, with what a notice shows), without undefined fields: what the policy tester shows. */
export function evaluate(policy: Policy, context: EvaluationContext, personal: readonly PersonalRule[] = []): Verdict {
  const decision = decide(policy, context, personal);
  const { action, ruleAction, ruleId } = decision;
  return withoutUndefined({ action, ruleAction, ruleId, ...verdictText(policy, context.site, decision), alternative: offeredAlternative(policy, context.site, action) });
}
