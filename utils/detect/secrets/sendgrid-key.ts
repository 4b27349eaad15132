import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** SendGrid API keys: SG. then a 22-character id and a 43-character secret. */
export const sendgridKeyDetector = patternDetector({
  id: 'sendgrid-key',
  type: 'secret.sendgrid_key',
  prefilter: ['sg.'],
  pattern: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/gy,
  search: nearLiteral('SG.'),
  check: prefixed,
});
