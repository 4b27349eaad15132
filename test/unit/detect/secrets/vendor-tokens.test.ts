import { anthropicApiKeyDetector } from '../../../../utils/detect/secrets/anthropic-api-key';
import { awsAccessKeyIdDetector } from '../../../../utils/detect/secrets/aws-access-key-id';
import { githubTokenDetector } from '../../../../utils/detect/secrets/github-token';
import { gitlabTokenDetector } from '../../../../utils/detect/secrets/gitlab-token';
import { googleApiKeyDetector } from '../../../../utils/detect/secrets/google-api-key';
import { huggingfaceTokenDetector } from '../../../../utils/detect/secrets/huggingface-token';
import { npmTokenDetector } from '../../../../utils/detect/secrets/npm-token';
import { openaiApiKeyDetector } from '../../../../utils/detect/secrets/openai-api-key';
import { sendgridKeyDetector } from '../../../../utils/detect/secrets/sendgrid-key';
import { slackTokenDetector } from '../../../../utils/detect/secrets/slack-token';
import { slackWebhookDetector } from '../../../../utils/detect/secrets/slack-webhook';
import { stripeKeyDetector } from '../../../../utils/detect/secrets/stripe-key';
import { ALNUM, B64URL, BASE32, DIGITS, LETTERS, UPPER_ALNUM, describeDetector, flood, rand } from './fake';

// All tokens are synthetic (see fake.ts); the few literal ones are the vendors' own documentation examples or obvious fakes.

const akia = `AKIA${rand(BASE32, 16)}`;
const asia = `ASIA${rand(BASE32, 16)}`;
describeDetector(
  awsAccessKeyIdDetector,
  [
    ['a long-term key id', `aws_access_key_id = ${akia}`, akia, 'high'],
    ['a session key id in JSON', `{"AccessKeyId": "${asia}"}`, asia, 'high'],
    ['the documentation example, low', 'AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', 'low'],
  ],
  [
    ['a key id one character short', `AKIA${rand(BASE32, 15)}`],
    ['a key id glued to other characters', `x${akia}9`],
    ['characters outside base32', 'AKIA0123456789018901'],
    ['lower case', akia.toLowerCase()],
  ],
  [
    ['AKIA runs', flood('AKIA', akia), [akia]],
    ['upper-case letters', flood('A', asia), [asia]],
  ],
);

const ghp = `ghp_${rand(ALNUM, 36)}`;
const ghs = `ghs_${rand(ALNUM, 36)}`;
const pat = `github_pat_${rand(ALNUM, 22)}_${rand(ALNUM, 59)}`;
describeDetector(
  githubTokenDetector,
  [
    ['a classic personal token', `export GITHUB_TOKEN=${ghp}`, ghp, 'high'],
    ['an app installation token in a URL', `https://x-access-token:${ghs}@github.com/o/r.git`, ghs, 'high'],
    ['a fine-grained token', `token: "${pat}"`, pat, 'high'],
    ['an obvious placeholder, low', `ghp_${'x'.repeat(36)}`, `ghp_${'x'.repeat(36)}`, 'low'],
  ],
  [
    ['a token one character short', `ghp_${rand(ALNUM, 35)}`],
    ['an unknown prefix', `ghx_${rand(ALNUM, 36)}`],
    ['a token inside a longer word', `${ghp}abc`],
    ['a placeholder', 'GITHUB_TOKEN=ghp_YOUR_TOKEN_HERE'],
  ],
  [
    ['ghp_ runs', flood('ghp_', ghp), [ghp]],
    ['token characters', flood('ghp_a', pat), [pat]],
  ],
);

const glpat = `glpat-${rand(ALNUM + '_-', 20)}`;
const glrt = `glrt-${rand(ALNUM, 26)}`;
const registration = `GR1348941${rand(ALNUM, 20)}`;
describeDetector(
  gitlabTokenDetector,
  [
    ['a personal access token', `PRIVATE-TOKEN: ${glpat}`, glpat, 'high'],
    ['a runner token', `token = "${glrt}"`, glrt, 'high'],
    ['a runner registration token', `--registration-token ${registration}`, registration, 'high'],
    ['a routable token, without the final dot', `${glpat}.01.1a2b3c4d5. Done`, `${glpat}.01.1a2b3c4d5`, 'high'],
  ],
  [
    ['a short value', 'glpat-abc'],
    ['a placeholder', 'glpat-xxxxxxxxxxxxxxxxxxxx'],
    ['a prefix glued to a word', `myglpat-${rand(ALNUM, 20)}`],
  ],
  [['glpat- runs', flood('glpat-', glrt), [glrt]]],
);

