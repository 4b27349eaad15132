import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/**
 * Azure connection strings, spanning the whole string: a storage account's (DefaultEndpointsProtocol=...;AccountKey=...),
 * and a Service Bus's, an Event Hubs' or an IoT hub's (Endpoint=sb://...;SharedAccessKeyName=...;SharedAccessKey=...,
 * HostName=...;SharedAccessKeyName=...;SharedAccessKey=...).
 */
export const azureStorageConnectionStringDetector = patternDetector({
  id: 'azure-storage-connection-string',
  type: 'secret.azure_key',
  cues: ['defaultendpointsprotocol', 'sharedaccesskey', 'blobendpoint'],
  // Semicolon-separated settings: a value stops at a semicolon, so the split is unambiguous.
  pattern: /(?:(?:DefaultEndpointsProtocol=https?|BlobEndpoint=[^;\s"'`]{1,200});(?:[A-Za-z]{1,30}=[^;\s"'`]{1,200};){0,5}AccountKey=[A-Za-z0-9+/]{86}==|(?:Endpoint=sb:\/\/|HostName=)[^;\s"'`]{1,200};SharedAccessKeyName=[^;\s"'`]{1,100};SharedAccessKey=[A-Za-z0-9+/]{43}=)(?:;[A-Za-z]{1,30}=[^;\s"'`]{1,200}){0,5}/g,
  check: prefixed,
});
