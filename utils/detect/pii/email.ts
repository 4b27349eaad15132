import { charTable } from '../char-table';
import { finding } from '../finding';
import { lazy } from '../lazy';
import type { Detector, Finding } from '../types';
import { before, headerIs } from './shared';

// The domain after the "@": bounded quantifiers everywhere, so matching stays linear on any paste. It runs
// sticky from each "@" only, instead of the whole address being tried at every alphanumeric position.
// Letters may be Unicode (IDN domains such as münchen.de, written as users type them). Built on first use:
// a Unicode pattern costs its parse when the content script loads. (The top-level domain's letters are written as a
// class, [\p{L}]: esbuild writes a literal with a bare \p{...} outside a class as a `new RegExp` string, 20 bytes longer.)
const DOMAIN = lazy(() => /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}[\p{L}]{2,24}(?![\p{L}\p{N}-])/uy);
// Not an address: an image at a pixel density (logo@2x.png, banner@1.5x.jpg), a file name for a domain, or a
// placeholder at a domain reserved for documentation and tests (RFC 2606: example.com, .org, .net and their subdomains,
// and the top-level domains .example and .test; .invalid and .localhost are left out for bytes: rarely written), where
// no mailbox can exist: Laravel's default sender hello@example.com, a template's prenom.nom@example.com, jane@example.org,
// a fixture's client@shop.test. Nor a login on a host of the local network, whose .local names are multicast DNS's
// (ssh admin@raspberrypi.local, rsync ... www@nas.local:/srv/www/), or of a private network's .internal, the top-level
// domain ICANN set aside for private use (ssh ops@bastion.fra.internal), or of a home or office network's .lan (ssh
// admin@jump-01.hotel.lan). Nor a placeholder's made-up top-level domain (user@domain.tld, xxx@xxx.xx). Nor the
// pattern of a school's or a company's addresses, its local part named in words (firstname.lastname@, prenom.nom@,
// vorname.nachname@, nombre.apellido@).
// The extensions and the names in the order gzip codes best: test() finds the same in any order.
const NOT_ADDRESS = /^(?:nombre\.apellido|pr[ée]nom\.nom|vorname\.nachname|first(?:name)?\.last(?:name)?)@|@\d+(?:\.\d+)?x\.|\.(?:tld|gif|internal|js|local|jpe?g|webp|png|svg|ico|test|lan|pdf|xx)$|[.@]example(?:\.com|\.org|\.net)?$/i;
// Not a mailbox: a message's identifier in a mail header (Message-ID: <random@mail.server>, and the identifiers
// of In-Reply-To and References, folded onto the next lines), where only other identifiers come between the header's
// name and this one. "References: Dr. Jane Roe <jane.roe@...>" in a CV, and the From: line after, are mailboxes.
const MESSAGE_ID = /(?:^|\n|;)[> \t]*(?:message-id|in-reply-to|references):\s*(?:<[^<>\s]*>\s*)*<$/i;
// Not a mailbox: the login of an ssh command typed after a shell prompt, maybe with options ("$ ssh -v
// deploy@db-prod-01.internal", "ops@laptop:~$ ssh deploy@vpn-gw.corp.local"). Without the prompt, a line starting with
// "ssh" or "scp" is as often a sentence or a heading ("ssh access: ask jane@acme.fr").
const SSH = /(?:^|\n)\S*\$ ssh(?: -\w+)* $/;

/** Longest local part: one alphanumeric character and up to 63 more local-part characters. */
const MAX_LOCAL = 64;

// Character classes by code: 1 for the characters a local part may hold (A-Z a-z 0-9 . _ % + -), 2 for the
// alphanumerics among them, which alone may start it (Latin-1 letters included: josé@example.com).
const LOCAL = charTable(/[%+._-]/, /[A-Z0-9a-z\xc0-\xd6\xd8-\xf6\xf8-\xff]/);

/** Local-part class of the character at `index` (0 for any other character or outside the text). */
function localClass(text: string, index: number): number {
  const code = text.charCodeAt(index);
  // Letters beyond Latin-1 (ł, ğ, ...) are alphanumerics of an internationalized local part.
  return code > 255 && code < 0x2000 ? 2 : (LOCAL()[code] ?? 0);
}

/**
 * E-mail addresses: a plausible local part, a dotted domain and an alphabetic TLD. The local part is the
 * whole run of local-part characters before an "@" (an address never starts inside a longer run), so each
 * "@" has a single candidate start, found by walking left at most 65 characters.
 */
export const emailDetector: Detector = {
  id: 'email',
  type: 'pii.email',
  cues: ['@'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // End of the previous address: matches never overlap, and the next one starts after it.
    let taken = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > taken && at - start <= MAX_LOCAL && localClass(text, start - 1)) start--;
      // The run must begin at or after the previous address, hold 1 to 64 characters, and begin alphanumeric.
      if (start === at || at - start > MAX_LOCAL || localClass(text, start) !== 2) continue;
      if (start === taken && taken > 0 && localClass(text, start - 1)) continue;
      const domain = DOMAIN();
      domain.lastIndex = at + 1;
      if (!domain.test(text)) continue;
      const end = domain.lastIndex;
      taken = end;
      // A local part cannot end with a dot nor hold two in a row (RFC 5322 dot-atom).
      const local = text.slice(start, at);
      // The user of a URL (postgres://app@db.lan:5432, https://user:password@db.lan) is no mailbox: only a user's
      // characters, then maybe a ":" and a password, come between the "//" and it. After a URL without a path, a CSV
      // cell, a JSON member, a query's parameter or an HTML signature's next line may hold an address
      // (https://janedoe.com,jane.doe@gmail.com; https://acme.fr<br>jane.doe@acme.fr).
      // A git remote (git@github.com:org/repo.git) is a login on a host, and so is a variable's value in a URL
      // (https://$GH_TOKEN@github.com/...). An address masked with stars between its first and last letters
      // (m***d@orange.fr) is none either, and its last characters are not one (Markdown's **jean.dupont@orange.fr** and
      // Bob Smith**bob.smith@contoso.com** are).
      if ((at - start < 4 && before(text, start, /(?:^|[^\w*])\w{1,3}\*+$/, 24)) || local.endsWith('.') || local.includes('..') || NOT_ADDRESS.test(text.slice(start, end)) || (local === 'git' && text[end] === ':') || before(text, start, /:\/\/[%+~.$\w-]*(?::[^/@\s]*)?$/) || before(text, start, SSH, 80)) continue;
      findings.push(finding(this, start, end, (text[start - 1] === '<' && (before(text, start, MESSAGE_ID, 300) || headerIs(text, start, /message ?id/))) ? 'low' : 'high'));
    }
    return findings;
  },
};
