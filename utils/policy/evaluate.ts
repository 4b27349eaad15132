import { CONFIDENCE_ORDER, confidenceAtLeast, type Confidence, type Finding } from '../detect/types';
import type { Policy, PolicyAction, PolicyRule } from './schema';

/** What Vigie is deciding about. */
export interface EvaluationContext {
  site: string;
  kind: 'paste';
  findings: readonly Finding[];
}

/** The decision on one event. */
export interface Verdict {
  /** The action applied. In monitor mode, warn and block are recorded but only logged. */
  action: PolicyAction;
  /** The action the rules asked for, before monitor mode softened it. */
  ruleAction: PolicyAction;
  /** The rule that matched, if any. */
  ruleId?: string;
  /** The rule's message, per language. */
  message?: Record<string, string>;
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
  return CONFIDENCE_ORDER[Math.min(CONFIDENCE_ORDER.indexOf(DEFAULT_MIN_CONFIDENCE), ...levels)];
}

function ruleMatches(rule: PolicyRule, findings: readonly Finding[]): boolean {
  const minConfidence = rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return findings.some(
    (finding) =>
      confidenceAtLeast(finding.confidence, minConfidence) && rule.types.some((pattern) => typeMatches(pattern, finding.type)),
  );
}

/** Decides what to do with an event under `policy`: pure, synchronous, and total. */
export function evaluate(policy: Policy, context: EvaluationContext): Verdict {
  if (context.findings.length === 0) return { action: 'allow', ruleAction: 'allow' };
  const rule = policy.rules.find((candidate) => ruleMatches(candidate, context.findings));
  // With no rule matching, the default action concerns findings at the default confidence and up only.
  const defaultApplies = context.findings.some((finding) => confidenceAtLeast(finding.confidence, DEFAULT_MIN_CONFIDENCE));
  if (!rule && !defaultApplies) return { action: 'allow', ruleAction: 'allow' };
  const ruleAction = rule ? rule.action : policy.defaultAction;
  const stops = ruleAction === 'warn' || ruleAction === 'block';
  const action = policy.mode === 'monitor' && stops ? 'log' : ruleAction;
  return { action, ruleAction, ruleId: rule?.id, message: rule?.message };
}
