import { patternDetector } from '../pattern-detector';

/** Azure shared access signatures: the sig= of a SAS query string that also holds a service version (sv=). */
export const azureSasTokenDetector = patternDetector({
  id: 'azure-sas-token',
  type: 'secret.azure_key',
  cues: ['sig='],
  pattern: /(?<=[?&;\s"']|^)sig=([%A-Za-z0-9+/]{40,120}(?:=|%3D){0,2})(?![A-Za-z0-9+/=%])/dg,
  group: 1,
  // The signature is an HMAC-SHA256 (32 bytes, 43 base64 characters and padding), URL-encoded or not.
  check: (_value, text, start, end) => (/(?<![A-Za-z0-9])sv=\d{4}-\d\d-\d\d/.test(text.slice(Math.max(0, start - 400), end + 400)) ? 'high' : null),
});
