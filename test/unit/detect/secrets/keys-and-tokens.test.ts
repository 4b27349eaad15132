import { awsSecretAccessKeyDetector } from '../../../../utils/detect/secrets/aws-secret-access-key';
import { azureAccountKeyDetector } from '../../../../utils/detect/secrets/azure-account-key';
import { azureSasTokenDetector } from '../../../../utils/detect/secrets/azure-sas-token';
import { azureStorageConnectionStringDetector } from '../../../../utils/detect/secrets/azure-storage-connection-string';
import { jwtDetector } from '../../../../utils/detect/secrets/jwt';
import { privateKeyDetector } from '../../../../utils/detect/secrets/private-key';
import { puttyPrivateKeyDetector } from '../../../../utils/detect/secrets/putty-private-key';
import { ALNUM, B64, BASE32, HEX, b64url, describeDetector, flood, rand } from './fake';

// Keys, blocks and signed tokens. All synthetic (see fake.ts): PEM bodies are random base64 behind a real-looking start.

const secret = rand(B64, 40);
const keyId = `AKIA${rand(BASE32, 16)}`;
describeDetector(
  awsSecretAccessKeyDetector,
  [
    ['a key pair in credentials', `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\n`, secret, 'high'],
    ['a secret after its keyword', `AWS_SECRET_ACCESS_KEY=${secret}`, secret, 'medium'],
    ['a dotted Java property', `server.port=8080\napp.aws.secret.access.key=${secret}\n`, secret, 'medium'],
    ['a camelCase dotted property', `aws.secretKey: ${secret}`, secret, 'medium'],
    ['a secret next to a key id', `${keyId} ${secret}`, secret, 'medium'],
    ['a secret labelled in words below its key id', `S3 backup bucket: ${keyId}\nSecret access key: ${secret}`, secret, 'high'],
    ["a secret scanner's report line, naming the file", `Leaked, rotate:\n- AWS_SECRET_ACCESS_KEY in config/ci.env: ${secret}\n- HF_TOKEN in config/ci.env: <redacted>`, secret, 'medium'],
    ['a report line naming the .env file alone', `- AWS_SECRET_ACCESS_KEY in .env: ${secret}`, secret, 'medium'],
    ["a Consul key-value export's value field", `[\n  { "key": "config/crm/aws_secret_access_key", "flags": 0, "value": "${secret}" }\n]`, secret, 'medium'],
    // A Terraform state: the key's type says AWS, 150 characters before its "secret" attribute; the id is a placeholder.
    [
      "an aws_iam_access_key's secret in a Terraform state",
      `{\n  "mode": "managed",\n  "type": "aws_iam_access_key",\n  "name": "ci",\n  "instances": [{ "attributes": { "id": "<access-key-id>", "secret": "${secret}", "status": "Active" } }]`,
      secret,
      'medium',
    ],
    ['the documentation example, low', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'low'],
  ],
  [
    ['40 base64 characters without keyword', `checksum ${secret} secret of nothing`.replace('secret of', 'of')],
    ['a git SHA after the keyword', `secret_key: ${rand(HEX, 40)}`],
    ['a 41-character value', `aws_secret_access_key=${secret}A`],
    ['an environment lookup', 'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]'],
    ['a secret of another name near "aws"', `AWS_REGION=eu-west-3\nDEPLOY_TOKEN=${secret}`],
    ["another vendor's key labelled in words near a key id", `S3 bucket: ${keyId}\nMapbox key: ${secret}`],
    ["another vendor's secret in an .env file with AWS_REGION", `AWS_REGION=eu-west-3\nJWT_SECRET=${secret}`],
    ["a JSON Web Token's payload segment near an AWS key id", `token,eyJ0eXAiOiJKV1QiLCJ2ZXIiOjJ9.${secret}.TWzcFo4t1TCc46unRoCna1eEdCbD\n${keyId}`],
    ["a Kubernetes Secret's certificate beside AWS keys", `type: Opaque\ndata:\n  ca.crt: ${secret}\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}`],
    ['a SECRET_KEY 100 characters after "aws"', `AWS_REGION=eu-west-3\n${'#'.repeat(90)}\nDJANGO_SECRET_KEY=${secret}`],
  ],
  [['base64 runs', flood(`secret_key ${rand(B64, 57)}`, `aws_secret_access_key=${secret}`), [secret]]],
);

