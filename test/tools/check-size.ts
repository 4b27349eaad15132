/**
 * `npm run size`: the content scripts run on every AI page, so their bundles have budgets. Reports the
 * gzipped size of each build's scripts and fails above a budget, or if the lazily loaded regex engine (re2js)
 * slipped into them:
 * - the guard (with the detection engine), which runs once the page is idle: 25 KB;
 * - the early guard, which runs at document_start before the page's scripts: 2.5 KB (it must stay small: its
 *   evaluation is what a page load waits for).
 * Their sum is printed too: both load on every AI page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGETS = { 'guard.js': 25 * 1024, 'guard-start.js': 2.5 * 1024 } as const;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const builds = ['.output/chrome-mv3/content-scripts/', '.output/firefox-mv2/content-scripts/'].filter((dir) => existsSync(ROOT + dir + 'guard.js'));

if (builds.length === 0) {
  console.error('size: no content script build found; run npm run build first');
  process.exit(1);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
let failed = false;
for (const dir of builds) {
  let total = 0;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const path = dir + file;
    if (!existsSync(ROOT + path)) {
      failed = true;
      console.log(`FAIL ${path}: missing`);
      continue;
    }
    const code = readFileSync(ROOT + path);
    const gzipped = gzipSync(code, { level: 9 }).length;
    total += gzipped;
    const ok = gzipped <= budget;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${path}: ${gzipped} bytes gzipped (${kb(code.length)} KB raw), budget ${budget} bytes, headroom ${budget - gzipped} bytes`);
    // WXT's footer reads the script's global name after the IIFE; terser's toplevel drops that name, so a footer left
    // in would end every run in a ReferenceError (the scripts are built with globalName: false: no name, no footer).
    if (/[;}]\s*[A-Za-z_$][\w$]*;?\s*$/.test(code.toString())) {
      failed = true;
      console.log(`FAIL ${path}: ends by reading a global name (WXT's globalName footer)`);
    }
    if (code.includes('RE2JS')) {
      failed = true;
      console.log(`FAIL ${path}: contains re2js, which must be loaded lazily`);
    }
  }
  console.log(`     ${dir}: both scripts ${total} bytes gzipped (${kb(total)} KB)`);
}
process.exit(failed ? 1 : 0);
