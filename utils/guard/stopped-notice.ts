import { redactLabels } from '../detect/redact';
import { redactedExcerpt } from './excerpt';
import { offeredAlternative, verdictText } from '../policy/evaluate';
import type { EventOutcome, UsageEvent } from '../messaging';
import type { NoticeRequest, SendText, Stopped } from './intervene';
import type { NoticeUi } from './notice-loader';

/**
 * Records content the verdict stopped (intervene.ts), with its redacted excerpt where the policy asks for one, and
 * shows its notice, with what each choice does: go on with the content as it was (`warn`, `justify` with the typed
 * reason) or masked, each recorded. A `redact` verdict
 * carries the masked content on first, and shows the notice once the editor took it, so the notice does not
 * take the focus (and the selection) from the editor meanwhile. Part of the notice UI script, injected on the
 * first intervention: nothing here runs before a notice is due.
 */
export function showStopped(stopped: Stopped, show: (request: NoticeRequest) => void, ui?: NoticeUi, site = ''): void {
  const { verdict, text, found, first } = stopped;
  // The stopped event's record, first: only stopped (or masked) content leaves an excerpt, as the policy's
  // documentation and the popup tell employees.
  stopped.record(stopped.policy.logging.excerpt === 'redacted' && found.length > 0 ? { ...first, excerpt: redactedExcerpt(text, found) } : first);
  // A composer's text goes through this UI (the text read being the stopped text; the site's error notice if the
  // editor does not take it): the guard's carryOn is handed what sends it.
  const sendText: SendText | undefined = ui && ((composer, carried, send) => ui.sendMasked(composer, carried, text, send, site));
  const carryOn = (carried: string, masked: boolean) => stopped.carryOn(carried, masked, sendText);
  const masked = () => redactLabels(text, found);
  // What the user chose, recorded as the stopped event was, related to its record: a record of its own (its id and time).
  const follow = (outcome: EventOutcome, extra?: Partial<UsageEvent>) => stopped.record({ ...first, id: crypto.randomUUID(), time: Date.now(), outcome, relatedId: first.id, ...extra });
  // Only stopping actions reach here (allow and log do not stop content).
  // The message, the policy link and the alternative are found here, not by the guard's decision (decide() in
  // policy/evaluate.ts): only a notice shows them.
  const request: NoticeRequest = { action: verdict.action as NoticeRequest['action'], kind: first.kind, findings: first.findings, ...verdictText(stopped.policy, stopped.site, verdict), alternative: offeredAlternative(stopped.policy, stopped.site, verdict.action) };
  if (stopped.policy.employee.revealValues && found.length > 0) {
    request.reveal = () => found.slice(0, 50).map((finding) => ({ type: finding.type, value: text.slice(finding.start, finding.end).slice(0, 200) }));
  }
  if (verdict.action === 'warn' || verdict.action === 'justify') {
    request.onProceed = (justification) => {
      stopped.acknowledge();
      carryOn(text, false);
      follow('overridden', verdict.action === 'justify' ? { justification: justification?.trim().slice(0, 500) } : {});
    };
    if (found.length > 0) {
      request.onRedact = () => {
        carryOn(masked(), true);
        follow('redacted');
      };
    }
  }
  if (verdict.action === 'redact') {
    const notify = () => show(request);
    // Masked, or as it is with nothing to mask (masked() is the text then), before the notice shows.
    void Promise.resolve(carryOn(masked(), true)).then(notify, notify);
  } else {
    show(request);
  }
}

/** A notice to show as it is (an error's), or the notice of stopped content. */
export function showNotice(notice: NoticeRequest | Stopped, show: (request: NoticeRequest) => void, ui?: NoticeUi, site?: string): void {
  if ('verdict' in notice) showStopped(notice, show, ui, site);
  else show(notice);
}
