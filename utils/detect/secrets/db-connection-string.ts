import { charTable, inClass } from '../char-table';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';
import { urlPasswordConfidence } from './shared';

// The user stops at the first colon and the password at the first @: each part has one possible end. A scheme
// may name a driver (mongodb+srv, SQLAlchemy's postgresql+psycopg2 and mysql+pymysql), and a replica set lists
// its hosts separated by commas (mongodb://u:p@a:27017,b:27017).
// The pattern is sticky: find() tries it only at the few offsets before a "://" where a scheme can start.
// The schemes in the order gzip codes best: no two of them end before the same "+" or ":", so any order finds the same.
const URL =
  /(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:mysqlx?|postgres(?:ql)?|mariadb|rediss?|mongodb|redshift|sqlserver|amqps?|mssql|clickhouse|cockroachdb|couchdbs?)(?:\+\w{1,20})?:\/\/[^\s:@/'"<>]{0,100}:[^\s@/'"<>]{1,200}@[A-Za-z0-9._-]{1,253}(?::\d{1,5})?(?:,[A-Za-z0-9._-]{1,253}(?::\d{1,5})?){0,16}/iy;
// The longest scheme with its prefix and a driver, "jdbc:cockroachdb+" and 20 characters, and the characters of schemes.
const MAX_SCHEME = 37;
const SCHEME_CHAR = charTable(/[\w+:]/);
// Characters that may not precede a scheme (the pattern's lookbehind).
const BEFORE = charTable(/[A-Za-z0-9+.-]/);

/** Database and broker URLs with a password (postgres, mysql, mongodb(+srv), redis(s), amqp(s), mssql...), through the host and port. */
export const dbConnectionStringDetector: Detector = {
  id: 'db-connection-string',
  type: 'secret.db_connection_string',
  cues: ['://'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // A match starts at most MAX_SCHEME characters before its "://", and no earlier than the end of the
    // previous match. Within that span, only offsets after a run of scheme characters' start or after a
    // ':' (as in "jdbc:") pass the lookbehind, so the pattern is tried there, leftmost first.
    let from = 0;
    for (let slashes = text.indexOf('://'); slashes >= 0; slashes = text.indexOf('://', Math.max(slashes + 1, from))) {
      const lowest = Math.max(from, slashes - MAX_SCHEME);
      let first = slashes;
      while (first > lowest && inClass(SCHEME_CHAR, text, first - 1)) first--;
      for (let start = first; start < slashes; start++) {
        if (inClass(BEFORE, text, start - 1)) continue;
        URL.lastIndex = start;
        const match = URL.exec(text);
        if (!match) continue;
        const end = start + match[0].length;
        from = end;
        const confidence = urlPasswordConfidence(match[0]);
        if (confidence) findings.push(finding(this, start, end, confidence));
        break;
      }
    }
    return findings;
  },
};
