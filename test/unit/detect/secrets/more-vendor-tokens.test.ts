import { atlassianApiTokenDetector } from '../../../../utils/detect/secrets/atlassian-api-token';
import { databricksTokenDetector } from '../../../../utils/detect/secrets/databricks-token';
import { digitaloceanTokenDetector } from '../../../../utils/detect/secrets/digitalocean-token';
import { discordWebhookDetector } from '../../../../utils/detect/secrets/discord-webhook';
import { dockerhubTokenDetector } from '../../../../utils/detect/secrets/dockerhub-token';
import { linearApiKeyDetector } from '../../../../utils/detect/secrets/linear-api-key';
import { mailchimpApiKeyDetector } from '../../../../utils/detect/secrets/mailchimp-api-key';
import { onepasswordTokenDetector } from '../../../../utils/detect/secrets/onepassword-token';
import { pypiTokenDetector } from '../../../../utils/detect/secrets/pypi-token';
import { shopifyTokenDetector } from '../../../../utils/detect/secrets/shopify-token';
import { telegramBotTokenDetector } from '../../../../utils/detect/secrets/telegram-bot-token';
import { twilioApiKeyDetector } from '../../../../utils/detect/secrets/twilio-api-key';
import { vaultTokenDetector } from '../../../../utils/detect/secrets/vault-token';
import { ALNUM, B64, B64URL, DIGITS, HEX, b64url, describeDetector, flood, rand } from './fake';

// Vendor tokens reported as secret.generic_api_key. All synthetic (see fake.ts).

const shpat = `shpat_${rand(HEX, 32)}`;
describeDetector(
  shopifyTokenDetector,
  [['an Admin API access token', `X-Shopify-Access-Token: ${shpat}`, shpat, 'high']],
  [
    ['a non-hex value', `shpat_${rand('ghijklmnopqrstuvwxyz', 32)}`],
    ['a short value', 'shpat_1234'],
  ],
  [['prefix runs', flood('shpat_', shpat), [shpat]]],
);

const lin = `lin_api_${rand(ALNUM, 40)}`;
describeDetector(
  linearApiKeyDetector,
  [['a personal API key', `Authorization: ${lin}`, lin, 'high']],
  [['a short value', 'lin_api_key'], ['a placeholder', `lin_api_${'x'.repeat(40)}`]],
  [['prefix runs', flood('lin_api_', lin), [lin]]],
);

// The JSON inside a 1Password token, with made-up fields.
const ops = `ops_${b64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', salt: rand(ALNUM, 22) }, email: 'sa@example.invalid', srpX: rand(HEX, 64) }))}`;
describeDetector(
  onepasswordTokenDetector,
  [['a service-account token', `export OP_SERVICE_ACCOUNT_TOKEN=${ops}`, ops, 'high']],
  [['base64 that is not JSON', `ops_eyJ${rand(B64, 120)}`]],
  [['prefix runs', flood('ops_eyJ', ops), [ops]]],
);

const sk = `SK${rand(HEX, 32)}`;
describeDetector(
  twilioApiKeyDetector,
  [['an API key SID next to Twilio', `TWILIO_API_KEY=${sk}`, sk, 'high']],
  [
    ['the same shape without Twilio', `twilio is unrelated here, and far away ${' '.repeat(250)} ${sk}`],
    ['upper-case hex', `twilio SK${rand('0123456789ABCDEF', 32)}`],
  ],
  [['SK runs', flood('twilio SK', sk), [sk]]],
);

const mailchimp = `${rand(HEX, 32)}-us${rand(DIGITS, 2)}`;
describeDetector(
  mailchimpApiKeyDetector,
  [['an API key with its data center', `MAILCHIMP_KEY=${mailchimp}`, mailchimp, 'high']],
  [
    ['a hex digest without suffix', rand(HEX, 32)],
    ['a UUID-like value', 'f47ac10b-58cc-4372-a567-0e02b2c3d479-us'],
  ],
  [['hex runs', flood('a', mailchimp), [mailchimp]]],
);

