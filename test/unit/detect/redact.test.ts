import { describe, expect, it } from 'vitest';
import { partialMask, redact, redactionLabel } from '../../../utils/detect/redact';
import { scan } from '../../../utils/detect/scan';
import type { Finding } from '../../../utils/detect/types';

const f = (type: string, start: number, end: number): Finding => ({ type, start, end, confidence: 'high', detector: 'test' });

describe('redact', () => {
  it.each([
    ['pii.email', '[EMAIL]'],
    ['pii.credit_card', '[CREDIT_CARD]'],
    ['secret.aws_access_key_id', '[AWS_ACCESS_KEY_ID]'],
    ['custom.project-x', '[PROJECT_X]'],
  ])('labels %s as %s', (type, label) => {
    expect(redactionLabel(type)).toBe(label);
  });

  it.each([
    ['4111 1111 1111 1111', '•••• •••• •••• 1111'],
    ['jane.doe@example.com', '••••.•••@••••••e.com'],
    ['abc', '•••'],
    ['FR76-3000', '••••-3000'],
  ])('partially masks %s as %s', (value, masked) => {
    expect(partialMask(value)).toBe(masked);
  });

  it('replaces each value with its label and keeps the rest (fake card and address)', () => {
    const text = 'Card 4111 1111 1111 1111 for jane.doe@acme-demo.com.';
    expect(redact(text, scan(text))).toBe('Card [CREDIT_CARD] for [EMAIL].');
    expect(redact(text, scan(text), 'partial')).toBe('Card •••• •••• •••• 1111 for ••••.•••@••••-•••o.com.');
  });

  it('is safe on overlapping input and leaves code regions alone', () => {
    const text = 'const key = "abcdefgh";';
    const out = redact(text, [f('code.source', 0, text.length), f('secret.generic_api_key', 13, 21), f('pii.email', 15, 19)]);
    expect(out).toBe('const key = "[GENERIC_API_KEY]";');
  });

  it('returns the text unchanged with no findings', () => {
    expect(redact('nothing here', [])).toBe('nothing here');
  });
});
