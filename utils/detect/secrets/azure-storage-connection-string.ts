import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Azure storage connection strings (DefaultEndpointsProtocol=...;AccountKey=...), spanning the whole string. */
export const azureStorageConnectionStringDetector = patternDetector({
  id: 'azure-storage-connection-string',
  type: 'secret.azure_key',
  cues: ['defaultendpointsprotocol'],
  // Semicolon-separated settings: a value stops at a semicolon, so the split is unambiguous.
  pattern: /DefaultEndpointsProtocol=https?;(?:[A-Za-z]{1,30}=[^;\s"'`]{1,200};){0,5}AccountKey=[A-Za-z0-9+/]{86}==(?:;[A-Za-z]{1,30}=[^;\s"'`]{1,200}){0,5}/g,
  check: prefixed,
});
