import { describe, expect, it, vi } from 'vitest';
import { lazyGlobal } from '../../../utils/guard/lazy-global';

describe('lazyGlobal', () => {
  it('injects once, shares the request in flight, then answers from the global', async () => {
    const scope: Record<string, unknown> = {};
    const inject = vi.fn(async () => void (scope.__thing = { ok: true }));
    const load = lazyGlobal<{ ok: boolean }, 'thing'>(scope, '__thing', 'thing', inject);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    await load();
    expect(inject).toHaveBeenCalledOnce();
    expect(inject).toHaveBeenCalledWith('thing');
  });

  it('says which script did not register, and tries again on the next use', async () => {
    const scope: Record<string, unknown> = {};
    let attempt = 0;
    const inject = vi.fn(async () => {
      if (++attempt === 2) scope.__thing = 'ready';
    });
    const load = lazyGlobal<string, 'thing'>(scope, '__thing', 'thing', inject);
    await expect(load()).rejects.toThrow('the thing script did not register');
    await expect(load()).resolves.toBe('ready');
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
