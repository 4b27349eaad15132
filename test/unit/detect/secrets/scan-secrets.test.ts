import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../../utils/detect/scan';
import { SECRET_DETECTORS } from '../../../../utils/detect/secrets';
import { ALNUM, B64, B64URL, BASE32, DIGITS, HEX, LETTERS, b64url, flood, rand } from './fake';

// The secret types of the shared vocabulary (../shared/finding-types.md).
const SECRET_TYPES = [
  'secret.aws_access_key_id',
  'secret.aws_secret_access_key',
  'secret.github_token',
  'secret.gitlab_token',
  'secret.slack_token',
  'secret.stripe_key',
  'secret.google_api_key',
  'secret.openai_api_key',
  'secret.anthropic_api_key',
  'secret.huggingface_token',
  'secret.npm_token',
  'secret.sendgrid_key',
  'secret.azure_key',
  'secret.private_key',
  'secret.jwt',
  'secret.db_connection_string',
  'secret.url_credentials',
  'secret.password_assignment',
  'secret.generic_api_key',
];

// Realistic pastes built from synthetic values (see fake.ts): nothing here is a real credential.
const v = {
  pw: rand(ALNUM, 18),
  pw2: rand(ALNUM, 20),
  akia: `AKIA${rand(BASE32, 16)}`,
  awsSecret: rand(B64, 40),
  ghp: `ghp_${rand(ALNUM, 36)}`,
  glpat: `glpat-${rand(ALNUM, 20)}`,
  stripe: `sk_live_${rand(ALNUM, 24)}`,
  stripeTest: `sk_test_${rand(ALNUM, 24)}`,
  openai: `sk-proj-${rand(B64URL, 74)}T3BlbkFJ${rand(B64URL, 74)}`,
  anthropic: `sk-ant-api03-${rand(B64URL, 93)}AA`,
  hf: `hf_${rand(LETTERS, 34)}`,
  sg: `SG.${rand(B64URL, 22)}.${rand(B64URL, 43)}`,
  accountKey: `${rand(B64, 86)}==`,
  hex: rand(HEX, 32),
  aiza: `AIza${rand(B64URL, 35)}`,
  npm: `npm_${rand(ALNUM, 36)}`,
  xoxb: `xoxb-${rand(DIGITS, 12)}-${rand(DIGITS, 13)}-${rand(ALNUM, 24)}`,
  hook: `https://hooks.slack.com/services/T${rand('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/B${rand('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}/${rand(ALNUM, 24)}`,
  jwt: `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(`{"sub":"${rand(ALNUM, 10)}","exp":1900000000}`)}.${rand(B64URL, 86)}`,
  keyId: rand(HEX, 40),
  pkcs8: `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${rand(B64, 600)}\\n-----END PRIVATE KEY-----`,
  openssh: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${rand(B64, 280).replace(/(.{70})/g, '$1\n')}\n-----END OPENSSH PRIVATE KEY-----`,
  bearer: rand(B64URL, 48),
  dckr: `dckr_pat_${rand(B64URL, 27)}`,
};

const env = `# production settings
NODE_ENV=production
DATABASE_URL=postgres://app:${v.pw}@db.internal:5432/app
REDIS_URL=redis://:${v.pw2}@cache.internal:6379/0
AWS_ACCESS_KEY_ID=${v.akia}
AWS_SECRET_ACCESS_KEY=${v.awsSecret}
GITHUB_TOKEN=${v.ghp}
GITLAB_TOKEN=${v.glpat}
STRIPE_SECRET_KEY=${v.stripe}
OPENAI_API_KEY=${v.openai}
ANTHROPIC_API_KEY=${v.anthropic}
HF_TOKEN=${v.hf}
SENDGRID_API_KEY=${v.sg}
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${v.accountKey};EndpointSuffix=core.windows.net
SMTP_PASSWORD=${v.pw2}
WEATHER_API_KEY=${v.hex}
LOG_LEVEL=info
`;

const json = `{
  "google": { "apiKey": "${v.aiza}" },
  "npm": { "token": "${v.npm}" },
  "slack": { "botToken": "${v.xoxb}", "alerts": "${v.hook}" },
  "session": { "jwt": "${v.jwt}" },
  "gcp": {
    "type": "service_account",
    "project_id": "demo-project",
    "private_key_id": "${v.keyId}",
    "private_key": "${v.pkcs8}\\n",
    "client_email": "svc@demo-project.iam.gserviceaccount.com"
  },
  "proxy": "http://proxyuser:${v.pw}@proxy.corp.example:3128",
  "db": { "host": "db.internal", "user": "app", "password": "${v.pw2}" },
  "retries": 3
}`;

const shell = `  501  export GITHUB_TOKEN=${v.ghp}
  502  curl -H "Authorization: Bearer ${v.bearer}" https://api.example.com/v1/me
  503  psql "postgresql://admin:${v.pw}@10.0.3.7:5432/prod"
  504  docker login -u deploy -p ${v.dckr}
  505  git clone https://deploy:${v.pw2}@git.example.com/team/repo.git
  506  mysqldump -u root --password=${v.pw} shop > shop.sql
  507  az storage blob list --account-name demo --account-key ${v.accountKey}
  508  ls -la
`;

const slack = `hey Marc, here is the staging bot token ${v.xoxb} and the key for the bastion:
${v.openssh}
password for the admin console: Adm1n!Console2024
(the ${v.stripeTest} key is only the sandbox one, no worries)`;

function secrets(text: string): [string, string, string][] {
  return scan(text, { minConfidence: 'medium' })
    .filter((f) => f.type.startsWith('secret.'))
    .map((f) => [f.type, text.slice(f.start, f.end), f.confidence]);
}

describe('scan() on realistic pastes', () => {
  it('reports every secret of a .env file', () => {
    expect(secrets(env)).toEqual([
      ['secret.db_connection_string', `postgres://app:${v.pw}@db.internal:5432`, 'high'],
      ['secret.db_connection_string', `redis://:${v.pw2}@cache.internal:6379`, 'high'],
      ['secret.aws_access_key_id', v.akia, 'high'],
      ['secret.aws_secret_access_key', v.awsSecret, 'high'],
      ['secret.github_token', v.ghp, 'high'],
      ['secret.gitlab_token', v.glpat, 'high'],
      ['secret.stripe_key', v.stripe, 'high'],
      ['secret.openai_api_key', v.openai, 'high'],
      ['secret.anthropic_api_key', v.anthropic, 'high'],
      ['secret.huggingface_token', v.hf, 'high'],
      ['secret.sendgrid_key', v.sg, 'high'],
      ['secret.azure_key', `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${v.accountKey};EndpointSuffix=core.windows.net`, 'high'],
      ['secret.password_assignment', v.pw2, 'medium'],
      ['secret.generic_api_key', v.hex, 'medium'],
    ]);
  });

  // The private_key_id of a service-account key names the key (it is the kid of the tokens it signs): the key
  // itself is its private_key.
  it('reports every secret of a JSON config with a GCP service account, not its key id', () => {
    expect(secrets(json)).toEqual([
      ['secret.google_api_key', v.aiza, 'high'],
      ['secret.npm_token', v.npm, 'high'],
      ['secret.slack_token', v.xoxb, 'high'],
      ['secret.slack_token', v.hook, 'high'],
      ['secret.jwt', v.jwt, 'high'],
      ['secret.private_key', v.pkcs8, 'high'],
      ['secret.url_credentials', `http://proxyuser:${v.pw}@proxy.corp.example:3128`, 'high'],
      ['secret.password_assignment', v.pw2, 'medium'],
    ]);
  });

  it('reports every secret of a shell history', () => {
    expect(secrets(shell)).toEqual([
      ['secret.github_token', v.ghp, 'high'],
      ['secret.generic_api_key', v.bearer, 'medium'],
      ['secret.db_connection_string', `postgresql://admin:${v.pw}@10.0.3.7:5432`, 'high'],
      ['secret.generic_api_key', v.dckr, 'high'],
      ['secret.url_credentials', `https://deploy:${v.pw2}@git.example.com/team/repo.git`, 'high'],
      ['secret.password_assignment', v.pw, 'medium'],
      ['secret.azure_key', v.accountKey, 'medium'],
    ]);
  });

  it('reports every secret of a Slack message, and the test key only at low', () => {
    expect(secrets(slack)).toEqual([
      ['secret.slack_token', v.xoxb, 'high'],
      ['secret.private_key', v.openssh, 'high'],
      ['secret.password_assignment', 'Adm1n!Console2024', 'medium'],
    ]);
    expect(scan(slack).some((f) => f.type === 'secret.stripe_key' && f.confidence === 'low')).toBe(true);
  });

  it.each([
    ['a French note', `Accès Brevo :\nidentifiant : jane@example.fr\nmot de passe : ${v.pw}\nclé API : ${v.pw2}\n`],
    ['a Spanish note', `Acceso a Algolia:\nusuario: jane@example.es\ncontraseña: ${v.pw}\nclave API: ${v.pw2}\n`],
    ['an English note', `Datadog access\nlogin: jane@acme-demo.com\npassword: ${v.pw}\nAPI key: ${v.pw2}\n`],
  ])('reports the password and the API key of credentials written in words (%s)', (_name, text) => {
    expect(secrets(text)).toEqual([
      ['secret.password_assignment', v.pw, 'medium'],
      ['secret.generic_api_key', v.pw2, 'medium'],
    ]);
  });

  it('covers every secret type of the vocabulary across the pastes', () => {
    const found = new Set([env, json, shell, slack].flatMap((text) => secrets(text).map(([type]) => type)));
    expect([...found].sort()).toEqual([...SECRET_TYPES].sort());
  });

  // A German form names the key with no English word in it: the prefilter must let the generic detector run on it.
  it('reports an API key under its German label alone', () => {
    expect(secrets(`Lieferantenstammdaten\nAPI-Schlüssel: ${v.hex}\nRef.: 4510928841`)).toEqual([['secret.generic_api_key', v.hex, 'medium']]);
  });

  it('reports nothing at medium or above in code that reads secrets from the environment', () => {
    const code = `const config = {
  apiKey: process.env.OPENAI_API_KEY,
  password: process.env.DB_PASSWORD ?? '',
  token: os.getenv("GITHUB_TOKEN"),
  secret: \${{ secrets.DEPLOY_SECRET }},
  db: \`postgres://app:\${DB_PASS}@db:5432/app\`,
  example: "AKIAIOSFODNN7EXAMPLE",
  commit: "${rand(HEX, 40)}",
  id: "f47ac10b-58cc-4372-a567-0e02b2c3d479",
  blob: "${rand(B64, 120)}",
};`;
    expect(secrets(code)).toEqual([]);
  });

  // A token given as the password of a URL is two values: the URL's credentials, and a token that works anywhere.
  it.each([
    ['a GitLab token for oauth2', (t: string) => `git remote add origin https://oauth2:${t}@gitlab.example.com/team/app.git`, v.glpat, 'secret.gitlab_token', 'https://oauth2:'],
    ['a GitHub token for a user', (t: string) => `git clone https://octocat:${t}@github.com/acme/app.git`, v.ghp, 'secret.github_token', 'https://octocat:'],
    ['a GitHub token for x-access-token', (t: string) => `- git clone https://x-access-token:${t}@github.com/acme/app.git`, v.ghp, 'secret.github_token', 'https://x-access-token:'],
  ])('reports the URL credentials and the token inside them: %s', (_name, write, token, type, prefix) => {
    const text = write(token);
    const rest = text.slice(text.indexOf('@'));
    expect(secrets(text)).toEqual([
      ['secret.url_credentials', `${prefix}${token}${rest}`, 'high'],
      [type, token, 'high'],
    ]);
  });

  it.each([
    ['a password', `https://deploy:${v.pw}@git.example.com/team/repo.git`],
    ['a password shaped like an e-mail domain', `https://admin:${v.pw}@mail.example.com`],
  ])('reports URL credentials alone when the password is no token: %s', (_name, text) => {
    expect(secrets(text).map(([type]) => type)).toEqual(['secret.url_credentials']);
    expect(scan(text, { minConfidence: 'low' }).map((f) => f.type)).toEqual(['secret.url_credentials']);
  });

  // A service account's key id names its key (it is the kid of every token the key signs), as a fingerprint does.
  it.each([
    ['in a key file', `{\n  "type": "service_account",\n  "private_key_id": "${v.keyId}",\n  "client_id": "1${rand(DIGITS, 20)}"\n}`],
    ['alone', `"private_key_id": "${v.keyId}"`],
    ['as a YAML key', `private_key_id: ${v.keyId}`],
  ])('reports no secret for a private_key_id %s', (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });

  // A .pgpass line has no keyword of its own: scan() searches for one only where the text names the file.
  it.each([
    ['names the file', `My ~/.pgpass:\npg-replica.corp.local:5432:crm:app:${v.pw}`, [['secret.password_assignment', v.pw, 'medium']]],
    ['does not name it', `Replica settings (the password is the last field):\npg-replica.corp.local:5432:crm:app:${v.pw}`, []],
  ])('reports a .pgpass-shaped line only where the text %s', (_name, text, expected) => {
    expect(secrets(text)).toEqual(expected);
  });

  it('stays correct on 200 KB mixing every prefix', () => {
    const runs = 'AKIA ghp_ glpat- xoxb- sk_live_ AIza sk-proj- sk-ant-api03- hf_ npm_ SG. eyJ -----BEGIN PRIVATE KEY----- postgres://a: password= api_key= ';
    const text = flood(runs, v.ghp);
    expect(secrets(text)).toEqual([['secret.github_token', v.ghp, 'high']]);
  });
});

describe('SECRET_DETECTORS', () => {
  const dir = join(__dirname, '../../../../utils/detect/secrets');
  const tests = readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(join(__dirname, file), 'utf8'))
    .join('\n');

  it.each(SECRET_DETECTORS.map((d) => [d.id, d] as const))('%s is well-formed, in its own file and tested', (id, detector) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(SECRET_TYPES).toContain(detector.type);
    expect(detector.cues.length).toBeGreaterThan(0);
    for (const keyword of detector.cues) expect(keyword).toBe(keyword.toLowerCase());
    expect(existsSync(join(dir, `${id}.ts`))).toBe(true);
    expect(tests).toContain(`/secrets/${id}'`);
  });

  it('has unique ids and at least 30 detectors', () => {
    expect(new Set(SECRET_DETECTORS.map((d) => d.id)).size).toBe(SECRET_DETECTORS.length);
    expect(SECRET_DETECTORS.length).toBeGreaterThanOrEqual(30);
  });
});
