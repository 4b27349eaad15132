import { describe, expect, it } from 'vitest';
import earlyGuard from '../../../entrypoints/guard-start.content';
import guard from '../../../entrypoints/guard.content';

describe('the content script contexts of the builds (wxt.config.ts)', () => {
  it('the early guard takes no context: its build gets an empty one (utils/guard/no-context.ts)', () => {
    expect(earlyGuard.main.length).toBe(0);
  });

  it('the guard takes its context (utils/guard/script-context.ts)', () => {
    expect(guard.main.length).toBe(1);
  });
});
