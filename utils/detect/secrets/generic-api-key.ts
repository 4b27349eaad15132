import { charTable, inClass } from '../char-table';
import { textBefore } from '../context';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';
import { columnCells, looksGenerated } from './shared';

// A key name of up to 70 characters, a separator (=, :, :=, =>) and a token-like value of 20 to 300 characters.
// "api" alone is a key word only after "clé"/"clave" ("clé API :"), which find() checks. A name may hold "ü" (German's
// API-Schlüssel).
// The key is matched from its first character; the secret words it must hold are checked in code (judge()). The value does not start
// with '=' and takes it inside (client_secret=AbC...=xYz..., a secret with '=' in the middle) as well as at
// its end (base64 padding); the 20 to 300 characters are counted without the '='. It is not the start of a longer
// structured value ("ghcr.io/acme/api@sha256:...", "host.example.com:5432").
// A value in quotes may also hold !@#$%^&*(), as Django's SECRET_KEY does; not the ':', ';', ',', '?', '|', '[' or
// blanks of structured values (digests, timestamps, DNs, connection strings, URLs, CSS, i18n messages). The key may
// be a subscript (os.environ["API_KEY"] = ...) or a name in parentheses after a label ("clé API (api_key) = ..."; not an
// arrow function's parameter, (apiKey) => ..., nor a function's argument), and its quotes and the value's escaped (JSON holding code: a notebook's
// cell). Laravel writes its APP_KEY as base64:..., a prefix the value leaves out.
// The pattern is sticky: it is tried only where find() has located a key followed by a separator and a value.
const ASSIGNMENT =
  /(?<![\w.ü-])([\w.ü-]{1,70})\\?["'`]?(?:\]|\)(?! ?=>))?[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}\\?["'`]?(?:base64:)?((?<=["'])[\w+/.~=!@#$%^&*()-]{20,300}(?=\\?["'])|[\w+/.~-](?:=*[\w+/.~-]){19,299}={0,2}(?![\w+/=~@:….-]))/iy;
// XML resources: Android's <string name="twilio_auth_token" translatable="false">value</string>, a plist's
// <key>TwilioAuthToken</key> then <string>value</string> (or <data>). The key name is the first attribute value or the
// element before, or the element itself (<x_api_key>value</x_api_key>). Each '>' is a candidate (a pattern starting
// with a literal character skips fast through the text); the key is read behind it. Searched only in a text with a
// closing tag ('</', a prefilter keyword for this search alone): code and prose have '>' too.
const XML = />(?<=["<>]([\w.-]+)(?:"[^<>]{0,60}|<\/key>\s*<\w+|)>)([\w+/.~=-]{20,300})(?=<)/g;
// PHP constants: define('AUTH_KEY', '...') ('define(' is a prefilter keyword for this search alone). WordPress's keys
// and salts hold any printable character but quotes and backslashes, blanks and punctuation included.
const DEFINE = /define\(\s*["']([\w.-]{1,70})["']\s*,\s*["']([^'\n\\"]{20,300})(?=["'])/g;
// A header set by nginx (proxy_set_header X-Api-Key ...;, add_header) or Caddy (header_up X-Api-Key ...), a variable
// by Apache (SetEnv MAPS_API_KEY ...), or a C macro (#define DEVICE_API_KEY "...", a firmware's secrets.h).
const DIRECTIVE = /(?:SetEnv|_header|header_up|#define)[ \t]+([\w.-]{1,70})[ \t]+"?([\w+/.~=-]{20,300})(?![^\s";])/g;
// The patterns tried besides the separators', each with the prefilter keywords of which its every match holds one (one at
// least: find() skips a pattern whose keywords are all absent). A pass over a text costs about as much as the prefilter's
// search for all its keywords.
// Keys named in a sentence: the secret's words, what the key is for (no comma: "Token for the upload, md5:" names a
// digest) and, on the same line, a separator or (in English) "is" before the value: "API key for the iSite sandbox:",
// "Clé API pour l'environnement de recette :", "API-Schlüssel für die CareView-Sandbox:", "the api_key for the lab
// results endpoint is ...". Not when a word after the preposition starts as one saying what else the value is: a page's
// or a cursor's token, a request's, a trace's, a commit's, a signature, a digest, a sum or an id (the same words, written
// out in each pattern; "Webseite" and "DocuSign" do not start so).
// The words in the order gzip codes best: test() finds the same in any order.
const PROSE = /(?:cl(?:[ée]|ave) api|api[ _-]?(?:key|schl\S*)|token|jeton) (?:for|du|pour|für|para|del) (?![^\n]{0,50}?\b(?:pag|curs|seite|requ|anfrage|solicitud|trace|commit|sig|firma|hash|sum|sha|id\b))[^\n:=",`]{0,40}$/i;
// The English "is" form is searched only in a text holding " is " (a prefilter keyword for this search alone: tried at
// every offset, it cost 6% of a scan of 100 KB); the value is not ended by a sentence's final dot.
const IS = /(api[ _-]?key|token) for (?![^\n]{0,50}?\b(?:pag|curs|seite|requ|anfrage|solicitud|trace|commit|sig|firma|hash|sum|sha|id\b))[^\n:=",`]{0,40} is ([\w+/~-]{20,300})(?![\w+/=~@:…-]|\.\w)/gi;
const MORE: [RegExp, string, ...string[]][] = [[XML, '</'], [DEFINE, 'define('], [DIRECTIVE, '_header', 'header_up', 'setenv', '#define'], [IS, ' is ']];
// Words of the key name (snake_case, camelCase, kebab-case and dotted names all split to words joined by _), and
// WordPress's keys and salts (AUTH_KEY and AUTH_SALT hold "auth"). An admin key is Algolia's (adminKey), Typesense's and
// Meilisearch's secret one. An HMAC key signs a payment provider's notifications (Adyen's hmacKey, ADYEN_HMAC_KEY). An
// SDK key (LaunchDarkly's, AppLovin's) and a dev key (AppsFlyer's) authenticate an app to its vendor; a client-side or
// mobile SDK key is public by design, shipped in the app (NOT_SECRET: LD_CLIENT_SDK_KEY, STATSIG_CLIENT_SDK_KEY).
// French writes a token "jeton". A secret word may end a name written without separators (ACCESSTOKEN, DATADOGAPIKEY,
// webhooksecret), so it need not start a word; it must end one (not tokenizer, author). "auth" must be a word of its
// own: OAuth 1.0's oauth_nonce and oauth_signature, a payment's preauth_reference
// are no secrets. German's "API-Schlüssel" splits to api_schl_ssel. Cursors (skiptoken, next_page_token) are in NOT_SECRET.
// Only the words a name must end a word with: test() looks anywhere in the name, so api_secret, private_token and
// client_secret are found by secret and token, and secret_key by secret (it finds the same with them listed).
// The words in the order gzip codes best: test() finds the same in any order.
const SECRET_NAME =
  /(?:access_?key|token|api_?(?:key|schl)|credentials?|(?:app|master|hmac|encryption|license|signing|subscription|client|admin|sdk|dev)_?key|secrets?(?:key)?|(?:nonce|logged_in)_(?:key|salt)|(?:_|^)auth|bearer|jeton)(?:_|$)/;
// Keys about a secret rather than holding one: its id (a JWT's kid), type, name, address, issuer, audience, lifetime,
// size, digest (sha..., md5), fingerprint, commit or UUID, a message about it, or a page of results (OData's $skipToken and
// $deltaToken, glued or not; a next page's or a next token: nextPageToken, NextToken, pagetoken; S3's
// ContinuationToken; not a Facebook page's token, PAGE_TOKEN or FB_PAGE_ACCESS_TOKEN). An endpoint's address is no
// secret, its secret is (Stripe's endpointSecret = 'whsec_...').
// The words in the order gzip codes best: test() finds the same in any order.
const NOT_SECRET = /(?:^|_)(?:(?:client|mobile)_sdk|audience|commit|size|public|length|kid|type|expir[ey]s?|ttl|hash|file|uri|id|timeout|max|min|url|limit|prefix|digest|issuer|header|format|endpoint(?!_secret)|name|fingerprint|path|md5|integrity|skip|delta|(?:next|continuation|skip|delta|(?:next|prev)_?page)_?token|pagetoken|message|count|checksum|sha\d*|[gu]uid|version)(?:_|$)/;

// A table with a column of keys or tokens (CSV, TSV, Markdown: "Name;Arrival;API key", "| Clé API |", "Access token",
// "| system | owner | credential | rotated |"):
// the name of the column as a cell of a header row, after another (as the password detector's TABLE_HEADER).
const KEY_COLUMN = /[|;,\t][ "]*(?:api[ -]?(?:key|token)|(?:access )?token|cl(?:[ée]|ave) api|secret|credentials?)[ "]*(?=[|;,\t\n]|$)/gi;

// Characters of a key name and of a value, as in the pattern ('=' inside a value included).
const KEY_CHAR = charTable(/[\w.ü-]/);
const VALUE_CHAR = charTable(/[\w+/.~=-]/);
// Characters of a value in quotes, as in the pattern (VALUE_CHAR's and more).
const QUOTED_CHAR = charTable(/[\w+/.~!@#$%^&*()=-]/);
// The longest key the pattern accepts.
const MAX_KEY = 70;
const SPACE = charTable(/[\t ]/);
const QUOTE = charTable(/["'`]/);

/**
 * True when the separator starting at `sep` (':' or '=') is followed, as the pattern requires, by at most
 * three spaces, an optional quote (maybe escaped) and at least 20 value characters. Most colons and equal signs of a
 * text (times, comparisons, short settings) fail here after a few characters.
 */
function valueFollows(text: string, sep: number): boolean {
  // Wherever the value starts (1 to 7 characters after the separator), its first 20 characters cover these
  // three: testing them first rejects most separators with one or two reads. Laravel's APP_KEY=base64:... fails
  // them on the prefix's colon: the value is then read after it.
  if (!inClass(QUOTED_CHAR, text, sep + 20) || !inClass(QUOTED_CHAR, text, sep + 13) || !inClass(QUOTED_CHAR, text, sep + 7)) {
    return text.startsWith('base64:', sep + 1) && valueFollows(text, sep + 7);
  }
  let i = sep + 1;
  // The second character of ":=" or "=>".
  if (/[=>]/.test(text[i])) i++;
  for (let spaces = 0; spaces < 3 && inClass(SPACE, text, i); spaces++) i++;
  if (text[i] == '\\') i++;
  const table = /["']/.test(text[i]) ? QUOTED_CHAR() : VALUE_CHAR();
  if (inClass(QUOTE, text, i)) i++;
  // Where the value starts: a quoted "base64:..." is read after its prefix.
  const start = i;
  for (const end = i + 20; i < end; i++) if (table[text.charCodeAt(i)] !== 1) return text.startsWith('base64:', start) && valueFollows(text, start + 6);
  return true;
}

/**
 * The offset of the first character of the key name that ends before the separator at `sep` (after at most
 * three spaces, a subscript's ']' or a parenthesis and a quote, maybe escaped), or -1 when no key name of at most MAX_KEY characters
 * ends there.
 */
function keyStart(text: string, sep: number): number {
  let i = sep - 1;
  for (let spaces = 0; spaces < 3 && inClass(SPACE, text, i); spaces++) i--;
  // A name in parentheses is a label's (clé API (api_key) = ...), not a function's argument (sha256(api_key) = ...).
  const paren = text[i] == ')';
  if (text[i] == ']' || paren) i--;
  if (inClass(QUOTE, text, i)) i--;
  if (text[i] == '\\') i--;
  const end = i + 1;
  while (i >= 0 && inClass(KEY_CHAR, text, i)) {
    if (end - i > MAX_KEY) return -1;
    i--;
  }
  return i + 1 < end && !(paren && /\w/.test(text[i - 1])) ? i + 1 : -1;
}

/**
 * True when `key` names a secret and `value` looks generated. A value with '=' inside is judged without it, so that
 * "mode=strict-transport-security-2024" (another setting, a run of words) is not taken for a generated secret.
 */
function judge(key: string, value: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_');
  // A version number (keycloak-js@24.0.5+build.1234) is not in a generated value, nor words in a row (a message: "Login
  // failed after 3 attempts", which define() may hold), nor ".." (a value shown cut: "AIza...(truncated)", its last dot
  // taken off as a sentence's). Stripe's publishable keys (pk_live_..., pk_test_...) are public by design; pk_ alone is
  // no vendor's prefix. A JSON Web Token (eyJ..., with a dot, or a header starting {"alg": eyJhbGci...) is the JWT
  // detector's to judge: whole, it is one; cut short (its header alone), it is an example. Grafana's keys, eyJrIjoi...
  // ({"k":...), longer, are keys; an eyJ value of 64 characters or fewer without a dot is a cursor
  // ({"offset":496,"limit":50}), as the bearer token detector holds. A UUID is a key only under a name ending as an API
  // key's or a secret's does (PINECONE_API_KEY=..., client_secret: ...), not a token's (a request's, a session's) nor a
  // name about the key (api_key_owner, secretRef, secret_scope).
  return SECRET_NAME.test(words) && !NOT_SECRET.test(words) && value.length >= 20 && !/^(?:pk_(?:live|test)_|eyJ(?:[\w-]*\.|hbGci|[^.]{0,61}$))/.test(value) && !/[a-z]{3} [a-z]{3}|\d\.\d+\.\d|\.\./i.test(value) && looksGenerated(value.replace(/=+(?!=*$)/g, ''), /(?:api_?key|secret(?:_key)?)$/.test(words));
}

/** Generic secrets: a key such as api_key, secret, token, access_token, client_secret or auth assigned a high-entropy value. */
export const genericApiKeyDetector: Detector = {
  id: 'generic-api-key',
  type: 'secret.generic_api_key',
  cues: [' is ', 'secret', 'token', 'bearer', 'api-schl', 'clé api', 'credential', 'cle api', 'auth', 'clave api', 'key', 'define(', '_header', 'header_up', 'setenv', '#define', '</', 'jeton'],
  find(text: string, present?: ReadonlySet<string>): Finding[] {
    const findings: Finding[] = [];
    // Every assignment has a ':' or '=' right after its key name. The separators are visited in text order
    // (indexOf is far faster than a pattern tried at every offset), and the pattern is tried at the start of
    // the key before each one: this finds the same matches as a scan of the whole text, in the same order.
    let colon = text.indexOf(':');
    let equals = text.indexOf('=');
    // The end of the last match (the scan resumes there) and the last key start tried.
    let resume = 0;
    let tried = -1;
    while (colon >= 0 || equals >= 0) {
      let sep: number;
      if (equals < 0 || (colon >= 0 && colon < equals)) {
        sep = colon;
        colon = text.indexOf(':', colon + 1);
      } else {
        sep = equals;
        equals = text.indexOf('=', equals + 1);
      }
      if (sep < resume || !valueFollows(text, sep)) continue;
      const start = keyStart(text, sep);
      if (start < resume || start === tried) continue;
      tried = start;
      ASSIGNMENT.lastIndex = start;
      const match = ASSIGNMENT.exec(text);
      if (!match) continue;
      // A "value" field holds the secret that the field before it names: Postman's {"key": "x-api-key", "value": ...},
      // Kubernetes' "- name: API_KEY" then "value: ...", AWS's {"Name": "API_KEY", "Value": ...}, Consul's export
      // {"key": "config/app/api_key", "flags": 0, "value": ...}. So does a type given to a constant before its value
      // (TypeScript's const WEBHOOK_SECRET: string = "...", Python's API_KEY: str = "...").
      const key = (/^(?:value|str(?:ing)?)$|\.env$/i.test(match[1]) ? /([\w.-]+)\W{1,30}(?:flags\W+\d+\W+|in \S+)?$/.exec(textBefore(text, start, 70))?.[1] : match[1]) ?? '';
      // A label in words: "API key:", "API token:", "clé API :", "clave API:", "token API :", "token de la API:", "Secret
      // key:", and French's "Secret client :" (a client secret) (the words in the order gzip codes best: test() finds the
      // same in any order).
      const label = /(?:^|[^a-z])(?:(?:token|cl[ée]|api|secret|la|clave) (?:key|token|api)|secret client)$/i.test(textBefore(text, start, 7) + key);
      // A sentence can end right after the value; the final dot is not part of it.
      const value = match[2].replace(/\.$/, '');
      // A name in parentheses counts only after a label naming a secret ("clé API (api_key) =", "Token (access_token):"; not
      // "md5 (api_key) ="). A key named in a sentence (PROSE) is judged as an API key's with its last word ("Token for the
      // upload file:" gives a file). (The words in the order gzip codes best: test() finds the same in any order.)
      if (!judge(label ? 'api_key' : text[start - 1] == '(' ? (/(?:cl(?:[ée]|ave) api|secret|api[ _-]?key|token|jeton) \($/i.test(textBefore(text, start, 20)) ? key : '') : PROSE.test(textBefore(text, start, 70) + key) ? 'api_key_' + key : key, value)) continue;
      // The value ends the match, so its offset follows without the cost of the d flag's indices. The scan resumes after
      // a secret only: a key of another name ("Here is what the vendor sent: API_TOKEN=...") holds its value's keys.
      resume = start + match[0].length;
      const valueStart = resume - match[2].length;
      findings.push(finding(this, valueStart, valueStart + value.length, 'medium'));
    }
    // Each pattern ends with the value, after the key (group 1) and the value (group 2).
    // A cell under a column of keys is judged as a value assigned to its header's words (an API's key as api_key: a UUID
    // is one, a token column's request id is not).
    for (const [start, value, name] of columnCells(text, KEY_COLUMN)) if (judge(/api/i.test(name) ? 'api_key' : name, value)) findings.push(finding(this, start, start + value.length, 'medium'));
    for (const [pattern, ...keywords] of MORE) {
      if (!keywords.some((k) => present?.has(k) ?? true)) continue;
      for (const match of text.matchAll(pattern)) {
        if (judge(match[1], match[2])) {
          const end = match.index + match[0].length;
          findings.push(finding(this, end - match[2].length, end, 'medium'));
        }
      }
    }
    return findings;
  },
};
