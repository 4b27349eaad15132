// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { UsageEvent } from '../../../utils/messaging';
import type { NoticeRequest } from '../../../utils/guard/intervene';
import { createSubmitGuard } from '../../../utils/guard/submit-guard';
import { showNotice } from '../../../utils/guard/stopped-notice';
import { hold } from '../../../utils/guard/page-events';
import { deepActiveElement } from '../../../utils/guard/paste-target';
import { currentSite } from '../../../utils/policy/sites';
import { stateOf } from '../policy/policy-fixtures';

// Fake card number (Visa test range).
const CARD = '4111 1111 1111 1111';

/**
 * The submit guard of a page whose composer is the body of an editing frame's document (TinyMCE, CKEditor 4).
 * `seen`: the guard was told of the frame's body focused (else the page focused it before the guard started).
 */
function setup(seen = true) {
  const recorded: UsageEvent[] = [];
  const notices: NoticeRequest[] = [];
  const frame = document.implementation.createHTMLDocument('editing frame');
  frame.body.contentEditable = 'true';
  const button = document.createElement('button');
  button.setAttribute('aria-label', 'Send message');
  document.body.replaceChildren(button);
  const guard = createSubmitGuard(
    {
      host: 'www.doubao.com',
      currentSite,
      policyState: () => stateOf({}),
      detectors: () => undefined,
      record: (event) => void recorded.push(event),
      // The notice UI records a stopped event and builds its notice (stopped-notice.ts); here it is there at once.
      notify: (notice) => showNotice(notice, (request) => notices.push(request)),
      hold,
      deepActiveElement,
    },
    new Set(),
    // The frame's body was focused before the send button is clicked.
    seen ? frame.body : undefined,
  );
  const click = () => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    const stop = vi.spyOn(event, 'stopImmediatePropagation');
    button.dispatchEvent(event);
    guard.click(event);
    return { event, stop };
  };
  return { frame, click, recorded, notices };
}

describe('submit guard: the page\'s send button and a composer in an editing frame', () => {
  it('stops a card typed in the frame\'s body when the page\'s send button is clicked', () => {
    const { frame, click, recorded } = setup();
    frame.body.textContent = `refund card ${CARD}`;
    const { event } = click();
    expect(event.defaultPrevented).toBe(true);
    expect(recorded[0]).toMatchObject({ kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
  });

  it('reads the new body of a frame whose document the page wrote anew (CKEditor 4 empties its composer so after each send)', () => {
    const { frame, click, recorded } = setup();
    // What CKEditor 4's setData does: document.open() replaces the whole document, so the body last focused is gone.
    frame.open();
    frame.write(`<!DOCTYPE html><html><body contenteditable="true">wire to card ${CARD} today</body></html>`);
    frame.close();
    const { event } = click();
    expect(event.defaultPrevented).toBe(true);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
  });

  it('finds the editing frame the page focused before the guard started (no focus seen): the first frame with a composer', () => {
    const { click, recorded } = setup(false);
    const frames = ['<p>an ad</p>', `<div contenteditable="true">refund card ${CARD}</div>`].map((html) => {
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      iframe.contentDocument!.body.innerHTML = html;
      return iframe.contentDocument!;
    });
    (frames[1].body.firstChild as HTMLElement).focus();
    const { event } = click();
    expect(event.defaultPrevented).toBe(true);
    expect(recorded[0]).toMatchObject({ kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
  });

  it('lets a click through when no composer is known and no frame holds one', () => {
    const { click, recorded } = setup(false);
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    iframe.contentDocument!.body.textContent = `refund card ${CARD}`;
    const { event } = click();
    expect(event.defaultPrevented).toBe(false);
    expect(recorded).toEqual([]);
  });
});
