import { redact } from '../detect/redact';
import { countByType, scan } from '../detect/scan';
import type { Detector, Finding } from '../detect/types';
import type { EventOutcome, UsageEvent } from '../messaging';
import { evaluate, isStopping, policyConfidenceFloor, type Verdict } from '../policy/evaluate';
import type { PolicyState } from '../policy/load';
import type { Alternative } from '../policy/schema';
import { siteInfo, type SiteInfo } from '../policy/sites';
import { redactedExcerpt } from './excerpt';

/** What the in-page notice needs to tell the user; never the content itself. */
export interface NoticeRequest {
  action: 'warn' | 'justify' | 'block' | 'redact' | 'error';
  findings: { type: string; count: number }[];
  message?: Record<string, string>;
  policyUrl?: string;
  alternative?: Alternative;
  /** For `warn` and `justify`: go on with the original content (`justify` passes the typed reason). */
  onProceed?: (justification?: string) => void;
  /** For `warn` and `justify`: go on with every finding masked. */
  onRedact?: () => void;
}

/** What the paste guard needs from its surroundings, so it can run on a real page or in a test. */
export interface PasteGuardDeps {
  /** The frame's hostname. */
  host: string;
  policyState(): PolicyState;
  /** The detectors to run: the built-in ones plus the policy's custom detectors once compiled (undefined: built-in only). */
  detectors(): readonly Detector[] | undefined;
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

/** The site of this frame under the policy; a host the table lacks is treated as an unclassified AI site. */
export function currentSite(state: PolicyState, host: string): SiteInfo {
  return siteInfo(state.sites, host) ?? { host, id: host, name: host, category: 'chat', status: state.policy.defaultSiteStatus };
}

function stop(event: ClipboardEvent): void {
  event.preventDefault();
  // The page must not see a paste Vigie stopped (some editors handle paste themselves).
  event.stopImmediatePropagation();
}

type BaseEvent = Omit<UsageEvent, 'action' | 'outcome'>;

function baseEvent(deps: PasteGuardDeps, state: PolicyState, site: SiteInfo, size: number, findings: BaseEvent['findings']): BaseEvent {
  return {
    id: deps.newId(),
    time: deps.now(),
    site: deps.host,
    kind: 'paste',
    siteStatus: site.status,
    size,
    findings,
    policySource: state.source,
    policyMode: state.policy.mode,
    policyVersion: state.policy.policyVersion,
  };
}

/** Applies a verdict to the paste event and records it. */
function apply(event: ClipboardEvent, text: string, found: Finding[], verdict: Verdict, deps: PasteGuardDeps, state: PolicyState, site: SiteInfo): void {
  if (verdict.action === 'allow') return;
  const findings = countByType(found);
  const stops = isStopping(verdict.action);
  if (stops) stop(event);
  const excerpt = state.policy.logging.excerpt === 'redacted' && found.length > 0 ? redactedExcerpt(text, found) : undefined;
  const base = () => baseEvent(deps, state, site, text.length, findings);
  const first: UsageEvent = { ...base(), action: verdict.action, outcome: stops ? 'stopped' : 'allowed', ruleId: verdict.ruleId, excerpt };
  if (!stops) {
    deps.record(first);
    return;
  }
  const reinsert = deps.prepareReinsert();
  const follow = (outcome: EventOutcome, extra: Partial<UsageEvent> = {}) =>
    deps.record({ ...base(), action: verdict.action, outcome, ruleId: verdict.ruleId, relatedId: first.id, ...extra });
  const pasteRedacted = () => {
    reinsert(redact(text, found));
    follow('redacted');
  };
  if (verdict.action === 'redact') {
    // The masked text goes in at once; the record says so, and the notice tells the user why.
    reinsert(redact(text, found));
    deps.record({ ...first, outcome: 'redacted' });
  } else {
    deps.record(first);
  }
  // Only stopping actions reach here (allow and log returned above).
  const request: NoticeRequest = { action: verdict.action as NoticeRequest['action'], findings, message: verdict.message, policyUrl: verdict.policyUrl, alternative: verdict.alternative };
  if (verdict.action === 'warn' || verdict.action === 'justify') {
    request.onProceed = (justification) => {
      reinsert(text);
      follow('overridden', verdict.action === 'justify' ? { justification: justification?.trim().slice(0, 500) } : {});
    };
    if (found.length > 0) request.onRedact = pasteRedacted;
  }
  deps.notify(request);
}

/**
 * Creates the capture-phase paste listener. The decision is synchronous so the paste can be cancelled
 * before the page sees it; a paste the policy allows is not touched at all.
 */
export function createPasteHandler(deps: PasteGuardDeps): (event: ClipboardEvent) => void {
  return (event) => {
    const state = deps.policyState();
    let text = '';
    let site: SiteInfo | undefined;
    try {
      site = currentSite(state, deps.host);
      text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length === 0) return;
      const found = scan(text, { detectors: deps.detectors(), minConfidence: policyConfidenceFloor(state.policy) });
      const verdict = evaluate(state.policy, { site, kind: 'paste', findings: found }, state.personal);
      apply(event, text, found, verdict, deps, state, site);
    } catch (error) {
      // Never break the page: the policy's fail mode decides, and the failure is logged without content.
      console.error('Vigie: paste check failed', error);
      const closed = state.policy.failMode === 'closed';
      if (closed) {
        stop(event);
        deps.notify({ action: 'error', findings: [] });
      }
      const fallbackSite = site ?? { host: deps.host, id: deps.host, name: deps.host, category: 'chat', status: 'tolerated' };
      deps.record({ ...baseEvent(deps, state, fallbackSite, text.length, []), action: closed ? 'block' : 'allow', outcome: closed ? 'stopped' : 'allowed', ruleId: INTERNAL_ERROR_RULE });
    }
  };
}
