import { t } from '../utils/i18n';
import { FindingList } from './FindingList';

/** Props of the in-page notice shown when a paste is stopped. */
export interface PasteNoticeProps {
  action: 'warn' | 'block' | 'error';
  site: string;
  findings: { type: string; count: number }[];
  /** The policy's message in the user's language, if the rule has one. */
  message?: string;
  onClose: () => void;
  onProceed?: () => void;
}

const TITLES = { warn: 'noticeWarnTitle', block: 'noticeBlockTitle', error: 'noticeErrorTitle' } as const;

/** The minimal in-page notice: what was found, the rule's message, and the user's choices. */
export function PasteNotice({ action, site, findings, message, onClose, onProceed }: PasteNoticeProps) {
  // No hooks: this component ships in the content script, where every kilobyte is paid on every AI page.
  // The notice is rendered once, so the ref callback runs once: it focuses the safe choice (first button).
  const attach = (element: HTMLDivElement | null) => element?.querySelector<HTMLButtonElement>('button')?.focus();

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    const current = event.currentTarget as HTMLDivElement;
    if (event.key !== 'Tab') return;
    // Keep focus inside the notice while it is open.
    const buttons = [...current.querySelectorAll<HTMLButtonElement>('button')];
    // Inside a shadow root, the focused button is the root's activeElement, not the document's.
    const root = current.getRootNode() as Document | ShadowRoot;
    const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const next = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : (index + 1) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  }

  const body =
    action === 'warn' ? t('noticeWarnBody', site) : action === 'block' ? t('noticeBlockBody', site) : t('noticeErrorBody');
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
      <h2 id="vigie-notice-title">{t(TITLES[action])}</h2>
      <div id="vigie-notice-body">
        <p>{body}</p>
        {findings.length > 0 && <FindingList findings={findings} />}
        {message && <p class="vigie-policy-message">{message}</p>}
        {action === 'warn' && <p class="vigie-hint">{t('noticeProceedHint')}</p>}
      </div>
      <div class="vigie-buttons">
        {action === 'warn' ? (
          <>
            <button type="button" data-action="cancel" onClick={onClose}>
              {t('noticeCancel')}
            </button>
            <button type="button" data-action="proceed" onClick={onProceed}>
              {t('noticeProceed')}
            </button>
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
