import { textAfter } from '../context';
import { patternDetector } from '../pattern-detector';
import { before, near } from './shared';

// The words in the order gzip codes best: test() finds the same in any order.
const SPEC_WORDS = /\b(?:sections?|chapters?|chapitre|rfc|apartado|spec|abschnitt|specification|ecma|clause)\b|§/i;
const IP_WORDS = /\b(?:vpn|ip(?:v4)?|addr|address|adresse|direcci[óo]n|host|server|serveur|servidor|gateway|dns|subnet|ping|ssh|proxy|netmask|passerelle)\b/i;
// A version label right before the number ("version 1.2.3.4", Spanish "versión 7.2.9.107", "v 10.0.0.1", "build 4.2.0.1", JSON's
// "version":"28.0.9.3", PHP's 'version' => '29.0.6.1'; the last word of a key: min_app_build = 4.7.8.132, "minAppBuild"), or a name and a slash, as user agents ("Chrome/120.0.0.0") and
// paths to a release ("packages/AzureAD/2.0.2.182") write a version; not kubectl's node, its name then its address
// ("Node:         ip-10-0-1-7.eu-west-1.compute.internal/10.0.1.7"), which the window of 80 characters before the
// number takes in. The "Node:" test runs only where a name and a slash end it. Nor a number with a port after it, which no
// version has: OpenVPN logs a client as its name, a slash, its address and port ("tecnico/10.159.189.194:50467").
// Nor an object identifier after its label ("oid 2.5.4.97"), a list of versions ("versions: 12.5.28.5", "versiones",
// "Versionen"; not version_host: 10.11.12.13), nor a container image's tag, after a path and a colon
// ("registry.acme.local/edi-gateway:1.5.0.62"); not an address followed by a slash and a port, which no version has
// either (a firewall's "dmz/web:10.5.5.10/80").
// The words in the order gzip codes best: test() finds the same in any order.
const VERSION = /(?:app|\b|_)(?:v|build|versi[oó]n(?:e?[ns])?|oid|ver|release|firmware|rev)[#.:="'>\s]*$|[a-z]\/$(?<!Node:\s+\S+)|\/[\w.-]+:$/i;

/**
 * IPv4 addresses: four octets 0-255, not part of a longer dotted number (an OID) nor after a version label.
 * Medium, high with network words; low for loopback, 0.0.0.0 and netmasks, and for all-single-digit quads and an
 * index's small numbers (section numbers) without network words.
 */
export const ipv4Detector = patternDetector({
  id: 'ipv4',
  type: 'pii.ip_address',
  cues: ['.'],
  // An octet (0-255) is (?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d), written out twice: a literal costs the content script
  // fewer bytes than a pattern built from a shared piece.
  pattern: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/g,
  check(value, text, start, end) {
    if (before(text, start, VERSION, 80) && !/^[:/]\d/.test(textAfter(text, end, 2))) return null;
    const context = near(text, start, end, IP_WORDS);
    // Loopback (127.0.0.1), "any address" (0.0.0.0), netmasks (255.255.255.0), networks in CIDR notation (10.20.0.0/16:
    // the bits after the prefix all zero; not a host's /31 or /32) and a class A network written alone (10.0.0.0) are no
    // one's address: low, whatever the words near; so is a /24 network's broadcast address (x.y.z.255), which a meter's
    // OBIS codes end as (1-0:1.8.0.255, a smart meter's reading of active energy).
    // Without a prefix length, +prefix is NaN, which is never below 31.
    const prefix = /^\/(\d\d?)\b/.exec(textAfter(text, end, 4))?.[1];
    if (/^(?:127|0|255)\.|\.0\.0\.0$|\.255$/.test(value) || (+prefix! < 31 && !(value.split('.').reduce((n, octet) => n * 256 + +octet, 0) % 2 ** (32 - +prefix!)))) return 'low';
    // So are four numbers of 31 or less (outside 10/8, private networks' usual range) set apart by a tab or two blanks
    // after them, as an index lists a document's sections or a data room's files ("1.1.1.29  Kbis.pdf",
    // "Q-0015\t6.6.16.10\t"); not in a log's line ("connected to 11.2.3.4:443", "from 3.16.24.5").
    if (/^\d\.\d\.\d\.\d$/.test(value) || (/^(?!10\.)(?:[12]?\d|3[01])(?:\.(?:[12]?\d|3[01])){3}$/.test(value) && /^(?:\t| {2})/.test(textAfter(text, end, 2)))) return context ? 'medium' : 'low';
    // Small dotted numbers next to "section", "RFC", "ECMA" or "§" are section numbers of a specification.
    if (!context && /^\d{1,2}(?:\.\d{1,2}){3}$/.test(value) && near(text, start, end, SPEC_WORDS)) return 'low';
    return context ? 'high' : 'medium';
  },
});
