import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Discord webhook URLs: https://discord.com/api/webhooks/<id>/<token>. */
export const discordWebhookDetector = patternDetector({
  id: 'discord-webhook',
  type: 'secret.generic_api_key',
  cues: ['discord'],
  pattern: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/[\w-]{60,80}(?![\w-])/g,
  check: prefixed,
});
