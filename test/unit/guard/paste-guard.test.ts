import { describe, expect, it, vi } from 'vitest';
import type { UsageEvent } from '../../../utils/messaging';
import type { NoticeRequest, Stopped } from '../../../utils/guard/intervene';
import { clipboardText, hold } from '../../../utils/guard/page-events';
import { createPasteHandler } from '../../../utils/guard/paste-guard';
import { currentSite } from '../../../utils/policy/sites';
import { showNotice } from '../../../utils/guard/stopped-notice';
import type { Detector } from '../../../utils/detect/types';
import type { PolicyInput } from '../../../utils/policy/schema';
import { stateOf } from '../policy/policy-fixtures';

// Fake card number (Visa test range) and fake e-mail.
const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@acme-demo.com';

function pasteEvent(text: string | (() => string), isTrusted = false) {
  return {
    isTrusted,
    clipboardData: { getData: (format: string) => (format === 'text/plain' ? (typeof text === 'function' ? text() : text) : '') },
    preventDefault: vi.fn(),
    stopImmediatePropagation: vi.fn(),
  };
}

function setup(policy: PolicyInput = {}, host = 'chatgpt.com', detectors?: readonly Detector[], reinserting = false) {
  const recorded: UsageEvent[] = [];
  const notices: NoticeRequest[] = [];
  const reinserted: string[] = [];
  const state = stateOf(policy);
  const handler = createPasteHandler({
    host,
    currentSite,
    clipboardText,
    hold,
    policyState: () => state,
    detectors: () => detectors,
    record: (event) => void recorded.push(event),
    // The notice UI records a stopped event (with its excerpt) and builds its notice (stopped-notice.ts); here it is
    // there at once.
    notify: (notice) => showNotice(notice, (request) => notices.push(request)),
    prepareReinsert: () => async (text) => void reinserted.push(text),
    isReinserting: () => reinserting,
  }, new Set());
  const paste = (text: string | (() => string), isTrusted?: boolean) => {
    const event = pasteEvent(text, isTrusted);
    handler(event as unknown as ClipboardEvent);
    return event;
  };
  return { paste, recorded, notices, reinserted };
}

