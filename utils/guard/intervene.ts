import { countByType, scan } from '../detect/scan';
import type { Detector, Finding } from '../detect/types';
import type { EventOutcome, UsageEvent } from '../messaging';
import { decide, isStopping, policyConfidenceFloor, type Decision } from '../policy/evaluate';
import type { PolicyState } from '../policy/load';
import type { Alternative, EventKind, Policy, SiteStatus } from '../policy/schema';
import type { currentSite, SiteInfo } from '../policy/sites';
import type { Composer } from './composer';

/** What the in-page notice needs to tell the user; never the content itself. */
export interface NoticeRequest {
  action: 'warn' | 'justify' | 'block' | 'redact' | 'error';
  /** How the content came (paste, drop, upload, submit): the notice's wording follows it. */
  kind: EventKind;
  findings: { type: string; count: number }[];
  message?: Record<string, string>;
  policyUrl?: string;
  alternative?: Alternative;
  /** For `warn` and `justify`: go on with the original content (`justify` passes the typed reason). */
  onProceed?: (justification?: string) => void;
  /** For `warn` and `justify`: go on with every finding masked. */
  onRedact?: () => void;
  /**
   * When the policy lets users see what was found: the values (at most 200 characters each), computed only
   * when the user asks. The notice UI masks them partly (the last 4 letters or digits kept) before showing
   * them: it lives in the page, so values are never shown whole.
   */
  reveal?: () => { type: string; value: string }[];
}

/** What every guard needs from its surroundings, so it can run on a real page or in a test. */
export interface GuardDeps {
  /** The frame's hostname. */
  host: string;
  /** The frame's site under the policy (policy/sites.ts): the guard calls the early guard's (early.ts). */
  currentSite: typeof currentSite;
  policyState(): PolicyState;
  /** The detectors to run: the built-in ones plus the policy's custom detectors once compiled (undefined: built-in only). */
  detectors(): readonly Detector[] | undefined;
  /** Records an event: hands it to the event queue (event-queue.ts), which sends it to the background. */
  record: RecordEvent;
  /** Shows a notice: an error's, or a stopped event's (whose notice the notice UI builds, see Stopped). */
  notify(request: NoticeRequest | Stopped): void;
}

/** Finding values the user chose to let through on this page, so sending them is not questioned twice. */
export type Acknowledged = Set<string>;

/**
 * Content the verdict stopped, as the guard hands it to the notice UI, which builds the notice and what each
 * choice does (utils/guard/stopped-notice.ts): that code runs only once the notice UI is injected, so it is not
 * part of the content script that every AI page loads.
 */
export interface Stopped {
  verdict: Decision;
  text: string;
  found: readonly Finding[];
  /** The policy in force and the site, from which the notice UI reads what it offers (the values found, an alternative). */
  policy: Policy;
  site: SiteInfo;
  /**
   * Carries the content on, as it was or masked (from intervene()'s prepare), once the user chose (or at once, for a
   * redaction): the notice UI calls it, and gives what sends a composer's text (SendText), which the guard does not
   * carry the code of. Content held before the guard started, and let through, the guard carries on itself.
   */
  carryOn: CarryOn;
  /** Lets the values found through on this page (the user went on with them). */
  acknowledge(): void;
  /**
   * The stopped event's record, and the guard's `record`: the notice UI records it (with a redacted excerpt of the
   * text where the policy asks for one) before anything else, and shows its kind and findings; then records what the
   * user chose as a record of its own related to it (stopped-notice.ts). The guard carries the code of neither, nor
   * of the excerpt. Where the notice UI cannot be shown, the notifier records it, without its excerpt (notice-loader.ts).
   */
  first: UsageEvent;
  record: RecordEvent;
}

/** Records an event (event-queue.ts). */
export type RecordEvent = (event: UsageEvent) => void;

/** How content stopped goes on, as it was or masked; see Stopped.carryOn. */
export type CarryOn = (text: string, masked: boolean, sendText?: SendText) => void | Promise<unknown>;

/**
 * Sends a composer holding `text`, the text read or masked (the notice UI's NoticeUi.sendMasked, given the text read
 * and the site): at once when it holds that text still, otherwise once the editor took it; if it did not, the site's
 * error notice shows instead (never send what the user did not choose). Resolves once it did either.
 */
export type SendText = (composer: Composer, text: string, send: () => void) => Promise<void>;

