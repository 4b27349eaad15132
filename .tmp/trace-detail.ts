import { BUILD_DIRS } from '../test/e2e/harness/build';
import { CHROMIUM_PATH } from '../test/e2e/harness/chromium';
import { startSiteServer } from '../test/e2e/harness/site-server';
import { AI_SITES } from '../utils/catalog/sites';
import { launchBrowser } from '../test/bench/page-measure';
const server = await startSiteServer();
const bench = await launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts: AI_SITES.flatMap((s) => s.hosts), extensionDir: BUILD_DIRS.chrome });
const page = await bench.context.newPage();
const urls = ['https://chatgpt.com/site', 'https://chat.qwen.ai/editors/shadow.html', 'https://grok.com/site', 'https://claude.ai/site'];
for (const round of [0, 1, 2, 3, 4, 5, 6]) for (const url of urls) {
  const cdp = await page.context().newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (p) => events.push(...(p.value as any[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('composer-ready').length > 0);
  await new Promise((r) => setTimeout(r, 1500));
  await cdp.send('Tracing.end'); await done; await cdp.detach();
  if (round === 0) continue;
  const ready = events.find((e) => e.name === 'composer-ready')?.ts ?? Infinity;
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts ?? 0;
  const ours = events.filter((e) => e.dur !== undefined && (e.args?.data?.url ?? '').startsWith('chrome-extension://') && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'));
  console.log(url, 'ready at', ((ready - nav) / 1000).toFixed(1));
  for (const e of ours) if (e.ts < ready) console.log('  ', e.name, e.args.data.url.split('/').pop(), ((e.ts - nav) / 1000).toFixed(1), 'dur', (e.dur / 1000).toFixed(2), e.args.data.functionName ?? '');
  // V8 compile events within our evaluate windows
  for (const e of ours.filter((x) => x.name === 'EvaluateScript' && x.ts < ready)) {
    const inside = events.filter((x) => x.dur !== undefined && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.tid === e.tid && x !== e);
    const byName = new Map<string, number>();
    for (const x of inside) byName.set(x.name, (byName.get(x.name) ?? 0) + x.dur / 1000);
    console.log('     inside:', [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
  }
}
await bench.close(); await server.close();
