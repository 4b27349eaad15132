import type { SiteAdapter } from './types';

/** Claude: a ProseMirror composer in a fieldset; long pastes become an attachment ("Pasted content"). */
export const claude: SiteAdapter = {
  id: 'claude',
  hosts: ['claude.ai'],
  editor: 'prosemirror',
  composer: ['div.ProseMirror[contenteditable="true"][aria-label]', 'fieldset div.ProseMirror[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]'],
  sendButton: ['button[aria-label="Send message"]', 'fieldset button[aria-label*="Send" i]'],
  fileInputs: ['#chat-input-file-upload-onpage', 'input[data-testid="file-upload"]', 'input[type="file"]'],
  dropZones: ['fieldset', 'main'],
  // The site's own threshold is not published; the fixture and the tests use this figure.
  longPasteAttachmentOver: 2000,
};
