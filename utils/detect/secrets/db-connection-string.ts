import { patternDetector } from '../pattern-detector';
import { urlPasswordConfidence } from './shared';

/** Database and broker URLs with a password (postgres, mysql, mongodb(+srv), redis(s), amqp(s), mssql...), through the host and port. */
export const dbConnectionStringDetector = patternDetector({
  id: 'db-connection-string',
  type: 'secret.db_connection_string',
  prefilter: ['://'],
  // The user stops at the first colon and the password at the first @: each part has one possible end.
  pattern:
    /(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:postgres(?:ql)?|mysqlx?|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|redshift|cockroachdb|clickhouse|couchdbs?):\/\/[^\s:@/'"<>]{0,100}:[^\s@/'"<>]{1,200}@[A-Za-z0-9._-]{1,253}(?::\d{1,5})?/gi,
  check: urlPasswordConfidence,
});
