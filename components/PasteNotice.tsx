import { findingTypeLabel, t } from '../utils/i18n';
import { partialMask } from '../utils/detect/redact';
import type { Alternative, EventKind } from '../utils/policy/schema';
import { FindingList } from './FindingList';

/** What the notice is about: a stopping verdict, or Vigie's own failure under a closed fail mode. */
export type NoticeAction = 'warn' | 'justify' | 'block' | 'redact' | 'error';

/** Props of the in-page notice shown when content is stopped. */
export interface PasteNoticeProps {
  action: NoticeAction;
  /** How the content came: the notice names it ("this paste", "this message") and its buttons say what they do. */
  kind?: EventKind;
  site: string;
  findings: { type: string; count: number }[];
  /** The policy's message in the user's language, if the rule has one. */
  message?: string;
  /** The organization's AI policy. */
  policyUrl?: string;
  /** The sanctioned tool to use instead. */
  alternative?: Alternative;
  onClose: () => void;
  /** Go on with the original content; `justify` passes the reason the user typed. */
  onProceed?: (justification?: string) => void;
  /** Go on with every finding masked. */
  onRedact?: () => void;
  /** The values found, partly masked, computed on request (absent when the policy does not allow it). */
  reveal?: () => { type: string; value: string }[];
}

// The words that depend on how the content came, per event kind.
const WORDING = {
  paste: { thing: 'noticeThingPaste', blocked: 'noticeBlockTitle', failed: 'noticeErrorTitle', proceed: 'noticeProceed', redact: 'noticeRedact', justify: 'noticeJustifySubmit' },
  drop: { thing: 'noticeThingDrop', blocked: 'noticeBlockTitleDrop', failed: 'noticeErrorTitleDrop', proceed: 'noticeProceedDrop', redact: 'noticeRedactDrop', justify: 'noticeJustifySubmitDrop' },
  upload: { thing: 'noticeThingUpload', blocked: 'noticeBlockTitleUpload', failed: 'noticeErrorTitleUpload', proceed: 'noticeProceedUpload', redact: 'noticeRedactUpload', justify: 'noticeJustifySubmitUpload' },
  submit: { thing: 'noticeThingSubmit', blocked: 'noticeBlockTitleSubmit', failed: 'noticeErrorTitleSubmit', proceed: 'noticeProceedSubmit', redact: 'noticeRedactSubmit', justify: 'noticeJustifySubmitSubmit' },
} as const;

/** The notice's title and body text for an action on content that came in a given way. */
function noticeText(action: NoticeAction, kind: EventKind, site: string): { title: string; body: string } {
  const words = WORDING[kind];
  const thing = t(words.thing);
  switch (action) {
    case 'warn':
      return { title: t('noticeWarnTitle', thing), body: t('noticeWarnBody', [site, thing]) };
    case 'justify':
      return { title: t('noticeJustifyTitle'), body: t('noticeWarnBody', [site, thing]) };
    case 'block':
      return { title: t(words.blocked), body: t('noticeBlockBody', site) };
    case 'redact':
      return { title: t('noticeRedactTitle'), body: t('noticeRedactBody', [site, thing]) };
    case 'error':
      return { title: t(words.failed), body: t('noticeErrorBody', thing) };
  }
}