describe('paste guard', () => {
  it('does not touch a paste with nothing sensitive, and records nothing', () => {
    const { paste, recorded, notices } = setup();
    const event = paste('Please summarize the attached meeting notes.');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(event.stopImmediatePropagation).not.toHaveBeenCalled();
    expect(recorded).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('lets a logged paste through and records it without its text', () => {
    const { paste, recorded } = setup();
    const event = paste(`Reply to ${EMAIL} please`);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 1 }], size: 38, site: 'chatgpt.com' });
    expect(JSON.stringify(recorded)).not.toContain('jane.doe');
  });

  it('warns on a card number by default: stops the paste, shows a notice, records it', () => {
    const { paste, recorded, notices } = setup();
    const event = paste(`card ${CARD} for ${EMAIL}`);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopImmediatePropagation).toHaveBeenCalled();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ action: 'warn', findings: [{ type: 'pii.credit_card', count: 1 }, { type: 'pii.email', count: 1 }] });
    expect(recorded[0]).toMatchObject({ action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
    expect(JSON.stringify(recorded)).not.toContain('4111');
  });

  it('pastes anyway on request: inserts the original text and records the override', () => {
    const { paste, recorded, notices, reinserted } = setup();
    paste(`card ${CARD}`);
    notices[0].onProceed?.();
    expect(reinserted).toEqual([`card ${CARD}`]);
    expect(recorded.map((e) => e.outcome)).toEqual(['stopped', 'overridden']);
    expect(recorded[1].relatedId).toBe(recorded[0].id);
    // The notice UI's record of the choice: the stopped event's, with its own id and time.
    const { id, time, outcome, relatedId, excerpt, ...rest } = recorded[1];
    const { id: firstId, time: firstTime, outcome: firstOutcome, excerpt: firstExcerpt, ...firstRest } = recorded[0];
    expect(rest).toEqual(firstRest);
    expect(id).not.toBe(firstId);
    expect(time).toBeGreaterThanOrEqual(firstTime);
    expect(Object.keys(recorded[1])).toEqual([...Object.keys(recorded[0]).filter((key) => key !== 'excerpt'), 'relatedId']);
  });

  it('blocks when the policy says block, with no way to proceed', () => {
    const { paste, recorded, notices } = setup({ rules: [{ id: 'no-cards', types: ['pii.credit_card'], action: 'block', message: { en: 'Use the approved assistant.' } }] });
    const event = paste(CARD);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(notices[0]).toMatchObject({ action: 'block', message: { en: 'Use the approved assistant.' } });
    expect(notices[0].onProceed).toBeUndefined();
    expect(recorded[0]).toMatchObject({ action: 'block', outcome: 'stopped', ruleId: 'no-cards' });
  });

  it('in monitor mode, records what would have happened and lets the paste through', () => {
    const { paste, recorded, notices } = setup({ mode: 'monitor' });
    const event = paste(CARD);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
    expect(recorded[0]).toMatchObject({ action: 'log', outcome: 'allowed', ruleId: 'payment-cards', policyMode: 'monitor' });
  });

  it('an allow rule lets the paste through without recording', () => {
    const { paste, recorded } = setup({ rules: [{ id: 'ok', types: ['*'], action: 'allow' }] });
    expect(paste(CARD).preventDefault).not.toHaveBeenCalled();
    expect(recorded).toEqual([]);
  });

  it('fails open by default when reading the clipboard throws, and records the failure', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { paste, recorded, notices } = setup();
    const event = paste(() => {
      throw new Error('boom');
    });
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
    expect(recorded[0]).toMatchObject({ action: 'allow', outcome: 'allowed', ruleId: 'vigie-internal-error', findings: [] });
    expect(consoleError).toHaveBeenCalledWith('Vigie: paste check failed', expect.any(Error));
  });

  it('fails closed when the policy says so', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { paste, recorded, notices } = setup({ failMode: 'closed' });
    const event = paste(() => {
      throw new Error('boom');
    });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(notices[0].action).toBe('error');
    expect(recorded[0]).toMatchObject({ action: 'block', outcome: 'stopped' });
    expect(consoleError).toHaveBeenCalled();
  });

  it('ignores a paste with no text (an image, a file)', () => {
    const { paste, recorded } = setup();
    expect(paste('').preventDefault).not.toHaveBeenCalled();
    expect(recorded).toEqual([]);
  });

  it('justify: going on needs the typed reason, which the override record carries', () => {
    const { paste, recorded, notices, reinserted } = setup({ rules: [{ id: 'why', types: ['pii.credit_card'], action: 'justify' }] });
    paste(`card ${CARD}`);
    expect(notices[0]).toMatchObject({ action: 'justify' });
    notices[0].onProceed?.('  Customer asked for a refund summary  ');
    expect(reinserted).toEqual([`card ${CARD}`]);
    expect(recorded.map((e) => [e.action, e.outcome])).toEqual([['justify', 'stopped'], ['justify', 'overridden']]);
    expect(recorded[1]).toMatchObject({ justification: 'Customer asked for a refund summary', relatedId: recorded[0].id });
  });

  it('redact: the masked text goes in at once and the record says so; the notice follows once it is in', async () => {
    const { paste, recorded, notices, reinserted } = setup({ rules: [{ id: 'mask', types: ['pii.credit_card'], action: 'redact' }] });
    const event = paste(`card ${CARD} thanks`);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(reinserted).toEqual(['card [CREDIT_CARD] thanks']);
    // The notice takes the focus: it must not do so while the editor is still taking the masked text.
    expect(notices).toEqual([]);
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]).toMatchObject({ action: 'redact' });
    expect(notices[0].onProceed).toBeUndefined();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ action: 'redact', outcome: 'redacted' });
  });

  it('redact with nothing to mask: the paste goes on, as it is, once the notice UI is there, before its notice shows', async () => {
    const reinserted: string[] = [];
    const pending: unknown[] = [];
    const state = stateOf({ rules: [{ id: 'mask-all', events: ['paste'], action: 'redact' }] });
    const handler = createPasteHandler({
      host: 'chatgpt.com',
      currentSite,
      clipboardText,
      hold,
      policyState: () => state,
      detectors: () => undefined,
      record: () => {},
      // The notice UI is not injected yet: the notice waits.
      notify: (notice) => void pending.push(notice),
      prepareReinsert: () => async (text) => void reinserted.push(text),
      isReinserting: () => false,
    }, new Set());
    const event = pasteEvent('hello there');
    handler(event as unknown as ClipboardEvent);
    expect(event.preventDefault).toHaveBeenCalled();
    // Nothing goes on before the notice UI, which carries it on.
    expect(reinserted).toEqual([]);
    const notices: NoticeRequest[] = [];
    showNotice(pending[0] as Stopped, (request) => notices.push(request));
    expect(reinserted).toEqual(['hello there']);
    expect(notices).toEqual([]);
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]).toMatchObject({ action: 'redact', findings: [] });
    expect(reinserted).toEqual(['hello there']);
  });

  it('lets be the paste Vigie itself dispatches to hand text back', () => {
    const { paste, recorded, notices } = setup({}, 'chatgpt.com', undefined, true);
    const event = paste(`card ${CARD}`);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it("judges a user's own paste (a trusted event) even while Vigie hands text back", () => {
    const { paste, recorded, notices } = setup({}, 'chatgpt.com', undefined, true);
    const event = paste(`card ${CARD}`, true);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(notices).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ action: 'warn', outcome: 'stopped' });
  });

  it('warn offers Paste redacted, recorded as redacted', () => {
    const { paste, recorded, notices, reinserted } = setup();
    paste(`card ${CARD}`);
    notices[0].onRedact?.();
    expect(reinserted).toEqual(['card [CREDIT_CARD]']);
    expect(recorded.map((e) => e.outcome)).toEqual(['stopped', 'redacted']);
  });

  it('passes the message, the policy link and the alternative to the notice', () => {
    const { paste, notices } = setup({
      policyUrl: 'https://intranet.example.com/ai',
      alternative: { name: 'Copilot (tenant)', url: 'https://copilot.example.com/' },
      rules: [{ id: 'no-cards', types: ['pii.credit_card'], action: 'block', message: { en: 'Not here.' } }],
    });
    paste(CARD);
    expect(notices[0]).toMatchObject({ message: { en: 'Not here.' }, policyUrl: 'https://intranet.example.com/ai', alternative: { name: 'Copilot (tenant)' } });
  });

  it('decides by site status: the same paste is blocked off the sanctioned site and allowed on it', () => {
    const policy: PolicyInput = {
      sites: [{ match: 'claude', status: 'sanctioned' }],
      rules: [
        { id: 'sanctioned', siteStatus: ['sanctioned'], types: ['pii.credit_card'], action: 'allow' },
        { id: 'elsewhere', siteStatus: ['unsanctioned'], types: ['pii.credit_card'], action: 'block' },
      ],
    };
    const off = setup(policy, 'chatgpt.com');
    expect(off.paste(CARD).preventDefault).toHaveBeenCalled();
    expect(off.recorded[0]).toMatchObject({ action: 'block', siteStatus: 'tolerated', ruleId: 'elsewhere' });
    const on = setup(policy, 'claude.ai');
    expect(on.paste(CARD).preventDefault).not.toHaveBeenCalled();
    expect(on.recorded).toEqual([]);
  });

  it('a rule without types stops every paste where it applies, found data or not', () => {
    const { paste, recorded } = setup({ sites: [{ match: 'chatgpt', status: 'blocked' }] });
    expect(paste('hello').preventDefault).toHaveBeenCalled();
    expect(recorded[0]).toMatchObject({ action: 'block', ruleId: 'site-blocked', siteStatus: 'blocked', findings: [] });
  });

  it('records a redacted excerpt only when the policy asks for one', () => {
    const withExcerpt = setup({ logging: { excerpt: 'redacted' } });
    withExcerpt.paste(`Please refund card ${CARD} of ${EMAIL} today`);
    expect(withExcerpt.recorded[0].excerpt).toBe('Please refund card [CREDIT_CARD] of [EMAIL] today');
    const without = setup();
    without.paste(`Please refund card ${CARD}`);
    expect(without.recorded[0].excerpt).toBeUndefined();
  });

  it('keeps excerpts for stopped content only: a logged paste, which went through, leaves none', () => {
    const { paste, recorded } = setup({ logging: { excerpt: 'redacted' } });
    paste(`Reply to ${EMAIL} please`);
    expect(recorded[0]).toMatchObject({ action: 'log', outcome: 'allowed' });
    expect(recorded[0].excerpt).toBeUndefined();
  });

  it('runs the detectors it is given (the policy\'s custom detectors once compiled)', () => {
    const projects: Detector = {
      id: 'projects',
      type: 'custom.projects',
      cues: ['falcon'],
      find: (text) => {
        const at = text.indexOf('Falcon');
        return at < 0 ? [] : [{ type: 'custom.projects', start: at, end: at + 6, confidence: 'high', detector: 'projects' }];
      },
    };
    const { paste, recorded } = setup(
      { detectors: [{ id: 'projects', kind: 'keywords', terms: ['Falcon'] }], rules: [{ id: 'projects', types: ['custom.projects'], action: 'block' }] },
      'chatgpt.com',
      [projects],
    );
    expect(paste('Status of Project Falcon').preventDefault).toHaveBeenCalled();
    expect(recorded[0]).toMatchObject({ action: 'block', ruleId: 'projects', findings: [{ type: 'custom.projects', count: 1 }] });
  });

  it('lets the notice reveal the values (which it masks partly, see PasteNotice), unless the policy forbids it', () => {
    const allowed = setup();
    allowed.paste(`card ${CARD}`);
    expect(allowed.notices[0].reveal?.()).toEqual([{ type: 'pii.credit_card', value: CARD }]);
    const forbidden = setup({ employee: { revealValues: false } });
    forbidden.paste(`card ${CARD}`);
    expect(forbidden.notices[0].reveal).toBeUndefined();
  });
});
