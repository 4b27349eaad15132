import type { SiteAdapter } from './types';

/** Microsoft Copilot (consumer): a textarea composer; Enter sends. */
export const copilot: SiteAdapter = {
  id: 'copilot',
  hosts: ['copilot.microsoft.com'],
  editor: 'textarea',
  composer: ['textarea#userInput', 'textarea[placeholder*="Copilot" i]', 'main textarea'],
  sendButton: ['button[data-testid="submit-button"]', 'button[title="Submit message"]', 'button[aria-label*="Submit" i]'],
  fileInputs: ['input[type="file"]'],
  dropZones: ['main'],
};