const discord = `https://discord.com/api/webhooks/${rand(DIGITS, 18)}/${rand(B64URL, 68)}`;
describeDetector(
  discordWebhookDetector,
  [['a webhook URL', `webhook_url = "${discord}"`, discord, 'high']],
  [['a channel link', 'https://discord.com/channels/123456789012345678/123456789012345678']],
  [['URL runs', flood('https://discord.com/api/webhooks/123456789012345678/', discord), [discord]]],
);

const telegram = `${rand(DIGITS, 10)}:AA${rand(B64URL, 33)}`;
describeDetector(
  telegramBotTokenDetector,
  [
    ['a bot token', `TELEGRAM_BOT_TOKEN=${telegram}`, telegram, 'high'],
    ['the same shape with no context, low', `value ${telegram}`, telegram, 'low'],
  ],
  [['a time', 'the bot starts at 12345678:AA']],
  [['digit runs', flood('1', `bot ${telegram}`), [telegram]]],
);

const dop = `dop_v1_${rand(HEX, 64)}`;
describeDetector(
  digitaloceanTokenDetector,
  [['a personal access token', `DIGITALOCEAN_TOKEN=${dop}`, dop, 'high']],
  [['an upper-case value', `dop_v1_${rand('ABCDEF0123456789', 64)}`]],
  [['prefix runs', flood('dop_v1_', dop), [dop]]],
);

const pypi = `pypi-AgEIcHlwaS5vcmc${rand(B64URL, 160)}`;
describeDetector(
  pypiTokenDetector,
  [
    ['an upload token in .pypirc', `[pypi]\nusername = __token__\npassword = ${pypi}`, pypi, 'high'],
    ['an upload token given to uv', `uv publish --token ${pypi}`, pypi, 'high'],
  ],
  [['the prefix alone', 'pypi-AgEIcHlwaS5vcmc'], ['another index', `pypi-${rand(ALNUM, 100)}`]],
  [['prefix runs', flood('pypi-AgEIcHlwaS5vcmc', pypi), [pypi]]],
);

const dckr = `dckr_pat_${rand(B64URL, 27)}`;
describeDetector(
  dockerhubTokenDetector,
  [['a personal access token', `docker login -u me -p ${dckr}`, dckr, 'high']],
  [['a short value', 'dckr_pat_abc'], ['a placeholder', 'dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx']],
  [['prefix runs', flood('dckr_pat_', dckr), [dckr]]],
);

const hvs = `hvs.${rand(ALNUM, 24)}`;
const hvb = `hvb.${rand(B64URL, 138)}`;
describeDetector(
  vaultTokenDetector,
  [
    ['a service token', `VAULT_TOKEN=${hvs}`, hvs, 'high'],
    ['a batch token', `X-Vault-Token: ${hvb}`, hvb, 'high'],
    ['a readable value, low', 'hvs.this_is_not_a_real_token_at_all', 'hvs.this_is_not_a_real_token_at_all', 'low'],
  ],
  [['a file name', 'hvs.png'], ['a short value', 'hvs.abc123']],
  [['prefix runs', flood('hvs.', hvs), [hvs]]],
);

const atatt = `ATATT3xFfGF0${rand(B64URL, 170)}=${rand(HEX.toUpperCase(), 8)}`;
describeDetector(
  atlassianApiTokenDetector,
  [['an API token', `JIRA_API_TOKEN=${atatt}`, atatt, 'high']],
  [['a short value', 'ATATT3xFfGF0abc']],
  [['prefix runs', flood('ATATT3', atatt), [atatt]]],
);

const dapi = `dapi${rand(HEX, 32)}`;
describeDetector(
  databricksTokenDetector,
  [
    ['a personal access token', `DATABRICKS_TOKEN=${dapi}`, dapi, 'high'],
    ['a token with its suffix', `token: ${dapi}-2`, `${dapi}-2`, 'high'],
  ],
  [['a word', 'the dapi documentation'], ['upper-case hex', `dapi${rand('0123456789ABCDEF', 32)}`]],
  [['prefix runs', flood('dapi', dapi), [dapi]]],
);
