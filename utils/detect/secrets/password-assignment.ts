import { textBefore } from '../context';
import { finding } from '../finding';
import { allMatches } from '../matches';
import type { Confidence, Detector, Finding } from '../types';
import { charClasses, columnCells, isPlaceholder, looksFake, looksGenerated } from './shared';

// The password keywords (English, French, German, Spanish, Portuguese, Dutch, SQL's IDENTIFIED BY), as alternatives
// of the pattern.
// "pass" comes last, so that the longer keywords it starts are tried first at the same offset; not KeePass's (a password
// manager's name: "see KeePass | 2025-08-03"). SSSD writes an LDAP bind password as ldap_default_authtok.
const KEYWORDS = ['authtok', 'password', 'passwd', 'passphrase', 'pwd', 'pw', 'mot de passe', 'mdp', 'passwort', 'kennwort', 'contrase[ñn]a', '(?<![a-z])clave', 'senha', 'wachtwoord', 'identified by', '(?<!kee)pass'];
// The words of CLIENT, one of which its every match holds: passwords given on a command line or in a .netrc file; a
// PostgreSQL .pgpass file (host:port:database:user:password) is searched where the text names it.
const CLIENT_WORDS = ['requirepass', 'mariadb', 'pgpass', 'mysql', 'machine'];
const PREFILTER = ['authtok', 'pass', 'pw', 'mot de passe', 'mdp', 'kennwort', 'contrase', 'clave', 'senha', 'wachtwoord', 'identified', ...CLIENT_WORDS];
// After a password keyword: an optional suffix (DB_PASSWORD_PROD), an optional qualifier, a separator (=, :, :=, =>, =
// after up to 40 blanks as terraform fmt aligns it, ">" closing an XML tag, "," in PHP's define('DB_PASSWORD', ...) and
// env('DB_PASSWORD', ...), blanks after Apache's SetEnv or nginx's fastcgi_param and the name, blanks after Apache's
// AuthLDAPBindPassword and HAProxy's insecure-password or an admin's password in prose ("Grafana admin password ..."),
// "is"/"est"/"c'est"/"ist"/"es" in a sentence, a test typing into the password field (Cypress's
// cy.get('#password').type('...'), Selenium's send_keys("..."), Playwright's fill('...');
// a quoted value only: not a variable, nor Cypress's keys, '{enter}'), or only spaces before a quoted value as in SQL's
// PASSWORD 'x' and IDENTIFIED BY 'x'), then a quoted or bare value. In a sentence, up to five words of up to twenty
// letters may come between the keyword and the separator ("le mot de passe admin c'est ...", "Passwort geschickt: ...",
// "Das Initialpasswort für das Buchhaltungssystem lautet ...").
// A letter right after the keyword makes it part of a longer word ("Passwortrichtlinie", "contraseñas", "passenger"): a
// heading or a plural, not a key; a key's suffix starts with "_", "-" or a digit, or is a CloudFormation output's
// "Output" (PasswordOutput). Other capitals are not taken: PasswordLastUsed holds a date.
// In order: the suffix, an optional quote and a subscript's "]" before "=" ($db['default']['password'] = ..., php-fpm's
// env[DB_PASSWORD] = ..., Ruby's ENV['DB_PASSWORD'] = ...; not a Markdown reference link's "[password]: ..."); a
// "value" field after the one naming the password (Postman's {"key": "DB_PASSWORD", "value": "..."}, the env lists of
// Kubernetes, "- name: DB_PASSWORD" then "value: ...", and Azure app settings); a short qualifier before the separator
// ("password for the VPN: ...", "mot de passe du compte : ...", a note in brackets: "password (for diagnostics): ...",
// "MDP (comme demandé) : ...", its ")" right before the separator: "(for example: Tr0ub4dor&3)" gives an example) or
// the words of a sentence (maybe hyphenated: "Mot de passe Wi-Fi équipe: ...", "Passwort WLAN-Gäste: ...", "Contraseña
// temporal = ...", see find()), maybe with a note in brackets after them, judged as the words are ("Mot de passe root
// (console uniquement) : ...", "Contraseña root (solo consola): ..."); the separator (R's "<-" too, and a dash between
// blanks: "Passwort - ..."; a comma only in define(), env() and Java's setProperty(); a type between ":" and "=" in a
// typed declaration: TypeScript's and
// Python's "password: string = ...", Structured Text's "sPassword : STRING := ...", Ada's ": constant String :=",
// Rust's ": &str ="; the closing "**" of a Markdown label in bold before it: "- **Wi-Fi password**: ...", "**Mot de
// passe root** :"; "|" and a blank in a table's row, the key's cell then the value's: "moodle | SMTP_PASSWORD | ... |
// 2023-07-05"); the value, up to 16 blanks after it (a CLI's aligned fields: 1Password's "password:    ..."), in double
// or single quotes (T-SQL's Unicode N'...' too, after "=": French elides "n'importe") or bare, maybe given to
// PowerShell's ConvertTo-SecureString ($Pass = ConvertTo-SecureString "..." -AsPlainText -Force). One template, not one
// a part joined by "+": the content script's bytes. Its non-ASCII characters, and the line break of the qualifier's
// class, are regex escapes (für as f\xfcr, À-ÿ as \xc0-\xff, ’ as \u2019, \n): the build writes those of strings and
// regex literals so (ascii_only), not a template's, and bytes that occur once or twice in the script cost gzip 20 bytes
// or more.
const ASSIGNMENT = String.raw`(?!(?!output)[a-z])([\w-]{0,24})\\?["']?(?:\](?=[ \t]*=))?(?:,?\s{1,30}["']?value["']?)?(?:\s{1,2}(?:\((?=[^)\n]{1,44}\)[ \t]{0,3}[:=])|(?:for|of|du|de|pour|f\xfcr|para|del)\s)[^\n:="']{1,40}(?=[ \t]{0,3}[:=])|((?:[ \t]{1,2}[A-Za-z\xc0-\xff-]{2,20}){1,5}(?:[ \t]{1,2}\([^)\n]{1,40}\)(?=[ \t]{0,3}[:=]))?(?=\**[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|est|c['\u2019]est|ist|lautet|es)\s)))?(?:\**[ \t]{0,3}(?::=|=>|<-|:[ \t]*(?:constant )?&?[A-Za-z]\w{0,20}(?:\[\d*\])?[ \t]+:?=(?=[ \t]*\\?["'])|[:=]|[|-](?= )|(?<=<[^<>\s]{3,40})>|,(?<=\b(?:define|env|setProperty)\(\s*["'][\w-]{1,40}["']\s*,))|[ \t]+(?<=(?:setenv|fastcgi_param)[ \t]+[\w-]{1,60}[ \t]+|(?:bind|insecure-|admin )password[ \t]+)|\)\.(?:type|fill|send_?keys)\((?=['"][^{])|[ \t]{4,40}=|[ \t]{1,3}(is|est|c['\u2019]est|ist|lautet|es)(?:[ \t]{0,2}:)?(?=\s)|(?=[ \t]{1,3}['"]))[ \t]{0,16}(?:convertto-securestring (?:-\w+ )*)?(?:\\?"([^"\n]{1,200})"|(?:(?<==\s*)N)?'([^'\n]{1,200})'|([^\s"'\x60,;<>]{1,200}))`;
// The pattern for each set of keywords met so far, by their alternation (null when none occurs). Searching for
// the keywords that occur alone is several times faster than for all fourteen: a text holds one or two of them.
const patterns = new Map<string, RegExp | null>();

