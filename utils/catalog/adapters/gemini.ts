import type { SiteAdapter } from './types';

/** Gemini: a Quill editor (`.ql-editor`) inside the `rich-textarea` element; Enter sends. */
export const gemini: SiteAdapter = {
  id: 'gemini',
  hosts: ['gemini.google.com'],
  editor: 'quill',
  composer: ['rich-textarea .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]'],
  sendButton: ['button.send-button', 'button[aria-label="Send message"]'],
  fileInputs: ['input[type="file"][name="Filedata"]', 'input[type="file"]'],
  dropZones: ['.xap-uploader-dropzone', 'rich-textarea', 'main'],
};
