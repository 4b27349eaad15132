/**
 * Builds the admins' report page as one self-contained HTML file, `.output/report-standalone.html`, that opens
 * from disk (file://) with no extension installed. Browsers block module scripts from file://, so the page is
 * bundled by Vite into a single classic (IIFE) script, which is inlined into the page's own index.html with its
 * CSS. Outside the extension there is no browser.i18n: the bundle carries the English and French catalogs and
 * picks one by navigator.language (utils/report/standalone-text.ts); every component is the extension's.
 *
 * `npx tsx test/tools/build-report-standalone.ts --check` then opens the file in headless Chromium, loads two
 * synthetic exports (pastes and daily visits, one AI site only visited) and a truncated one through the file
 * input, and checks the counts (events, visits, active time), the visited-only site, the rejected file, the
 * French strings, the 800 px layout and that no network request was made; with the extension built
 * (`npx wxt build`), it also loads the same files into the extension's report page and saves screenshots,
 * the extension page's also as docs/images/report.png for the README when VIGIE_UPDATE_SCREENSHOTS=1.
 */
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, type Plugin, type Rollup } from 'vite';
import { exportFiles, VISIT_ONLY_SITE } from '../unit/report/report-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, '.output/report-standalone.html');
const ENTRY = 'virtual:vigie-report-standalone';
const CHROMIUM = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const EXTENSION_ID = 'jljloflomgmbcjalipkojpkapppgoned';
const README_SCREENSHOT = join(ROOT, 'docs/images/report.png');

// The standalone entry point: the extension's main.tsx minus browser.i18n. Paths are relative to the Vite root.
const ENTRY_CODE = `
import '/entrypoints/report/style.css';
import { mountReport } from '/utils/report/mount-report.ts';
import { standaloneText } from '/utils/report/standalone-text.ts';
mountReport(document.getElementById('app'), standaloneText(navigator.language));
`;

const entryPlugin: Plugin = {
  name: 'vigie-report-standalone-entry',
  // Library mode makes the entry an absolute path under the root, so the id is matched by its end.
  resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : undefined),
  load: (id) => (id === `\0${ENTRY}` ? ENTRY_CODE : undefined),
};