/** Links are shown only when they are http(s): a policy cannot smuggle a javascript: URL into the page. */
function safeLink(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The in-page notice: what was found (types and counts, never values), the rule's message, the policy link,
 * the sanctioned alternative, and the user's choices. Focus stays inside; Escape cancels.
 */
export function PasteNotice({ action, kind = 'paste', site, findings, message, policyUrl, alternative, onClose, onProceed, onRedact, reveal }: PasteNoticeProps) {
  // The notice is rendered once, so the ref callback runs once: it focuses the safe choice (first button).
  const attach = (element: HTMLDivElement | null) => element?.querySelector<HTMLButtonElement>('.vigie-buttons button')?.focus();
  let reason = '';

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    const current = event.currentTarget as HTMLDivElement;
    if (event.key !== 'Tab') return;
    // Keep focus inside the notice while it is open.
    const focusable = [...current.querySelectorAll<HTMLElement>('button, textarea, a[href]')];
    // Inside a shadow root, the focused element is the root's activeElement, not the document's.
    const root = current.getRootNode() as Document | ShadowRoot;
    const index = focusable.indexOf(root.activeElement as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : (index + 1) % focusable.length;
    event.preventDefault();
    focusable[next]?.focus();
  }

  function onReveal(event: Event) {
    const button = event.currentTarget as HTMLButtonElement;
    const list = button.nextElementSibling as HTMLUListElement;
    if (!list.hidden) {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    // Built on request only, and dropped from the page when hidden again.
    list.replaceChildren(
      ...(reveal?.() ?? []).map(({ type, value }) => {
        const item = document.createElement('li');
        // Never a whole value in the page: the last 4 letters or digits only.
        item.textContent = `${findingTypeLabel(type)}: ${partialMask(value)}`;
        return item;
      }),
    );
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }

  function onReason(event: Event) {
    reason = (event.currentTarget as HTMLTextAreaElement).value;
    const root = (event.currentTarget as HTMLElement).closest('.vigie-notice');
    const submit = root?.querySelector<HTMLButtonElement>('button[data-action="justify"]');
    if (submit) submit.disabled = reason.trim().length < 3;
  }

  const { title, body } = noticeText(action, kind, site);
  const words = WORDING[kind];
  const policyLink = safeLink(policyUrl);
  const alternativeLink = alternative && safeLink(alternative.url);
  return (
    <div
      ref={attach}
      class={`vigie-notice vigie-${action}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="vigie-notice-title"
      aria-describedby="vigie-notice-body"
      data-vigie-action={action}
      onKeyDown={onKeyDown}
    >
      <h2 id="vigie-notice-title">{title}</h2>
      <div id="vigie-notice-body">
        <p>{body}</p>
        {findings.length > 0 && <FindingList findings={findings} />}
        {reveal && (
          <div class="vigie-reveal">
            <button type="button" class="vigie-link-button" aria-expanded="false" aria-controls="vigie-values" onClick={onReveal}>
              {t('noticeRevealValues')}
            </button>
            <ul id="vigie-values" class="vigie-values" hidden />
          </div>
        )}
        {message && <p class="vigie-policy-message">{message}</p>}
        {alternativeLink && (
          <p class="vigie-alternative">
            {t('noticeAlternative')}{' '}
            <a href={alternativeLink} target="_blank" rel="noopener noreferrer">
              {alternative.name}
            </a>
          </p>
        )}
        {policyLink && (
          <p>
            <a href={policyLink} target="_blank" rel="noopener noreferrer">
              {t('noticePolicyLink')}
            </a>
          </p>
        )}
        {action === 'warn' && <p class="vigie-hint">{t('noticeProceedHint')}</p>}
      </div>
      {action === 'justify' && (
        <div class="vigie-reason">
          <label for="vigie-reason">{t('noticeJustifyLabel')}</label>
          <textarea id="vigie-reason" rows={3} maxLength={500} onInput={onReason} />
        </div>
      )}
      <div class="vigie-buttons">
        {action === 'warn' || action === 'justify' ? (
          <>
            <button type="button" data-action="cancel" onClick={onClose}>
              {t('noticeCancel')}
            </button>
            {onRedact && (
              <button type="button" data-action="redact" onClick={onRedact}>
                {t(words.redact)}
              </button>
            )}
            {action === 'warn' ? (
              <button type="button" data-action="proceed" onClick={() => onProceed?.()}>
                {t(words.proceed)}
              </button>
            ) : (
              <button type="button" data-action="justify" disabled onClick={() => reason.trim().length >= 3 && onProceed?.(reason.trim())}>
                {t(words.justify)}
              </button>
            )}
          </>
        ) : (
          <button type="button" data-action="close" onClick={onClose}>
            {t('noticeClose')}
          </button>
        )}
      </div>
    </div>
  );
}
