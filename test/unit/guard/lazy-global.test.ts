import { describe, expect, it, vi } from 'vitest';
import { lazyGlobal } from '../../../utils/guard/lazy-global';

describe('lazyGlobal', () => {
  it('injects once, shares the request in flight, then answers from the script\'s global (its name after __vigie:)', async () => {
    const scope: Record<string, unknown> = {};
    const inject = vi.fn(async () => void (scope['__vigie:thing'] = { ok: true }));
    const load = lazyGlobal<{ ok: boolean }, 'thing'>(scope, 'thing', inject);
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
      if (++attempt === 2) scope['__vigie:thing'] = 'ready';
    });
    const load = lazyGlobal<string, 'thing'>(scope, 'thing', inject);
    await expect(load()).rejects.toThrow('the thing script did not register');
    await expect(load()).resolves.toBe('ready');
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
