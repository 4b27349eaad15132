import type { SiteAdapter } from './types';

/** ChatGPT: a ProseMirror composer (`#prompt-textarea`, a contenteditable since 2024), Enter sends. */
export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  editor: 'prosemirror',
  composer: ['#prompt-textarea[contenteditable="true"]', 'form div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea'],
  sendButton: ['#composer-submit-button', 'button[data-testid="send-button"]'],
  fileInputs: ['#upload-files', 'input[type="file"]'],
  dropZones: ['form[data-type="unified-composer"]', 'main'],
};
