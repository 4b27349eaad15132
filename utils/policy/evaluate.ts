import { confidenceAtLeast, type Finding } from '../detect/types';
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

function ruleMatches(rule: PolicyRule, findings: readonly Finding[]): boolean {
  const minConfidence = rule.minConfidence ?? 'medium';
  return findings.some(
    (finding) =>
      confidenceAtLeast(finding.confidence, minConfidence) && rule.types.some((pattern) => typeMatches(pattern, finding.type)),
  );
}

/** Decides what to do with an event under `policy`: pure, synchronous, and total. */
export function evaluate(policy: Policy, context: EvaluationContext): Verdict {
  if (context.findings.length === 0) return { action: 'allow', ruleAction: 'allow' };
  const rule = policy.rules.find((candidate) => ruleMatches(candidate, context.findings));
  const ruleAction = rule ? rule.action : policy.defaultAction;
  const stops = ruleAction === 'warn' || ruleAction === 'block';
  const action = policy.mode === 'monitor' && stops ? 'log' : ruleAction;
  return { action, ruleAction, ruleId: rule?.id, message: rule?.message };
}