const xoxb = `xoxb-${rand(DIGITS, 12)}-${rand(DIGITS, 13)}-${rand(ALNUM, 24)}`;
const xapp = `xapp-1-A${rand(UPPER_ALNUM, 10)}-${rand(DIGITS, 13)}-${rand('0123456789abcdef', 64)}`;
describeDetector(
  slackTokenDetector,
  [
    ['a bot token', `SLACK_BOT_TOKEN=${xoxb}`, xoxb, 'high'],
    ['an app-level token', `"${xapp}"`, xapp, 'high'],
    ["token rotation's refresh token", `Nimm vorerst diesen: ${xoxb.replace('xoxb', 'xoxe')}`, xoxb.replace('xoxb', 'xoxe'), 'high'],
  ],
  [
    ['a placeholder', 'SLACK_BOT_TOKEN=xoxb-your-token'],
    ['a made-up token', 'xoxb-123456789012-123456789012-xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a word', 'the xoxo- greeting'],
  ],
  [
    ['dash runs', flood('xoxb-1', xoxb), [xoxb]],
    ['segments', flood('xoxp-12345-', xoxb), [xoxb]],
  ],
);

const hook = `https://hooks.slack.com/services/T${rand(UPPER_ALNUM, 8)}/B${rand(UPPER_ALNUM, 10)}/${rand(ALNUM, 24)}`;
describeDetector(
  slackWebhookDetector,
  [
    ['an incoming webhook', `curl -X POST ${hook} -d '{}'`, hook, 'high'],
    ['the documentation example, low', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'low'],
  ],
  [
    ['the API site', 'https://api.slack.com/messaging/webhooks'],
    ['a webhook without its secret', 'https://hooks.slack.com/services/'],
  ],
  [['path runs', flood('https://hooks.slack.com/services/T12345678/', hook), [hook]]],
);

