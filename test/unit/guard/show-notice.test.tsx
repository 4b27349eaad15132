// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNoticeUi } from '../../../utils/guard/show-notice';
import { codeEditorHoldingMoreThanItDraws, fieldTakingPastes } from './fake-editors';

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

describe('sending a composer masked (the submit guard hands it to the notice UI)', () => {
  it('shows the submit error notice, for the site given, and sends nothing when the editor did not take the masked text', async () => {
    // A code editor that holds more lines than it draws is never masked (reinsert.test.ts).
    const input = codeEditorHoldingMoreThanItDraws(document);
    let sent = false;
    await ui.sendMasked(input, 'card [CREDIT_CARD]', 'card 4111 1111 1111 1111', () => (sent = true), 'chatgpt.com');
    expect(sent).toBe(false);
    expect(document.querySelector('vigie-notice')?.shadowRoot?.querySelector('[role="alertdialog"]')).not.toBeNull();
  });

  it('sends once the editor took the masked text, with no notice', async () => {
    const field = fieldTakingPastes(document, 'token ghp_x');
    let sent = '';
    await ui.sendMasked(field, 'token [GITHUB_TOKEN]', 'token ghp_x', () => (sent = field.value), 'chatgpt.com');
    expect(sent).toBe('token [GITHUB_TOKEN]');
    expect(document.querySelector('vigie-notice')).toBeNull();
  });

  it('sends at once, in the same task and with nothing replaced, a composer that holds the text still ("Send anyway")', () => {
    const field = document.createElement('textarea');
    field.value = 'token ghp_x';
    document.body.replaceChildren(field);
    const paste = vi.fn();
    field.addEventListener('paste', paste);
    let sent = '';
    void ui.sendMasked(field, 'token ghp_x', 'token ghp_x', () => (sent = field.value), 'chatgpt.com');
    expect(sent).toBe('token ghp_x');
    expect(paste).not.toHaveBeenCalled();
    expect(document.querySelector('vigie-notice')).toBeNull();
  });
});
