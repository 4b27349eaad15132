import { patternDetector } from '../pattern-detector';
import { looksGenerated } from './shared';

/**
 * Bearer tokens in an Authorization header or a curl command, the Token scheme (Django REST framework's,
 * NetBox's "Authorization: Token 9944b0..."), Basic credentials (the base64 of "user:password"), and the secret
 * of the user:secret pair given to curl -u/--user (Mailgun's api:key-..., Twilio's SID:token): "Bearer", "Token",
 * "Basic" or the pair, and a high-entropy value.
 */
export const bearerTokenDetector = patternDetector({
  id: 'bearer-token',
  type: 'secret.generic_api_key',
  // "-u" is in both "-u " and "--user": the pattern decides which follows (a wider prefilter finds the same).
  cues: ['basic', 'token', 'bearer', '-u'],
  pattern: /(?:(?<![A-Za-z])(?:basic|token|bearer)\s{1,3}|-(?:u |-user[= ])["']?[.@\w-]{1,64}:)([\w+/.~-]{20,500}={0,2})(?![\w+/=.~-])/dgi,
  group: 1,
  // A JSON Web Token (eyJ..., with a dot) is the JWT detector's to judge. Without a dot, a base64 JSON object of 64
  // characters at most is a cursor or a state sent as a token ({"offset":574,"limit":50}): one that holds a secret is
  // longer (Grafana's keys, {"k":...; Cloudflare's tunnel tokens, {"a":...,"t":...,"s":...}; Elastic's enrollment tokens).
  // Stripe's publishable keys (pk_live_...) are public by design, as the generic key detector holds (not ClickUp's
  // personal tokens, pk_<digits>_...). A value cut short by an ellipsis ("Bearer eyJhbGciOiJIUzI1NiIs...") is an
  // example in documentation, not a token.
  check: (value, text, _start, end) => (!/^(?:pk_\D|eyJ(?:[\w-]*\.|[\w+/=-]{0,61}$))|\.\.$/.test(value) && looksGenerated(value.replace(/\.+$/, '')) && text[end] !== '…' ? 'medium' : null),
});
