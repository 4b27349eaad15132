import { buildExtension } from './harness/build';

/** Builds the extension once for the whole end-to-end run, as a user would with npm run build. */
export default function setup(): void {
  if (process.env.VIGIE_E2E_SKIP_BUILD === '1') return;
  buildExtension('chrome');
  buildExtension('firefox');
}
