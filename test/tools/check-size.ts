/**
 * `npm run size`: the content script runs on every AI page, so its bundle has a budget. Reports the
 * gzipped size of each build's content script and fails above the budget, or if the lazily loaded
 * regex engine (re2js) slipped into the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 25 * 1024;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bundles = ['.output/chrome-mv3/content-scripts/guard.js', '.output/firefox-mv2/content-scripts/guard.js'].filter((path) => existsSync(ROOT + path));

if (bundles.length === 0) {
  console.error('size: no content script build found; run npm run build first');
  process.exit(1);
}
let failed = false;
for (const path of bundles) {
  const code = readFileSync(ROOT + path);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const ok = gzipped <= BUDGET_BYTES;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${path}: ${(gzipped / 1024).toFixed(1)} KB gzipped (${(code.length / 1024).toFixed(1)} KB raw), budget ${BUDGET_BYTES / 1024} KB, headroom ${((BUDGET_BYTES - gzipped) / 1024).toFixed(1)} KB`);
  if (code.includes('RE2JS')) {
    failed = true;
    console.log(`FAIL ${path}: contains re2js, which must be loaded lazily`);
  }
}
process.exit(failed ? 1 : 0);
