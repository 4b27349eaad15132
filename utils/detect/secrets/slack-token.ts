import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Slack tokens: bot, user, app, refresh and legacy tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxo-, xapp-) and the refresh tokens of token rotation (xoxe-). */
export const slackTokenDetector = patternDetector({
  id: 'slack-token',
  cues: ['xapp-', 'xox'],
  // Dash-separated segments: each segment stops at a dash, so the split is unambiguous.
  pattern: /(?<![A-Za-z0-9-])(?:xapp|xox[eaposbr])-(?:[A-Za-z0-9]{1,80}-){1,6}[A-Za-z0-9]{1,80}(?![A-Za-z0-9-])/gy,
  finder: nearLiteral('x'),
  // Real tokens hold long numeric ids and a random tail; "xoxb-your-token" is too short to be one.
  check: (value) => (value.length < 30 || !/\d{5}/.test(value) ? null : prefixed(value)),
});
