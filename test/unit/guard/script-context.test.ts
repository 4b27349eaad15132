// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EARLY_GLOBAL } from '../../../utils/guard/early';
import { ContentScriptContext } from '../../../utils/guard/script-context';

// The context reads the extension API from the early guard (utils/guard/early.ts), as the guard does.
beforeEach(() => {
  (globalThis as Record<string, unknown>)[EARLY_GLOBAL] = { functions: { api: fakeBrowser } };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[EARLY_GLOBAL];
  fakeBrowser.reset();
});

describe('the content script context (in place of WXT\'s in the build)', () => {
  it('is invalidated when a newer copy of the script starts in the same document', () => {
    const old = new ContentScriptContext();
    const invalidated = vi.fn();
    old.onInvalidated(invalidated);
    expect(old.isValid).toBe(true);

    const newer = new ContentScriptContext();
    // A copy announces itself when first used.
    expect(newer.isValid).toBe(true);
    expect(invalidated).toHaveBeenCalledOnce();
    expect(old.isValid).toBe(false);
    // The newer copy does not hear its own start.
    expect(newer.isValid).toBe(true);
  });

  it('announces nothing while unused (the early guard, a second copy of the guard that finds one running)', () => {
    const running = new ContentScriptContext();
    expect(running.isValid).toBe(true);
    new ContentScriptContext();
    expect(running.isValid).toBe(true);
  });

  it('is invalid once the extension is gone (no runtime id)', () => {
    const context = new ContentScriptContext();
    expect(context.isValid).toBe(true);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(context.isValid).toBe(false);
  });
});
