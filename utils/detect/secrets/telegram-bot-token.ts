import { contextNear } from '../context';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Telegram bot tokens (bot id, colon, AA and 33 characters), high when a bot or Telegram is named nearby. */
export const telegramBotTokenDetector = patternDetector({
  id: 'telegram-bot-token',
  type: 'secret.generic_api_key',
  cues: [':aa'],
  pattern: /(?<![A-Za-z0-9])\d{8,10}:AA[\w-]{33}(?![\w-])/g,
  check: (value, text, start, end) => (contextNear(text, start, end, /bot|telegram/) ? prefixed(value) : 'low'),
});