/** The assignment pattern for the keywords that can occur in a text holding the prefilter keywords `present` (all when unknown). */
function assignmentFor(present: ReadonlySet<string> | undefined): RegExp | null {
  // A keyword occurs only where the prefilter keyword that starts it (the pattern's syntax left out) does.
  const alternation = KEYWORDS.filter((k) => !present || PREFILTER.some((p) => present.has(p) && k.replace(/\[.*|\(.*\)/, '').startsWith(p))).join('|');
  let pattern = patterns.get(alternation);
  if (pattern === undefined) patterns.set(alternation, (pattern = alternation ? new RegExp(`(${alternation})${ASSIGNMENT}`, 'dgi') : null));
  return pattern;
}
// A MySQL or MariaDB client given its password glued to -p (mysql -u root -pS3cret), Redis's requirepass (in
// redis.conf at the start of a line, as redis-server's argument, maybe in a docker-compose list: "--requirepass",
// "S3cret", or to CONFIG SET) and a .netrc entry (machine host login user password S3cret, on one line or several).
// Case does not matter (MySQL, CONFIG SET).
// Their values are judged as in prose: a word ("requirepass directive", "login or password incorrect") is not one.
const CLIENT =
  /(?:\b(?:mysql(?:dump|admin)?|mariadb)\b[^\n]{0,60}?\s-p|(?:^[ \t]*|--|config set )requirepass[,\s"']{1,4}|\bmachine\s+\S{1,100}\s+login\s+\S{1,100}\s+password\s+|^[^\s:#]+:(?:\d+|\*):[^\s:]+:[^\s:]+:)([^\s"'\x60,;]{4,100})/dgim;
// A password a person chose, as define() and env() may hold one: digits, lower and upper case, no blank nor comma (a
// message, a list), and not the keyword itself with a digit (a language file's 'Passwort2', 'MotDePasse2'). The words
// in the order gzip codes best: test() finds the same in any order.
const CHOSEN = /^(?!.*(?:[Ww]ort|[,\s]|[Pp]ass))(?=.*\d)(?=.*[a-z])(?=.*[A-Z])/;
// Suffixes of keys that describe the password field instead of holding a password, or name a public key's (clave_publica:
// ssh-ed25519 AAAA...; clave is a key or a password).
// The words in the order gzip codes best: test() finds the same in any order.
const NOT_VALUE = /field|auth|blic|prompt|input|max|min|len|less|rule|salt|reset|hint|path|required|valid|type|expir|polic|change|label|hash|file|ur[il]|pattern|strength|regex|id$/i;

function confidence(value: string, prose: boolean, quoted: boolean): Confidence | null {
  // Paths and URLs point to where a password is kept; a value starting with "@" is the host after a placeholder read as
  // an XML element (https://user:<password>@nexus.example.eu/, @host/path, @localhost:5432), a SQL parameter
  // (@NewPassword, @Id) or a mention (@alice, @j.doe, @ops-team), a build placeholder (@DB_PASSWORD@) or an expression
  // (@parameters('pwd'), @{body('x')}, @vault(...)), none of which holds one of !#$%^&*+=?~: a generated password may
  // start with "@" (@Kpxa1Z^GqTR5q). A Stripe publishable key (pk_live_...) is public by design: a Spanish "Clave de
  // Stripe:" names a key, not a password. A note in brackets says where the password is ("(voir coffre 1Password)",
  // "(empty)"), a vendor's prefix before a placeholder shows its form (SG.<key>), SOPS writes the password it
  // encrypted as ENC[AES256_GCM,data:...]. So does a phrase saying it is given
  // on request ("on request", "auf Anfrage", "a petición", "à demander à l'IT", "sur demande", "demande-le moi"; not a
  // passphrase's words, which hold a digit: "bad request 400 lol", "velo demande lune 9 sapin"), or where to look for it
  // ("voir coffre-fort", "siehe Passwort-Safe", "see vault", "see KeePass"; not "see you later alligator"). The
  // alternatives in the order gzip codes best: test() finds the same in any order.
  if (isPlaceholder(value) || /^(?:@(?:[\w-]*[{./(:]|[^!#$%^&*+=?~]*$)|ENC\[|pk_(?:live|test)_|\((?:[a-z]+\)$|.* )|(?:\S{1,4} (?:anfrage|petici[oó]n|demande|request)|demande)\D*$|.*<[a-z][\w-]*>$|(?:[A-Za-z]:)?[\\/~]|(?:voir|siehe|ver|see) .*(?:coffre|safe|vault|pass))|:\/\//i.test(value)) return null;
  // A bare value calling code (a PowerShell cmdlet: Get-Secret, Read-Host), naming a variable (user_password, dbPwd),
  // starting the next key ("password= user=") or the error message of a shell expansion (${DB_PASSWORD:?missing})
  // refers to a password without being one (a variable: letters and "_" only, holding pass or pwd in any case).
  // So does a bare value that is itself "key=..." (an identifier in lower_snake or UPPER_SNAKE case, then = or :): the
  // password was empty and the next setting follows (password= db2name=x); a generated password such as F=08N5mo or
  // doX8IJ1=YL.8Z is mixed-case and stays a password, but one whose first part is in lower case (wauy6e4q=lLsez) is
  // taken for the next key.
  // The first pattern's alternatives in the order gzip codes best: test() finds the same in any order.
  if (
    !quoted &&
    (/^(?:(?:Get|Read)-[A-Z]|\?(?:[A-Za-z_]+\b|:))|[{([]|^(?:[a-z_][a-z0-9_.-]+|[A-Z_][_A-Z0-9.-]+)[:=].|^[A-Za-z_]+[:=]$/.test(value) || /^[A-Za-z_]*(?:pass|pwd)[A-Za-z_]*$/i.test(value))
  )
    return null;
  if (/^changeme$/i.test(value) || looksFake(value)) return 'low';
  // Documentation examples ("password: 'secret123'", "pass1") use dictionary words with a number (in the order gzip
  // codes best: test() finds the same in any order).
  if (/^(?:bar|pass(?:word)?|secret|pwd|admin|letmein|demo|test|example|sample|qwerty|foo(?:bared)?|s1mpl3)[0-9!]{0,4}$/i.test(value)) return 'low';
  const classes = charClasses(value);
  // In a sentence ("the password is incorrect") only a value mixing kinds of characters is a password.
  // (an accented word such as "expiré" is not: it needs a character other than a letter, or capitals inside).
  // Unicode properties are written in classes ([\p{Lu}]): esbuild writes a bare \p{...} as a `new RegExp` string.
  if (prose) return classes >= 2 && value.length >= 6 && /[^\p{L}]|.[\p{Lu}]/u.test(value) ? 'medium' : null;
  // A bare word ("Password : Enabled", "Root password: Locked" in a tool's aligned output) is a state, not a password.
  if (!quoted && /^[\p{Lu}]?[\p{Ll}]+$/u.test(value)) return 'low';
  // A capital then a blank make a message or a label ('Password too short', 'Mot de passe'; a passphrase is in lower case:
  // 'correct horse battery'), "type=" a form field's selector ('input[type=password]'), and "|" between words in lower
  // case a list of validation rules ('required|min:12|confirmed', Laravel's and CodeIgniter's), not a password.
  return !/^[A-Z].*\s|type=|^(?=.*\|)[\d|:,[\]a-z_]+$/.test(value) && (value.length >= 8 || (classes >= 2 && value.length >= 4)) ? 'medium' : 'low';
}

// A table with a password column (Markdown, CSV, TSV: "| host | user | password |", "login;mot de passe", "Name;Admin
// password"): the name of the column as a cell of a header row, after another (a pattern that starts with a separator is
// about three times as fast as one that can also start a line), maybe after a word that says whose or which (not
// "Hashed password" nor "Encrypted password", whose cells hold hashes and ciphertext).
const TABLE_HEADER = /[|;,\t][ "]*(?:(?!hash|encrypt)[\w-]+ )?(?:password|passwort|kennwort|mot de passe|contrase[ñn]a|mdp)[ "]*(?=[|;,\t\n]|$)/gi;

/** Passwords assigned in code, configuration or prose: password=, passwd:, pwd=, "password": "...", <password>, mot de passe :, Passwort:, contraseña:, clave:, mysql -p, requirepass, .netrc, a table's password column. */
export const passwordAssignmentDetector: Detector = {
  id: 'password-assignment',
  type: 'secret.password_assignment',
  cues: PREFILTER,
  find(text: string, present?: ReadonlySet<string>): Finding[] {
    const findings: Finding[] = [];
    const assignment = assignmentFor(present);
    for (const match of assignment ? allMatches(assignment, text) : []) {
      const keyword = match[1];
      const before = text[match.index - 1] ?? '';
      // Short keywords must stand alone ("pwd", "pass", not "rpwd", "bypass"), unless camelCase ("dbPwd", "dbPass") or
      // after "db" or "smtp" (Moodle's $CFG->dbpass and smtppass; in the order gzip codes best).
      if (keyword.length <= 4 && /[A-Za-z]/.test(before) && !(/[a-z]/.test(before) && /[A-Z]/.test(keyword[0])) && !/(?:smtp|db)$/i.test(textBefore(text, match.index, 4))) continue;
      // The words of a sentence can describe the password's reset ticket, expiry date or policy instead ("The password
      // reset ticket for this user is INC0012345"), or a tool's fields its dates, hint or id ("Password last set:
      // 2024-03-12", "Kennwort geändert am: ...", "Password hint: ..."), or where it is kept ("Password manager (team
      // vault): 1Password"), its form's field, or that it is a public key's ("Clave pública: ssh-ed25519 AAAA...": clave
      // is a key or a password). The words in the order gzip codes best.
      // Hyphenated words in lower case describe it too ("Password roll-over: ...", "Password follow-up: ..."); a capital
      // after the hyphen names which password ("Wi-Fi", "WLAN-Gäste", "VPN-Zugang").
      // (Without words, test() reads the group's undefined as the text "undefined", which neither pattern matches.)
      if (NOT_VALUE.test(match[2]) || /field|\bon\b|updat|reset|hint|ge\xe4ndert|expir|polic|change|last|ticket|blic|creat|manager|vault|date\b|\bid\b/i.test(match[3]) || /[a-z]-[a-z]/.test(match[3])) continue;
      const group = match.findIndex((value, i) => i > 4 && value !== undefined);
      // A sentence can end right after a bare value; its final punctuation is not part of it. A quoted value in JSON
      // that is itself a string (a HAR file's postData: \"password\":\"...\") ends with the backslash of its quote.
      let value = match[group].replace(group === 7 ? /[.)\]}]+$/ : /\\$/, '');
      // In a query string (?user=a&password=b&next=c) the value stops at the next parameter.
      if (group === 7 && /[?&]/.test(before)) value = value.split('&')[0];
      // "pw" (the one keyword of two letters) is also a pulse width, a power or a width in code (PW=0.5ms, Pw: 1.5kW,
      // pw = patch_w): a bare word or a number with a unit after it is not a password.
      if (keyword.length < 3 && group > 6 && /^(?:[a-z_]+|[\d.]+[a-zµ]*)$/i.test(value)) continue;
      const start = match.indices![group][0];
      // "clave API:", "contraseña de la API": the key of an API, not a password. PHP's define() also names passwords in
      // language files ('Password:', messages) and settings ('argon2id'), and Laravel's env() gives a default (often a
      // placeholder): only a generated value, or one a person chose (a word, digits, mixed case: Sommer716#Bt; not a
      // label such as 'Passwort2', nor a list), counts there, as in Java's setProperty(). Only their values follow a
      // comma (the pattern's ',' separator), maybe with a quote.
      const lead = text.slice(match.index, start);
      // A table's row holds the value in the cell after the key's only where the key is a setting's name (SMTP_PASSWORD),
      // and the value a generated one: "PASSWORD | DESCRIPTION", "| login | pass | 12ms |" and "echo $DB_PASSWORD | base64"
      // hold none. (A ticket's "| Password | Orchid68! |" is left out too: its rows of tools, rules and statuses,
      // "| Password | KeePassXC-2.7.9 |", "| Password | IT-Team#3 |", look the same.)
      if (lead.includes('|') && (before !== '_' || charClasses(value) < 3)) continue;
      if (/\bapi\b/i.test(lead) || (/,\s*["']?$/.test(lead) && !looksGenerated(value) && !CHOSEN.test(value))) continue;
      const level = confidence(value, match[3] !== undefined || match[4] !== undefined, group !== 7);
      // A prefix of letters and "_" or "-" that runs into a placeholder (npm_<token>, sk-<key>) is the placeholder's; a
      // password that runs into an HTML tag (Zq9!mN4vRt<br>, Paris2025_<br>) holds more than letters. A value with an
      // ellipsis right after a prefix's "-" or "_", or after a capital, or "…" after a ".", is a key shown cut
      // ("sk-proj-…I2gN", "sk_live_...7Scd", "sk-ant-api03-...", "AKIA…AWLY", "SG.…"), not a password, and so is a value of
      // at most five characters on each side of "…" (the middle of a value left out: "Clave (enmascarada): AIza…LbAA"); a
      // password may hold one after a small letter ("Hallo...Welt42", "Luna…Sol_88"), or end in one in a sentence that goes
      // on ("est Vf6LWl!5UC9AGm… je te le confirme"). (The cases in the order gzip codes best: test() finds the same in any
      // order.)
      if (!level || /^[a-z]+[_-]$/i.test(value) && text[start + value.length] === '<' || /^\S{1,5}\u2026\S{1,5}$|\.\u2026|[-_A-Z](?:\u2026|\.\.\.)/.test(match[group])) continue;
      findings.push(finding(this, start, start + value.length, level));
    }
    // Under a password column, only a value that no word or rule could be counts (no blank, eight characters or more of
    // three kinds): a table of password rules holds "12 characters" and "Required".
    for (const [start, value] of columnCells(text, TABLE_HEADER)) {
      const level = !/\s/.test(value) && value.length > 7 && charClasses(value) > 2 && confidence(value, false, true);
      if (level) findings.push(finding(this, start, start + value.length, level));
    }
    // Without one of the client pattern's words, it cannot match.
    if (present && !CLIENT_WORDS.some((k) => present.has(k))) return findings;
    for (const match of allMatches(CLIENT, text)) {
      const level = confidence(match[1], true, false);
      const start = match.indices![1][0];
      if (level) findings.push(finding(this, start, start + match[1].length, level));
    }
    return findings;
  },
};
