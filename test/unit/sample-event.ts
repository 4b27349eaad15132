import type { UsageEvent } from '../../utils/messaging';

/** A valid usage event for tests, with any field overridden. */
export function sampleEvent(overrides: Partial<UsageEvent> = {}): UsageEvent {
  return {
    id: 'event-0001',
    time: Date.UTC(2026, 10, 22, 9, 30),
    site: 'chatgpt.com',
    kind: 'paste',
    size: 120,
    findings: [{ type: 'pii.credit_card', count: 1 }],
    action: 'warn',
    outcome: 'stopped',
    ruleId: 'payment-cards',
    policySource: 'default',
    policyMode: 'enforce',
    policyVersion: 'built-in-2',
    ...overrides,
  };
}