export const INTERNAL_ERROR_RULE = 'vigie-internal-error';

/**
 * Scans content, decides under the policy in force (decide(), policy/evaluate.ts) and applies the verdict: nothing at all for an allowed
 * event; a record for a logged one; for a stopping one, the event is cancelled, and the notice (which records it)
 * offers what the action allows. Synchronous up to the notice. A failure is resolved by the fail mode.
 *
 * The content (a paste, a dropped text, a composer being sent, files) comes as its parts, arguments rather than an
 * object of them for the content script's bytes (17): its `kind`; `read`, which reads the text (inside the guard's
 * error handling: a clipboard may fail to read); `stop`, which cancels the event before the page sees it; `prepare`,
 * called while the event is being handled (before any UI takes focus), which returns how to carry the content on
 * later, as it was or masked (insert it where it was aimed, send the composer, deliver the files); for content that
 * was held back before the decision (files, read asynchronously), `pass`, which lets it through when the verdict does
 * not stop it (synchronous content needs nothing: it was never stopped); and `size`, the size to record when it is not
 * the text's length (files: their bytes).
 */
export function intervene(
  kind: EventKind,
  read: () => string,
  stop: () => void,
  prepare: () => CarryOn,
  deps: GuardDeps,
  acknowledged: Acknowledged,
  pass?: () => void,
  size?: number,
): void {
  const state = deps.policyState();
  let site: SiteInfo | undefined;
  let text = '';
  // What every record of this content holds (the text's length, as read by then, unless a size is given). Tests
  // stub crypto.randomUUID and Date.now: as deps, they cost the content script 15 bytes gzipped.
  const eventOf = (siteStatus: SiteStatus, findings: UsageEvent['findings'], action: UsageEvent['action'], outcome: EventOutcome, ruleId?: string): UsageEvent => ({
    id: crypto.randomUUID(),
    time: Date.now(),
    site: deps.host,
    kind,
    siteStatus,
    size: size ?? text.length,
    findings,
    policySource: state.source,
    policyMode: state.policy.mode,
    policyVersion: state.policy.policyVersion,
    action,
    outcome,
    ruleId,
  });
  try {
    site = deps.currentSite(state, deps.host);
    text = read();
    // No text (an image, an empty composer): nothing to decide here.
    if (!text) return pass?.();
    const found = scan(text, { detectors: deps.detectors(), minConfidence: policyConfidenceFloor(state.policy) }).filter(
      (finding) => !acknowledged.has(text.slice(finding.start, finding.end)),
    );
    const verdict = decide(state.policy, { site, kind, findings: found }, state.personal);
    // What goes through now is not questioned again when the composer holding it is sent.
    const acknowledge = () => found.forEach((finding) => acknowledged.add(text.slice(finding.start, finding.end)));
    const findings = countByType(found);
    const event = (outcome: EventOutcome) => eventOf(site!.status, findings, verdict.action, outcome, verdict.ruleId);
    if (!isStopping(verdict.action)) {
      acknowledge();
      pass?.();
      // Only what the policy logs is recorded: an allowed event leaves nothing.
      if (verdict.action !== 'allow') deps.record(event('allowed'));
      return;
    }
    stop();
    // How to carry the content on is prepared now, while the event is handled (before the notice takes the focus). The
    // notice UI records the stopped event (with its redacted excerpt where the policy asks for one) as it shows the
    // notice, or the notifier without it where the UI cannot be shown (notice-loader.ts). A redaction goes on (masked,
    // or as it is with nothing to mask: a rule without types) once the notice UI is there, before its notice shows.
    deps.notify({ verdict, text, found, policy: state.policy, site, carryOn: prepare(), acknowledge, first: event(verdict.action === 'redact' ? 'redacted' : 'stopped'), record: deps.record });
  } catch (error) {
    // Never break the page: the policy's fail mode decides, and the failure is logged without content.
    console.error(`Vigie: ${kind} check failed`, error);
    const closed = state.policy.failMode === 'closed';
    if (closed) {
      stop();
      deps.notify({ action: 'error', kind, findings: [] });
    } else {
      pass?.();
    }
    // A site the policy could not place (the failure) is recorded as tolerated.
    deps.record(eventOf(site?.status ?? 'tolerated', [], closed ? 'block' : 'allow', closed ? 'stopped' : 'allowed', INTERNAL_ERROR_RULE));
  }
}
