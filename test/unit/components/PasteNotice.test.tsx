// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasteNotice } from '../../../components/PasteNotice';

let container: HTMLElement;
function mount(ui: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(ui, container));
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('PasteNotice', () => {
  it('is an accessible alert dialog that names what was found, not the values', () => {
    const root = mount(<PasteNotice action="warn" site="chatgpt.com" findings={[{ type: 'pii.credit_card', count: 2 }]} onClose={vi.fn()} onProceed={vi.fn()} />);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('vigie-notice-title');
    expect(root.querySelector('#vigie-notice-title')?.textContent).toBe('Sensitive data in this paste');
    expect(root.textContent).toContain('Vigie stopped this paste to chatgpt.com because it contains:');
    expect(root.querySelector('[data-finding-type="pii.credit_card"]')?.textContent).toBe('Payment card number (2)');
    expect([...root.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual(['cancel', 'proceed']);
  });

  it.each([
    ['drop', 'Sensitive data in this drop', 'Vigie stopped this drop to chatgpt.com', 'Drop anyway', 'Drop redacted'],
    ['upload', 'Sensitive data in this file', 'Vigie stopped this file to chatgpt.com', 'Upload anyway', 'Upload redacted'],
    ['submit', 'Sensitive data in this message', 'Vigie stopped this message to chatgpt.com', 'Send anyway', 'Send redacted'],
  ] as const)('names a %s as such, in its title, body and buttons', (kind, title, body, proceed, redact) => {
    const root = mount(<PasteNotice action="warn" kind={kind} site="chatgpt.com" findings={[{ type: 'pii.iban', count: 1 }]} onClose={vi.fn()} onProceed={vi.fn()} onRedact={vi.fn()} />);
    expect(root.querySelector('#vigie-notice-title')?.textContent).toBe(title);
    expect(root.textContent).toContain(body);
    expect(root.querySelector('[data-action="proceed"]')?.textContent).toBe(proceed);
    expect(root.querySelector('[data-action="redact"]')?.textContent).toBe(redact);
    expect(root.textContent).not.toMatch(/paste/i);
  });

  it.each([
    ['block', 'submit', 'Message blocked'],
    ['error', 'upload', 'Upload stopped'],
    ['block', 'paste', 'Paste blocked'],
  ] as const)('titles a %s on a %s "%s"', (action, kind, title) => {
    const root = mount(<PasteNotice action={action} kind={kind} site="claude.ai" findings={[]} onClose={vi.fn()} />);
    expect(root.querySelector('#vigie-notice-title')?.textContent).toBe(title);
  });

  it('asks for a reason to send a message with a button that says so', () => {
    const root = mount(<PasteNotice action="justify" kind="submit" site="claude.ai" findings={[]} onClose={vi.fn()} onProceed={vi.fn()} />);
    expect(root.querySelector('[data-action="justify"]')?.textContent).toBe('Send with this reason');
  });

  it('focuses the safe choice first and cancels on Escape', () => {
    const onClose = vi.fn();
    const root = mount(<PasteNotice action="warn" site="claude.ai" findings={[]} onClose={onClose} onProceed={vi.fn()} />);
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
    root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('keeps focus inside with Tab', () => {
    const root = mount(<PasteNotice action="warn" site="claude.ai" findings={[]} onClose={vi.fn()} onProceed={vi.fn()} />);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-action')).toBe('proceed');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
  });

  it('offers only Close when blocked, and shows the policy message', () => {
    const onClose = vi.fn();
    const root = mount(<PasteNotice action="block" site="chatgpt.com" findings={[{ type: 'pii.email', count: 1 }]} message="Use the company assistant." onClose={onClose} />);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.action)).toEqual(['close']);
    expect(root.querySelector('.vigie-policy-message')?.textContent).toBe('Use the company assistant.');
    buttons[0].click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('Paste anyway calls onProceed', () => {
    const onProceed = vi.fn();
    const root = mount(<PasteNotice action="warn" site="chatgpt.com" findings={[]} onClose={vi.fn()} onProceed={onProceed} />);
    root.querySelector<HTMLButtonElement>('[data-action="proceed"]')!.click();
    expect(onProceed).toHaveBeenCalledOnce();
  });

  it('shows the values found only on request, partly masked, and hides them again', () => {
    // A fake card number (Visa test range), handed over whole: the notice masks it.
    const reveal = vi.fn(() => [{ type: 'pii.credit_card', value: '4111 1111 1111 1111' }]);
    const root = mount(<PasteNotice action="warn" site="chatgpt.com" findings={[{ type: 'pii.credit_card', count: 1 }]} onClose={vi.fn()} onProceed={vi.fn()} reveal={reveal} />);
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
    const toggle = root.querySelector<HTMLButtonElement>('[aria-controls="vigie-values"]')!;
    expect(reveal).not.toHaveBeenCalled();
    expect(root.querySelector('#vigie-values')?.hasAttribute('hidden')).toBe(true);
    toggle.click();
    expect(root.querySelector('#vigie-values')?.textContent).toBe('Payment card number: •••• •••• •••• 1111');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(root.querySelector('#vigie-values')?.hasAttribute('hidden')).toBe(true);
  });

  it('offers no way to see values when the policy does not allow it', () => {
    const root = mount(<PasteNotice action="block" site="chatgpt.com" findings={[{ type: 'pii.credit_card', count: 1 }]} onClose={vi.fn()} />);
    expect(root.querySelector('[aria-controls="vigie-values"]')).toBeNull();
  });
});
