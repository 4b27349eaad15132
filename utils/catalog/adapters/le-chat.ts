import type { SiteAdapter } from './types';

/** Le Chat (Mistral AI): a ProseMirror composer in a form (it was a textarea before); Enter sends. */
export const leChat: SiteAdapter = {
  id: 'le-chat',
  hosts: ['chat.mistral.ai'],
  editor: 'prosemirror',
  composer: ['form div.ProseMirror[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'form textarea'],
  sendButton: ['form button[type="submit"]', 'button[aria-label*="Send" i]'],
  fileInputs: ['input[type="file"]'],
  dropZones: ['form', 'main'],
};
