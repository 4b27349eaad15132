/**
 * The extension API without webextension-polyfill, as WXT defines it when the polyfill is off: Firefox's
 * native `browser`, or Chromium's `chrome`, whose Manifest V3 APIs return promises as well. The build uses
 * it in place of the polyfill for the content script only (see wxt.config.ts).
 */
export const browser = (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id
  ? (globalThis as unknown as { browser: unknown }).browser
  : (globalThis as unknown as { chrome: unknown }).chrome;
