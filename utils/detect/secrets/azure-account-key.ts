import { contextBefore, contextNear, textBefore } from '../context';
import { matchesAt } from '../matches';
import { patternDetector } from '../pattern-detector';
import { entropy, looksFake } from './shared';

// "keyName" names each key of a storage account's key list (az storage account keys list, Get-AzStorageAccountKey), and
// "key1", "key2", "Primary key", "primaryKey" and "secondaryKey" label the keys as the portal, the CLI and the management
// API show them (Cosmos DB's primaryMasterKey too): right before the value ("key1=", "primaryKey: ", where the window
// before it ends), or, as contextNear tests both windows, ending the window after it. Not anywhere near it: a SHA-512
// digest's 88 characters are near "key1" or "primary" in other texts (a fixture's {"key1": ...}, a JSON signature's
// keyid). ("key" and "primary" are prefilter keywords: a list of the keys shows the second after the first.) A storage
// account's key is often named after the storage only, right before the value ("DeedStorage": "...", STORAGE=...), or
// kept with the connection strings of an appsettings.json ("ConnectionStrings": {"ProductImages": "..."}); not a digest
// near a storage package's name (a lockfile's "integrity": "sha512-..." for a storage SDK), nor a JSON "blob" of that
// length.
// The words in the order gzip codes best: test() finds the same in any order.
const CONTEXT = /azure|sharedaccesskey|(?:(?:primary|secondary)\w* ?key|\bkey[12])\W{1,4}$|keyname|storage\W{1,4}$|account[_-]?key|connectionstring/;

/** Azure account keys (88 base64 characters) and shared access keys (44), next to AccountKey= or Azure words. */
export const azureAccountKeyDetector = patternDetector({
  id: 'azure-account-key',
  type: 'secret.azure_key',
  cues: ['azure', 'storage', 'connectionstring', 'key', 'primary', 'token', 'cred', 'jeton', 'clave', 'schl'],
  pattern: /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gy,
  // A key ends with its padding: the pattern is tried 86 and 43 characters before each "=" only (tried at every offset, it
  // cost as much as the rest of a scan of prose that holds "key" or "token").
  finder(pattern, text) {
    const at: number[] = [];
    for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) at.push(i);
    return [86, 43].flatMap((n) => matchesAt(pattern, text, at.map((i) => i - n)));
  },
  check(value, text, start, end) {
    if (entropy(value) < 4 || looksFake(value)) return null;
    // "AccountKey=" or "SharedAccessKey=" right before the value is the connection-string syntax itself.
    if (/(?:accountkey|sharedaccesskey)=$/i.test(textBefore(text, start, 16))) return 'high';
    // A 44-character base64 value is also the shape of a SHA-256 digest, so it needs the Azure-specific word.
    if (value.length === 44) return contextBefore(text, start, /shared(_?)access\1key/) ? 'medium' : null;
    // So is one of 88 in prose, after a word for a secret on its line ("the new token for the integration: ...", "La
    // credencial configurada ahora es ..."), with no quote or "=" between (JSON's {"key1": "value1", "digest": ...}) and
    // no word saying that it is a digest, a checksum, a signature or a page's cursor. (The words in the order gzip codes
    // best: test() finds the same in any order.)
    const line = textBefore(text, start, 70);
    return contextNear(text, start, end, CONTEXT) || (/(?:token|cl[eé]|cred|jeton|key|schl|clave)[^\n"=]{0,60}"?$/i.test(line) && !/(?:sig|firma|hash|sum|sha|pag|cursor|digest|seite|dnskey)[^\n]*$/i.test(line)) ? 'medium' : null;
  },
});
