import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { urlPasswordConfidence } from './shared';

// The user stops at the first colon and the password at the first @: each part has one possible end. A scheme
// may name a driver (mongodb+srv, SQLAlchemy's postgresql+psycopg2 and mysql+pymysql), and a replica set lists
// its hosts separated by commas (mongodb://u:p@a:27017,b:27017).
// The pattern is sticky: the detector tries it only at the offsets before a "://" where a scheme can start.
// The schemes in the order gzip codes best: no two of them end before the same "+" or ":", so any order finds the same.
const URL =
  /(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:mysqlx?|postgres(?:ql)?|mariadb|rediss?|mongodb|redshift|sqlserver|amqps?|mssql|clickhouse|cockroachdb|couchdbs?)(?:\+\w{1,20})?:\/\/[^\s:@/'"<>]{0,100}:[^\s@/'"<>]{1,200}@[A-Za-z0-9._-]{1,253}(?::\d{1,5})?(?:,[A-Za-z0-9._-]{1,253}(?::\d{1,5})?){0,16}/giy;

/** Database and broker URLs with a password (postgres, mysql, mongodb(+srv), redis(s), amqp(s), mssql...), through the host and port. */
export const dbConnectionStringDetector = patternDetector({
  id: 'db-connection-string',
  cues: ['://'],
  pattern: URL,
  // A match starts at most 37 characters before its "://" (the longest scheme with its prefix and a driver,
  // "jdbc:cockroachdb+" and 20 characters), the first after its start (a scheme holds no '/'): the pattern is
  // tried at those offsets, leftmost first, and a match resumes the search after its end.
  finder: nearLiteral('://', 37),
  check: urlPasswordConfidence,
});