/** Bundles the page into one IIFE script and its CSS, in memory. */
async function bundle(): Promise<{ js: string; css: string }> {
  const result = await build({
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    plugins: [preact(), entryPlugin],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      cssCodeSplit: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'VigieReport', fileName: () => 'report.js', cssFileName: 'report' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((output) => output.output);
  const chunks = files.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const styles = files.filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
  if (chunks.length !== 1) throw new Error(`expected one script from the bundle, got ${chunks.length}`);
  return { js: chunks[0].code, css: styles.map((asset) => String(asset.source)).join('\n') };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's index.html with the bundle inlined, and a CSP that allows exactly these inline blocks and nothing remote. */
function standaloneHtml(js: string, css: string): string {
  // An inline script ends at the first "</script", so any inside the code (in a string) is escaped.
  const script = js.replace(/<\/script/gi, '<\\/script');
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(css)}; img-src data: blob:`;
  const page = readFileSync(join(ROOT, 'entrypoints/report/index.html'), 'utf8');
  const tag = /<script type="module" src="\.\/main\.tsx"><\/script>/;
  if (!tag.test(page)) throw new Error('entrypoints/report/index.html no longer loads ./main.tsx as expected');
  return page
    .replace('</head>', () => `  <meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <style>${css}</style>\n  </head>`)
    .replace(tag, () => `<script>${script}</script>`);
}

async function main(): Promise<void> {
  const { js, css } = await bundle();
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  writeFileSync(OUTPUT, standaloneHtml(js, css));
  console.log(`wrote ${OUTPUT} (${(readFileSync(OUTPUT).length / 1024).toFixed(1)} KB, script ${(js.length / 1024).toFixed(1)} KB, CSS ${(css.length / 1024).toFixed(1)} KB)`);
  if (process.argv.includes('--check')) await check();
}

/** Writes the synthetic exports to a temporary folder: alice.json, bob.ndjson and a truncated alice-cut.json. */
async function writeExports(dir: string): Promise<string[]> {
  const { alice, bob, truncated } = await exportFiles();
  const files: [string, string][] = [['alice.json', alice], ['bob.ndjson', bob], ['alice-cut.json', truncated]];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}

// Visits are not events: 9 events, and apart from them 17 visits and 1 h 42 min of active time (same in French).
const EXPECTED = { files: '2', installs: '2', people: '2', events: '9', visits: '17', 'active-time': '1 h 42 min' };
/** The visited-only site's row of the site table: people, days used, visits, active time, events, pastes. */
const VISIT_ONLY_ROW = ['2', '2', '5', '42 min', '0', '0'];

interface Read {
  figures: Record<string, string>;
  rejected: string[];
  /** The numbers of the visited-only site's row in the site table, or [] when it is missing. */
  visitOnly: string[];
}

/** Loads the files through the page's file input and returns the headline figures, the rejected files and the visited-only site's row. */
async function loadAndRead(page: Page, files: string[]): Promise<Read> {
  await page.setInputFiles('input[type="file"]', files);
  await page.waitForSelector('[data-figure="events"]', { timeout: 15_000 });
  await page.waitForSelector('[data-testid="rejected-files"]', { timeout: 15_000 });
  await page.waitForSelector('[data-testid="load-progress"]', { state: 'detached', timeout: 15_000 });
  const figures = await page.$$eval('[data-figure]', (nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-figure'), (n.textContent ?? '').replace(/\s/g, ' ')])));
  const rejected = await page.$$eval('[data-testid="rejected-files"] li', (nodes) => nodes.map((n) => n.textContent ?? ''));
  const visitOnly = await page.$$eval(`[data-testid="sites"] tr[data-site="${VISIT_ONLY_SITE}"] td.num`, (cells) => cells.map((c) => (c.textContent ?? '').replace(/\s/g, ' ')));
  return { figures, rejected, visitOnly };
}

function expectFigures(where: string, read: Read, failures: string[]): void {
  for (const [name, value] of Object.entries(EXPECTED)) {
    if (read.figures[name] !== value) failures.push(`${where}: ${name} is ${JSON.stringify(read.figures[name])}, expected ${value}`);
  }
  if (read.rejected.length !== 1 || !read.rejected[0].startsWith('alice-cut.json')) failures.push(`${where}: rejected files are ${JSON.stringify(read.rejected)}`);
  if (JSON.stringify(read.visitOnly) !== JSON.stringify(VISIT_ONLY_ROW)) failures.push(`${where}: the visited-only site's row is ${JSON.stringify(read.visitOnly)}, expected ${JSON.stringify(VISIT_ONLY_ROW)}`);
  console.log(`${where}: ${JSON.stringify(read.figures)}; rejected: ${JSON.stringify(read.rejected)}; ${VISIT_ONLY_SITE}: ${JSON.stringify(read.visitOnly)}`);
}

/** Opens the standalone file (and the extension page, when built) in headless Chromium and checks what they show. */
async function check(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-report-'));
  const failures: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const files = await writeExports(dir);
    for (const locale of ['en-US', 'fr-FR']) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const remote: string[] = [];
      page.on('request', (request) => {
        if (!/^(file|data|blob):/.test(request.url())) remote.push(request.url());
      });
      page.on('pageerror', (error) => failures.push(`${locale}: page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && failures.push(`${locale}: console error: ${message.text()}`));
      await page.goto(pathToFileURL(OUTPUT).href);
      const read = await loadAndRead(page, files);
      expectFigures(`standalone ${locale}`, read, failures);
      const heading = await page.textContent('h1');
      const expectedHeading = locale.startsWith('fr') ? 'Vigie : rapport d’usage de l’IA' : 'Vigie: AI usage report';
      if (heading !== expectedHeading) failures.push(`${locale}: the heading is ${JSON.stringify(heading)}`);
      if (remote.length > 0) failures.push(`${locale}: network requests: ${remote.join(', ')}`);
      if (locale === 'en-US') {
        await page.screenshot({ path: join(ROOT, '.output/report-standalone.png'), fullPage: true });
        await page.setViewportSize({ width: 800, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`at 800 px the page is ${overflow} px wider than the window`);
        await page.screenshot({ path: join(ROOT, '.output/report-standalone-800.png'), fullPage: true });
      }
      await context.close();
    }
    if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) await checkExtension(files, failures);
    else console.log('extension: not built (npx wxt build), skipped');
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`check FAILED:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('check passed; screenshots in .output/report-standalone.png, report-standalone-800.png' + (existsSync(join(ROOT, '.output/report.png')) ? ', report.png' + (process.env.VIGIE_UPDATE_SCREENSHOTS === '1' ? ' (and docs/images/report.png)' : '') : ''));
}

/** Loads the same files into the built extension's report page and saves .output/report.png and the README's docs/images/report.png. */
async function checkExtension(files: string[], failures: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'vigie-report-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.push(`extension: page error: ${error.message}`));
    await page.goto(`chrome-extension://${EXTENSION_ID}/report.html`);
    expectFigures('extension', await loadAndRead(page, files), failures);
    await page.screenshot({ path: join(ROOT, '.output/report.png'), fullPage: true });
    if (process.env.VIGIE_UPDATE_SCREENSHOTS === '1') copyFileSync(join(ROOT, '.output/report.png'), README_SCREENSHOT);
  } catch (error) {
    failures.push(`extension: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
