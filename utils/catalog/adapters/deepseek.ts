import type { SiteAdapter } from './types';

/** DeepSeek: a textarea composer (`#chat-input`); Enter sends. */
export const deepseek: SiteAdapter = {
  id: 'deepseek',
  hosts: ['chat.deepseek.com'],
  editor: 'textarea',
  composer: ['textarea#chat-input', 'textarea[placeholder*="DeepSeek" i]', 'main textarea'],
  // The send control has been a labelled button and an unlabelled div[role=button] next to the composer.
  sendButton: ['button[aria-label="Send message"]', 'div[role="button"][aria-disabled]'],
  fileInputs: ['input[type="file"]'],
  dropZones: ['main'],
};
