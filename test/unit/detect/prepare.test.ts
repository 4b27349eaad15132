import { describe, expect, it } from 'vitest';
import { buildAllLazy, lazy } from '../../../utils/detect/lazy';
import { prepareEngine, scan } from '../../../utils/detect/scan';

describe('lazy', () => {
  it('builds its value once, on first use or when everything is built', () => {
    let builds = 0;
    const value = lazy(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    buildAllLazy();
    expect(builds).toBe(1);
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });
});

describe('prepareEngine', () => {
  it('leaves what scan() finds unchanged, however often it runs', () => {
    const text = 'Card 4111 1111 1111 1111, IBAN FR76 3000 6000 0112 3456 7890 189, mail jane.doe@acme-demo.com, password=Tr0ub4dor&3';
    const before = scan(text);
    prepareEngine();
    prepareEngine();
    expect(scan(text)).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(4);
  });
});