const rsaBody = `MIIEowIBAAKCAQEA${rand(B64, 1500)}`.replace(/(.{64})/g, '$1\n');
const rsa = `-----BEGIN RSA PRIVATE KEY-----\n${rsaBody}\n-----END RSA PRIVATE KEY-----`;
const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${rand(B64, 300).replace(/(.{70})/g, '$1\n')}\n-----END OPENSSH PRIVATE KEY-----`;
const encrypted = `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${rand(HEX, 32).toUpperCase()}\n\n${rsaBody}\n-----END RSA PRIVATE KEY-----`;
const pkcs8InJson = `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${rand(B64, 400)}\\n-----END PRIVATE KEY-----\\n`.slice(0, -2);
const truncated = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${rand(B64, 150)}`;
describeDetector(
  privateKeyDetector,
  [
    ['an RSA key', `key:\n${rsa}\nend`, rsa, 'high'],
    ['an OpenSSH key', openssh, openssh, 'high'],
    ['an encrypted PEM key', encrypted, encrypted, 'high'],
    ['a PKCS#8 key inside a JSON string', `{"private_key": "${pkcs8InJson}\\n"}`, pkcs8InJson, 'high'],
    ['a key without its END line, medium', truncated, truncated, 'medium'],
    ['an elided example, low', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg...\n-----END PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg...\n-----END PRIVATE KEY-----', 'low'],
  ],
  [
    ['a public key', `-----BEGIN PUBLIC KEY-----\n${rand(B64, 300)}\n-----END PUBLIC KEY-----`],
    ['a certificate', `-----BEGIN CERTIFICATE-----\n${rand(B64, 300)}\n-----END CERTIFICATE-----`],
    ['an empty template', '-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----'],
  ],
  [
    ['BEGIN lines', flood('-----BEGIN PRIVATE KEY-----\n', ''), []],
    // The body is cut at 16,000 characters; a run of one character is reported low, as an example.
    ['one long body with no END', `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(200_000)}`, [`-----BEGIN PRIVATE KEY-----\n${'A'.repeat(15_999)}`]],
  ],
);

const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n${rand(B64, 64)}\n${rand(B64, 20)}\nKey-Derivation: none\nPrivate-Lines: 1\n${rand(B64, 44)}\nPrivate-MAC: ${rand(HEX, 64)}`;
describeDetector(
  puttyPrivateKeyDetector,
  [['a PuTTY key file', `here is my key\n${ppk}\nthanks`, ppk, 'high']],
  [
    ['a header alone', 'PuTTY-User-Key-File-2: ssh-rsa'],
    ['a public-only excerpt', `PuTTY-User-Key-File-2: ssh-rsa\nPublic-Lines: 1\n${rand(B64, 60)}\nPrivate-MAC: ${rand(HEX, 40)}`],
  ],
  [
    ['headers', flood('PuTTY-User-Key-File-2: ssh-rsa\n', ppk), [ppk]],
    ['headers before one MAC line far away', flood('PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 1\n', 'Private-MAC: 00'), []],
  ],
);

const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const payload = b64url(JSON.stringify({ sub: rand(ALNUM, 12), iat: 1700000000, role: 'admin' }));
const jwt = `${header}.${payload}.${rand(ALNUM + '-_', 43)}`;
const unsigned = `${b64url('{"alg":"none"}')}.${payload}.`;
const johnDoe = `${header}.${b64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}')}.${rand(ALNUM, 43)}`;
describeDetector(
  jwtDetector,
  [
    ['a signed token', `Authorization: Bearer ${jwt}`, jwt, 'high'],
    ['an unsigned token', `id_token=${unsigned}`, unsigned, 'high'],
    ['the jwt.io sample, low', johnDoe, johnDoe, 'low'],
  ],
  [
    ['a header without alg', `${b64url('{"typ":"JWT","kid":"abc"}')}.${payload}.${rand(ALNUM, 43)}`],
    ['base64 that is not JSON', `eyJ${rand(ALNUM, 30)}.${rand(ALNUM, 30)}.${rand(ALNUM, 30)}`],
    ['a dotted identifier', 'eyJhbGciOi.foo.bar'],
  ],
  [
    ['header characters', flood('eyJhbGciOiJIUzI1NiJ9', jwt), [jwt]],
    ['a long first part', `${'eyJ'}${'a'.repeat(200_000)}.${payload}.sig ${jwt}`, [jwt]],
  ],
);

const accountKey = `${rand(B64, 86)}==`;
const connection = `DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=${accountKey};EndpointSuffix=core.windows.net`;
describeDetector(
  azureStorageConnectionStringDetector,
  [['a storage connection string', `AZURE_STORAGE_CONNECTION_STRING="${connection}"`, connection, 'high']],
  [
    ['a connection string without a key', 'DefaultEndpointsProtocol=https;AccountName=demostore;EndpointSuffix=core.windows.net'],
    ['the emulator placeholder', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=<key>;'],
    // Azurite's key, published in Microsoft's documentation.
    ['the storage emulator (Azurite)', 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'],
  ],
  [['setting runs', flood('DefaultEndpointsProtocol=https;AccountName=a;', connection), [connection]]],
);

const sharedKey = `${rand(B64, 43)}=`;
describeDetector(
  azureAccountKeyDetector,
  [
    ['an account key in a connection string', connection, accountKey, 'high'],
    ['a shared access key', `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${sharedKey}`, sharedKey, 'high'],
    ['an account key in a config', `azure:\n  storage_key: ${accountKey}`, accountKey, 'medium'],
    ['an account key listed by az storage account keys list', `[\n  {\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${accountKey}"\n  }\n]`, accountKey, 'medium'],
  ],
  [
    ['88 base64 characters with no Azure word', `blob ${accountKey}`],
    ['a SHA-256 integrity hash', `integrity="sha256-${sharedKey}"`],
    ['a 44-character digest next to keyName', `{"keyName": "sig", "value": "${sharedKey}"}`],
    ["the storage emulator's key", 'AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
  ],
  [['base64 runs', flood(`azure ${rand(B64, 99)} `, `AccountKey=${accountKey}`), [accountKey]]],
);

const sig = `${rand(ALNUM, 40)}%2B${rand(ALNUM, 3)}%3D`;
const sas = `https://demo.blob.core.windows.net/c/f.txt?sp=r&st=2024-01-01T00:00:00Z&se=2024-12-31T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${sig}`;
describeDetector(
  azureSasTokenDetector,
  [['a blob SAS URL', sas, sig, 'high']],
  [['a sig parameter without a service version', `https://example.com/x?sig=${rand(ALNUM, 44)}`]],
  [['query runs', flood('&sv=2022-11-02&sig=', `?sv=2022-11-02&sig=${sig}`), [sig]]],
);
