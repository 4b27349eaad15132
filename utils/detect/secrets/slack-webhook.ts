import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Slack incoming-webhook and workflow URLs: https://hooks.slack.com/services/T.../B.../secret. */
export const slackWebhookDetector = patternDetector({
  id: 'slack-webhook',
  type: 'secret.slack_token',
  // Part of the host every match holds (a wider prefilter finds the same).
  cues: ['hooks.slack'],
  pattern: /https?:\/\/hooks\.slack\.com\/(?:workflows|services|triggers)\/T[A-Z0-9]{6,12}(?:\/[A-Za-z0-9]{6,48}){2,3}(?![A-Za-z0-9])/g,
  check: prefixed,
});
