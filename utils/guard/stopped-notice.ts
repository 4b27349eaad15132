import { redactLabels } from '../detect/redact';
import { offeredAlternative, verdictText } from '../policy/evaluate';
import type { EventOutcome, UsageEvent } from '../messaging';
import type { NoticeRequest, Stopped } from './intervene';
import type { NoticeUi } from './notice-loader';

/**
 * Shows the notice of content the verdict stopped (intervene.ts), with what each choice does: go on with
 * the content as it was (`warn`, `justify` with the typed reason) or masked, each recorded. A `redact` verdict
 * carries the masked content on first, and shows the notice once the editor took it, so the notice does not
 * take the focus (and the selection) from the editor meanwhile. Part of the notice UI script, injected on the
 * first intervention: nothing here runs before a notice is due.
 */
export function showStopped(stopped: Stopped, show: (request: NoticeRequest) => void, ui?: NoticeUi): void {
  const { verdict, text, found, carryOn, first } = stopped;
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
      carryOn(text, false, ui);
      follow('overridden', verdict.action === 'justify' ? { justification: justification?.trim().slice(0, 500) } : {});
    };
    if (found.length > 0) {
      request.onRedact = () => {
        carryOn(masked(), true, ui);
        follow('redacted');
      };
    }
  }
  if (verdict.action === 'redact') {
    const notify = () => show(request);
    // With nothing to mask, the guard carried the content on already.
    void Promise.resolve(found.length > 0 ? carryOn(masked(), true, ui) : stopped.carried).then(notify, notify);
  } else {
    show(request);
  }
}

/** A notice to show as it is (an error's), or the notice of stopped content. */
export function showNotice(notice: NoticeRequest | Stopped, show: (request: NoticeRequest) => void, ui?: NoticeUi): void {
  if ('verdict' in notice) showStopped(notice, show, ui);
  else show(notice);
}
