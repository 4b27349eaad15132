import type { SiteAdapter } from './types';

/** Perplexity: a Lexical composer (`#ask-input`, a contenteditable; a textarea before); Enter submits. */
export const perplexity: SiteAdapter = {
  id: 'perplexity',
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  editor: 'lexical',
  composer: ['#ask-input[contenteditable="true"]', 'div[data-lexical-editor="true"][contenteditable="true"]', 'textarea#ask-input', 'textarea[placeholder*="Ask" i]'],
  sendButton: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'],
  fileInputs: ['input[type="file"]'],
  dropZones: ['main'],
};
