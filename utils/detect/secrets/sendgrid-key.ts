import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** SendGrid API keys: SG. then a 22-character id and a 43-character secret. */
export const sendgridKeyDetector = patternDetector({
  id: 'sendgrid-key',
  cues: ['sg.'],
  pattern: /(?<![\w.-])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/gy,
  finder: nearLiteral('SG.'),
  check: prefixed,
});
