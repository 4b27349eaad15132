import { countByType, scan } from '../detect/scan';
import type { UsageEvent } from '../messaging';
import { evaluate, policyConfidenceFloor, type Verdict } from '../policy/evaluate';
import type { PolicyState } from '../policy/load';

/** What the in-page notice needs to tell the user; never the pasted values themselves. */
export interface NoticeRequest {
  action: 'warn' | 'block' | 'error';
  findings: { type: string; count: number }[];
  message?: Record<string, string>;
  /** Present for `warn`: lets the user paste anyway (the override is logged). */
  onProceed?: () => void;
}

/** What the paste guard needs from its surroundings, so it can run on a real page or in a test. */
export interface PasteGuardDeps {
  site: string;
  policyState(): PolicyState;
  record(event: UsageEvent): void;
  notify(request: NoticeRequest): void;
  /**
   * Remembers where the paste was aimed (called while the paste event is being handled, before any UI
   * takes focus) and returns a function that inserts text there as the user's own paste would have.
   */
  prepareReinsert(): (text: string) => void;
  now(): number;
  newId(): string;
}

const INTERNAL_ERROR_RULE = 'vigie-internal-error';

function baseEvent(deps: PasteGuardDeps, state: PolicyState, size: number): Omit<UsageEvent, 'findings' | 'action' | 'outcome'> {
  return {
    id: deps.newId(),
    time: deps.now(),
    site: deps.site,
    kind: 'paste',
    size,
    policySource: state.source,
    policyMode: state.policy.mode,
    policyVersion: state.policy.policyVersion,
  };
}

function stop(event: ClipboardEvent): void {
  event.preventDefault();
  // The page must not see a paste Vigie stopped (some editors handle paste themselves).
  event.stopImmediatePropagation();
}

/** Applies a verdict to the paste event and records it; returns nothing, never throws on its own. */
function apply(event: ClipboardEvent, text: string, verdict: Verdict, findings: { type: string; count: number }[], deps: PasteGuardDeps, state: PolicyState): void {
  const base = baseEvent(deps, state, text.length);
  const stops = verdict.action === 'warn' || verdict.action === 'block';
  if (stops) stop(event);
  const record: UsageEvent = { ...base, findings, action: verdict.action, outcome: stops ? 'stopped' : 'allowed', ruleId: verdict.ruleId };
  if (verdict.action !== 'allow') deps.record(record);
  if (verdict.action === 'block') deps.notify({ action: 'block', findings, message: verdict.message });
  if (verdict.action === 'warn') {
    const reinsert = deps.prepareReinsert();
    deps.notify({
      action: 'warn',
      findings,
      message: verdict.message,
      onProceed: () => {
        reinsert(text);
        deps.record({ ...baseEvent(deps, state, text.length), findings, action: 'warn', outcome: 'overridden', ruleId: verdict.ruleId, relatedId: record.id });
      },
    });
  }
}

/**
 * Creates the capture-phase paste listener. The decision is synchronous so the paste can be cancelled
 * before the page sees it; a paste with nothing to report is not touched at all.
 */
export function createPasteHandler(deps: PasteGuardDeps): (event: ClipboardEvent) => void {
  return (event) => {
    const state = deps.policyState();
    let text = '';
    try {
      text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length === 0) return;
      const found = scan(text, { minConfidence: policyConfidenceFloor(state.policy) });
      if (found.length === 0) return;
      const verdict = evaluate(state.policy, { site: deps.site, kind: 'paste', findings: found });
      apply(event, text, verdict, countByType(found), deps, state);
    } catch (error) {
      // Never break the page: the policy's fail mode decides, and the failure is logged without content.
      console.error('Vigie: paste check failed', error);
      const closed = state.policy.failMode === 'closed';
      if (closed) {
        stop(event);
        deps.notify({ action: 'error', findings: [] });
      }
      deps.record({ ...baseEvent(deps, state, text.length), findings: [], action: closed ? 'block' : 'allow', outcome: closed ? 'stopped' : 'allowed', ruleId: INTERNAL_ERROR_RULE });
    }
  };
}