const live = `sk_live_${rand(ALNUM, 24)}`;
const restricted = `rk_live_${rand(ALNUM, 99)}`;
const test = `sk_test_${rand(ALNUM, 24)}`;
describeDetector(
  stripeKeyDetector,
  [
    ['a live secret key', `Stripe.api_key = "${live}"`, live, 'high'],
    ['a long restricted key', `STRIPE_KEY=${restricted}`, restricted, 'high'],
    ['a test key, low', `stripe.setKey('${test}')`, test, 'low'],
  ],
  [
    ['a publishable key', `pk_live_${rand(ALNUM, 24)}`],
    ['a placeholder', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a short value', 'sk_live_abc'],
  ],
  [['prefix runs', flood('sk_live_', live), [live]]],
);

const aiza = `AIza${rand(B64URL, 35)}`;
describeDetector(
  googleApiKeyDetector,
  [
    ['an API key in a URL', `https://maps.googleapis.com/maps/api/js?key=${aiza}&callback=init`, aiza, 'high'],
    // Synthetic keys (typed for this test, never issued): a generator's mixed case can spell a placeholder word
    // (yOuR, sAmPlE); a word in one case is a placeholder.
    ['a random key holding "yOuR"', 'GoogleKeyOutput: AIzaQ7yOuRw2Kd9TmZp4Lx8Vc1Nb6Hs3Fj5GtRe', 'AIzaQ7yOuRw2Kd9TmZp4Lx8Vc1Nb6Hs3Fj5GtRe', 'high'],
    ['a random key holding "sAmPlE"', 'key=AIzaK3sAmPlEq8Wn2Zt5Rb7Yc4Mh1Dv6Gx9Lp0S', 'AIzaK3sAmPlEq8Wn2Zt5Rb7Yc4Mh1Dv6Gx9Lp0S', 'high'],
    ['a documentation key, low', 'AIzaSyYourApiKeyHere-000000000000000000', 'AIzaSyYourApiKeyHere-000000000000000000', 'low'],
    ['a placeholder in capitals, low', 'AIzaSy_EXAMPLE_k3Yq8Wn2Zt5Rb7Yc4Mh1Dv6G', 'AIzaSy_EXAMPLE_k3Yq8Wn2Zt5Rb7Yc4Mh1Dv6G', 'low'],
  ],
  [
    ['a key one character short', `AIza${rand(ALNUM, 34)}`],
    ['a key inside a longer string', `${aiza}Q`],
  ],
  [['AIza runs', flood('AIza', aiza), [aiza]]],
);

const proj = `sk-proj-${rand(B64URL, 74)}T3BlbkFJ${rand(B64URL, 74)}`;
const legacy = `sk-${rand(ALNUM, 20)}T3BlbkFJ${rand(ALNUM, 20)}`;
const unmarked = `sk-svcacct-${rand(ALNUM, 64)}`;
describeDetector(
  openaiApiKeyDetector,
  [
    ['a project key', `OPENAI_API_KEY=${proj}`, proj, 'high'],
    ['a legacy key', `openai.api_key = "${legacy}"`, legacy, 'high'],
    ['a service-account key without the marker, medium', unmarked, unmarked, 'medium'],
    ['a legacy-length key without the marker, medium', 'OPENAI_API_KEY=sk-whUyqtnD0KQrTpcLSbkThdvfpPtNjLo8dydRFEuHgsTYZwFm', 'sk-whUyqtnD0KQrTpcLSbkThdvfpPtNjLo8dydRFEuHgsTYZwFm', 'medium'],
  ],
  [
    ['an Anthropic key', `sk-ant-api03-${rand(B64URL, 93)}AA`],
    ['a Stripe key', `sk_live_${rand(ALNUM, 48)}`],
    ['a key of 47 letters and digits', `sk-${rand(ALNUM, 47)}`],
    ['a placeholder', 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ],
  [
    ['sk- runs', flood('sk-', legacy), [legacy]],
    ['project-key characters', flood('sk-proj-', proj), [proj]],
  ],
);

const ant = `sk-ant-api03-${rand(B64URL, 93)}AA`;
const admin = `sk-ant-admin01-${rand(B64URL, 93)}AA`;
describeDetector(
  anthropicApiKeyDetector,
  [
    ['an API key', `ANTHROPIC_API_KEY=${ant}`, ant, 'high'],
    ['an admin key', `x-api-key: ${admin}`, admin, 'high'],
    ['a truncated key, medium', `sk-ant-api03-${'Ab3dE'.repeat(6)}`, `sk-ant-api03-${'Ab3dE'.repeat(6)}`, 'medium'],
  ],
  [
    ['an OpenAI key', proj],
    ['a placeholder', 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['the prefix alone', 'keys look like sk-ant-api03-...'],
  ],
  [['sk-ant- runs', flood('sk-ant-api03-', ant), [ant]]],
);

const hf = `hf_${rand(LETTERS, 34)}`;
describeDetector(
  huggingfaceTokenDetector,
  [
    ['a user access token', `HF_TOKEN=${hf}`, hf, 'high'],
    ['a one-case run, low', `hf_${'abcdefghijklmnopq'.repeat(2)}`, `hf_${'abcdefghijklmnopq'.repeat(2)}`, 'low'],
    ['a token with digits (read as TruffleHog reads them)', 'HF_TOKEN=hf_HousMSQx4vIsv7QOtjBIkqJ47egOBCSsFq', 'hf_HousMSQx4vIsv7QOtjBIkqJ47egOBCSsFq', 'high'],
  ],
  [
    ['a short value', 'hf_hub_download'],
    ['a Python identifier', 'hf_hub_download_with_a_long_name_for_the_cache'],
    ['a run of 41 characters', `hf_${rand(ALNUM, 40)}0`],
  ],
  [['hf_ runs', flood('hf_', hf), [hf]]],
);

const npm = `npm_${rand(ALNUM, 36)}`;
describeDetector(
  npmTokenDetector,
  [['an .npmrc token', `//registry.npmjs.org/:_authToken=${npm}`, npm, 'high']],
  [
    ['an identifier', 'npm_config_registry'],
    ['a placeholder', 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ],
  [['npm_ runs', flood('npm_', npm), [npm]]],
);

const sg = `SG.${rand(B64URL, 22)}.${rand(B64URL, 43)}`;
describeDetector(
  sendgridKeyDetector,
  [['an API key', `SENDGRID_API_KEY='${sg}'`, sg, 'high']],
  [
    ['a placeholder', 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a sentence', 'SG. Smith and Co. signed the contract.'],
  ],
  [['SG. runs', flood('SG.', sg), [sg]]],
);
