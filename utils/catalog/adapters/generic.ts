import type { SiteAdapter } from './types';

/**
 * The fallback for every other AI site: the first rich editor or text field, a button that says it sends or
 * submits, any file input, and the whole page as drop zone.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  editor: 'contenteditable',
  composer: [
    '[contenteditable="true"][role="textbox"]',
    '[contenteditable="true"]',
    '[contenteditable="plaintext-only"]',
    'textarea:not([readonly]):not([aria-hidden="true"])',
  ],
  sendButton: ['button[type="submit"]', 'button[aria-label*="send" i]', 'button[aria-label*="submit" i]', '[data-testid*="send" i]'],
  fileInputs: ['input[type="file"]'],
  dropZones: ['main', 'body'],
};
