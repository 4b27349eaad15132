// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createNoticeUi } from '../../../utils/guard/show-notice';

const ui = createNoticeUi();
const warn = { action: 'warn' as const, kind: 'paste' as const, findings: [{ type: 'pii.credit_card', count: 1 }], onProceed: () => undefined };

afterEach(() => {
  ui.dismissAll();
  document.body.removeAttribute('contenteditable');
});

describe('where the notice UI mounts the notice', () => {
  it('in the body of an ordinary page', () => {
    ui.show(warn, 'chatgpt.com');
    expect(document.querySelector('vigie-notice')?.parentElement).toBe(document.body);
  });

  it('outside the body when the body is the editor (TinyMCE\'s editing frame), so the editor never takes it in', () => {
    document.body.setAttribute('contenteditable', 'true');
    ui.show(warn, 'character.ai');
    const host = document.querySelector('vigie-notice');
    expect(host?.parentElement).toBe(document.documentElement);
    expect(document.body.contains(host)).toBe(false);
    expect(host?.shadowRoot?.querySelector('[role="alertdialog"]')).not.toBeNull();
    ui.dismissAll();
    expect(document.querySelector('vigie-notice')).toBeNull();
  });
});
