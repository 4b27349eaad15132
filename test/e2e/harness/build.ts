import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `wxt build` writes each target. */
export const BUILD_DIRS = {
  chrome: `${ROOT}.output/chrome-mv3`,
  firefox: `${ROOT}.output/firefox-mv2`,
} as const;

/** Builds the extension for `target` with the project's own build command. */
export function buildExtension(target: keyof typeof BUILD_DIRS): string {
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VIGIE_STORE_BUILD: '' } });
  const dir = BUILD_DIRS[target];
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`build for ${target} produced no manifest in ${dir}`);
  return dir;
}
