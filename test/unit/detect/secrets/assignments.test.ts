import { bearerTokenDetector } from '../../../../utils/detect/secrets/bearer-token';
import { dbConnectionStringDetector } from '../../../../utils/detect/secrets/db-connection-string';
import { genericApiKeyDetector } from '../../../../utils/detect/secrets/generic-api-key';
import { passwordAssignmentDetector } from '../../../../utils/detect/secrets/password-assignment';
import { urlCredentialsDetector } from '../../../../utils/detect/secrets/url-credentials';
import { ALNUM, B64URL, HEX, describeDetector, flood, rand } from './fake';

// Keyword- and URL-anchored secrets. Passwords and tokens are synthetic (see fake.ts) or obvious fakes.

const pw = rand(ALNUM, 16);
describeDetector(
  dbConnectionStringDetector,
  [
    ['a PostgreSQL URL', `DATABASE_URL=postgresql://app:${pw}@db.internal:5432/prod?sslmode=require`, `postgresql://app:${pw}@db.internal:5432`, 'high'],
    ['a MongoDB SRV URL', `mongodb+srv://svc:${pw}@cluster0.ab1cd.mongodb.net/app`, `mongodb+srv://svc:${pw}@cluster0.ab1cd.mongodb.net`, 'high'],
    ['a Redis URL with an empty user', `REDIS_URL=rediss://:${pw}@cache.internal:6380`, `rediss://:${pw}@cache.internal:6380`, 'high'],
    ['a JDBC MySQL URL', `jdbc:mysql://root:${pw}@10.0.0.5/shop`, `jdbc:mysql://root:${pw}@10.0.0.5`, 'high'],
    ['AMQP', `amqps://guest:${pw}@mq.internal`, `amqps://guest:${pw}@mq.internal`, 'high'],
    ['the word password, low', 'postgres://user:password@localhost/db', 'postgres://user:password@localhost', 'low'],
    ['a SQLAlchemy URL with its driver', `engine = create_engine("postgresql+psycopg2://etl:${pw}@db.internal/dwh")`, `postgresql+psycopg2://etl:${pw}@db.internal`, 'high'],
    ['a SQLAlchemy MySQL URL', `mysql+pymysql://shop:${pw}@10.0.0.5:3306/shop?charset=utf8mb4`, `mysql+pymysql://shop:${pw}@10.0.0.5:3306`, 'high'],
    ['an async driver', `DATABASE_URL=postgresql+asyncpg://app:${pw}@pg:5432/app`, `postgresql+asyncpg://app:${pw}@pg:5432`, 'high'],
    ['a MongoDB replica set', `MONGO_URI=mongodb://app:${pw}@mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017/crm?replicaSet=rs0`, `mongodb://app:${pw}@mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017`, 'high'],
  ],
  [
    ['a URL without password', 'postgres://app@db.internal:5432/prod'],
    ['a URL with a port only', 'mysql://db.internal:3306/shop'],
    ['a template variable', 'postgres://app:${DB_PASS}@db.internal/prod'],
    ['a shell variable', 'mongodb://admin:$MONGO_PASSWORD@mongo:27017'],
    ['a mask', 'postgres://app:*****@db.internal/prod'],
    ['a placeholder', 'postgres://user:<password>@host/db'],
    ['a driver URL without password', 'postgresql+psycopg2://app@db.internal/dwh'],
    ['a driver URL with a template', 'mysql+pymysql://shop:${DB_PASSWORD}@db/shop'],
  ],
  [
    ['scheme runs', flood('postgres://', `postgres://a:${pw}@h`), [`postgres://a:${pw}@h`]],
    ['a password with no @', flood('mysql://u:', ''), []],
  ],
);

describeDetector(
  urlCredentialsDetector,
  [
    ['an HTTPS URL', `git clone https://deploy:${pw}@git.example.com/team/repo.git`, `https://deploy:${pw}@git.example.com`, 'high'],
    ['FTP with a port', `ftp://backup:${pw}@files.example.com:21/dump.sql`, `ftp://backup:${pw}@files.example.com:21`, 'high'],
    ['a token as user name', `https://x-access-token:${pw}@github.com/o/r`, `https://x-access-token:${pw}@github.com`, 'high'],
    ['an obvious placeholder, low', 'https://user:pass@example.com', 'https://user:pass@example.com', 'low'],
  ],
  [
    ['a database URL', `postgres://app:${pw}@db/prod`],
    ['a URL with a port', 'https://example.com:8443/path?a=b:c@d'],
    ['a template variable', 'https://ci:${CI_TOKEN}@gitlab.example.com/x.git'],
    ['an e-mail address in a path', 'https://example.com/users/jane:doe@example.com'],
  ],
  [['scheme runs', flood('https://', `https://u:${pw}@h.example`), [`https://u:${pw}@h.example`]]],
);

describeDetector(
  passwordAssignmentDetector,
  [
    ['an .env line', `DB_PASSWORD=${pw}`, pw, 'medium'],
    ['a JSON field', `{"user": "svc", "password": "${pw}"}`, pw, 'medium'],
    ['a YAML field with spaces in quotes', "password: 'correct horse battery'", 'correct horse battery', 'medium'],
    ['a camelCase key', `dbPassword = "${pw}"`, pw, 'medium'],
    ['a lower-case compound key', `rootpassword: ${pw}`, pw, 'medium'],
    ['a command-line flag', `mysqldump --password=${pw} shop`, pw, 'medium'],
    ['French', 'Identifiant : jdupont\nMot de passe : Soleil2024!', 'Soleil2024!', 'medium'],
    ['French abbreviation', 'mdp: Bonjour#42', 'Bonjour#42', 'medium'],
    ['German', 'Passwort: Geheim!2024', 'Geheim!2024', 'medium'],
    ['Spanish', 'contraseña: Hola_Mundo9', 'Hola_Mundo9', 'medium'],
    ['a sentence', 'the wifi password is Tr0ub4dor&3.', 'Tr0ub4dor&3', 'medium'],
    ['pwd', `pwd=${pw}`, pw, 'medium'],
    ['a Spring property', 'spring.datasource.password=S3cr3tPassw0rd', 'S3cr3tPassw0rd', 'medium'],
    ['a base64 value in a Kubernetes secret', 'data:\n  password: cGFzc3dvcmQxMjM=\n', 'cGFzc3dvcmQxMjM=', 'medium'],
    ['a French sentence with a colon', 'Le mot de passe est : Printemps2025!', 'Printemps2025!', 'medium'],
    ["a French sentence with c'est", "le mot de passe admin c'est Xk9#mPq2vLzR", 'Xk9#mPq2vLzR', 'medium'],
    ['a German sentence with a verb', 'Nutzer hat sein Passwort geschickt: Soleil#2009uqj', 'Soleil#2009uqj', 'medium'],
    ['a Spanish sentence', 'la contraseña de admin es Soleil#2009uqj', 'Soleil#2009uqj', 'medium'],
    ['a mixed-case value in a sentence', 'Nutzer hat sein Passwort geschickt: sUQGCgaPuZafnxVP', 'sUQGCgaPuZafnxVP', 'medium'],
    ['a German sentence with lautet', 'das WLAN-Passwort lautet Sommer!2024x', 'Sommer!2024x', 'medium'],
    ['clave', 'clave: Xk9#mPq2vLzR', 'Xk9#mPq2vLzR', 'medium'],
    ['an XML element', '<password>Xk9#mPq2vLzR</password>', 'Xk9#mPq2vLzR', 'medium'],
    ['a mysql -p flag', 'mysql -u root -pXk9mPq2vLzRt shop', 'Xk9mPq2vLzRt', 'medium'],
    ['a .NET connection string', 'Server=tcp:db.example.net,1433;User ID=app;Password=Zx9!qLm2#Wp;', 'Zx9!qLm2#Wp', 'medium'],
    ['a query string', `https://example.com/login?user=jane&password=${pw}&next=/home`, pw, 'medium'],
    ['a weak but real password, low', 'password: changeme', 'changeme', 'low'],
    ['a short single-class value, low', 'password=hunter', 'hunter', 'low'],
    ['a value that starts with %', 'password: %Tr0ub4dor&3x', '%Tr0ub4dor&3x', 'medium'],
    ['a value that starts with !', 'pwd=!Passw0rd42', '!Passw0rd42', 'medium'],
    ['a PHP variable named pass', "$pass = 'Winter-Paris-30';", 'Winter-Paris-30', 'medium'],
    ['an .env key ending in PASS', `SMTP_PASS=${pw}`, pw, 'medium'],
    ['a camelCase pass', `const dbPass = "${pw}";`, pw, 'medium'],
    ['PostgreSQL CREATE USER', "CREATE USER reporting WITH PASSWORD 'Summer2023*';", 'Summer2023*', 'medium'],
    ['PostgreSQL ALTER ROLE', `ALTER ROLE app PASSWORD '${pw}';`, pw, 'medium'],
    ['MySQL IDENTIFIED BY', "CREATE USER 'app'@'%' IDENTIFIED BY 'Paris-Soleil-13';", 'Paris-Soleil-13', 'medium'],
    ['a quoted password in a sentence', 'the old password "Tr0ub4dor&3" still works', 'Tr0ub4dor&3', 'medium'],
    ['a numbered key', `password2: ${pw}`, pw, 'medium'],
  ],
  [
    ['the word password', 'password: password'],
    ['a mask', 'Password: ********'],
    ['an angle-bracket placeholder', 'password=<password>'],
    ['a template variable', 'DB_PASSWORD=${DB_PASSWORD}'],
    ['a Node environment lookup', 'const password = process.env.DB_PASSWORD;'],
    ['a Python environment lookup', 'password = os.environ["DB_PASSWORD"]'],
    ['os.getenv', "password = os.getenv('DB_PASSWORD')"],
    ['a variable', 'password = user_password'],
    ['a camelCase variable', 'password: dbPassword,'],
    ['the next key of a list', 'password= user=jane'],
    ['a function call', 'password = getpass.getpass()'],
    ['a type annotation', 'password: string;'],
    ['a password file', 'POSTGRES_PASSWORD_FILE=/run/secrets/db_password'],
    ['a vault address', 'password: vault://kv/prod/db#password'],
    ['the current directory', 'PWD=/home/jane/projects'],
    ['a sentence about passwords', 'the password is incorrect'],
    ['a French sentence about an expired password', 'Le mot de passe de la session est expiré'],
    ['a status message', 'Password changed: successfully'],
    ['a reset notice', 'Your password has been reset: please login'],
    ['a German link label', 'Passwort vergessen: Hier klicken'],
    ['clave as "the key" in prose', 'la clave es que el equipo trabaje bien'],
    ['a word ending in clave', 'enclave: Xk9#mPq2vLzR'],
    ['a comparison', 'if (password>3) return'],
    ['mysql -p without a value', 'mysql -u root -p shop'],
    ['a form label', 'Password: required'],
    ['a null value', '"password": null'],
    ['an empty value', '"password": ""'],
    ['a shell substitution', 'PGPASSWORD=$(cat /run/secrets/pg)'],
    ['a password policy', 'password_min_length = 12'],
    ['a Windows environment variable', 'password=%DB_PASSWORD%'],
    ['a Python format placeholder', "password: %(db_password)s"],
    ['a printf placeholder', 'password=%s'],
    ['a YAML tag', 'password: !vault |'],
    ['a German password policy heading', 'Passwortrichtlinie: mindestens 12 Zeichen, eine Ziffer'],
    ['a Spanish policy heading (plural)', 'Política de contraseñas: mínimo 12 caracteres'],
    ['an English plural heading', 'Passwords: minimum12chars'],
    ['a word starting with pass', 'passenger: Xk9mPq2vLzR'],
    ['a word ending in pass', 'bypass: Xk9mPq2vLzR'],
    ['a Spanish API key', 'clave API: GlTqsq0N8nfaoR5R78PUY0JhVHYTRvxqzJ1W9GGp'],
    ['a Spanish API key with de', 'clave de la API: GlTqsq0N8nfaoR5R78PUY0JhVHYTRvxqzJ1W9GGp'],
    ['a password input', '<input type="password" name="pwd" placeholder="Password">'],
    ['SQL with a placeholder', "CREATE USER app WITH PASSWORD '${APP_PASSWORD}';"],
  ],
  [
    ['keyword runs', flood('password', `password=${pw}`), [pw]],
    ['separator runs', flood('password: ', ''), []],
  ],
);

const apiKey = rand(ALNUM, 32);
const hexKey = rand(HEX, 32);
const keyBase = rand(HEX, 128);
describeDetector(
  genericApiKeyDetector,
  [
    ['an api_key assignment', `api_key = "${apiKey}"`, apiKey, 'medium'],
    ['a camelCase key in JSON', `{"clientSecret": "${apiKey}"}`, apiKey, 'medium'],
    ['an access token in YAML', `access_token: ${apiKey}`, apiKey, 'medium'],
    ['a hex key behind its keyword', `WEATHER_API_KEY=${hexKey}`, hexKey, 'medium'],
    ['a header', `X-Api-Key: ${apiKey}`, apiKey, 'medium'],
    ['a Rails secret key base', `SECRET_KEY_BASE=${keyBase}`, keyBase, 'medium'],
    ['a value at the end of a sentence', `my token is here: token=${apiKey}.`, apiKey, 'medium'],
    // Base64-like secrets with '=' inside, not only as final padding (synthetic: the random key split in two).
    ['a client_secret with "=" inside', `client_secret=${apiKey.slice(0, 16)}=${apiKey.slice(16)}`, `${apiKey.slice(0, 16)}=${apiKey.slice(16)}`, 'medium'],
    ['a quoted client_secret with "==" inside', `{"client_secret": "${apiKey.slice(0, 10)}==${apiKey.slice(10)}"}`, `${apiKey.slice(0, 10)}==${apiKey.slice(10)}`, 'medium'],
    ['a secret with "=" inside and padding', `CLIENT_SECRET: ${apiKey.slice(0, 7)}=${apiKey.slice(7)}/e==`, `${apiKey.slice(0, 7)}=${apiKey.slice(7)}/e==`, 'medium'],
  ],
  [
    ['a UUID', 'api_key = "f47ac10b-58cc-4372-a567-0e02b2c3d479"'],
    ['an environment lookup', 'api_key = process.env.WEATHER_API_KEY'],
    ['a URL', 'token_url = "https://auth.example.com/oauth2/token"'],
    ['a token endpoint', `auth_endpoint: https://login.example.com/${apiKey}`],
    ['a file path', 'secret_file: /etc/app/secrets/api-key-2024.json'],
    ['words', 'secret: my-super-long-secret-value-here'],
    ['a key id', `API_KEY_ID=${apiKey}`],
    ['a hex digest without a keyword', `sha256 = ${rand(HEX, 64)}`],
    ['base64 without a keyword', `data = ${rand(ALNUM, 60)}`],
    ['an author line', `author: ${apiKey}`],
    ['max tokens', 'max_tokens: 4096'],
    ['a placeholder', 'api_key = "YOUR_API_KEY_HERE_1234567890"'],
    ['a low-entropy value', 'token = aaaaaaaaaabbbbbbbbbb1111111111'],
    ['another setting as the value', 'AUTH_OPTS=mode=strict-transport-security-2024'],
    ['a value starting with "="', `token==${apiKey}`],
    ['a value with more padding than base64 has', `api_key=${apiKey}===`],
  ],
  [
    ['key runs', flood('api_key', `api_key=${apiKey}`), [apiKey]],
    ['value runs', `token=${'a1'.repeat(100_000)} token=${apiKey}`, [apiKey]],
    ['assignments glued by "="', flood('token=a1b2c3', `token=${apiKey}`), [apiKey]],
  ],
);

const bearer = rand(B64URL, 40);
describeDetector(
  bearerTokenDetector,
  [
    ['an Authorization header in curl', `curl -H "Authorization: Bearer ${bearer}" https://api.example.com`, bearer, 'medium'],
    ['Basic credentials', 'Authorization: Basic YWRtaW46WGs5bVBxMnZMelJ0', 'YWRtaW46WGs5bVBxMnZMelJ0', 'medium'],
  ],
  [
    ['a placeholder', 'Authorization: Bearer <token>'],
    ['a shell variable', 'Authorization: Bearer $TOKEN'],
    ['a sentence', 'the bearer of this letter is authorised'],
    ['Basic with a short value', 'Authorization: Basic dXNlcjpwdw=='],
    ['basic in prose', 'basic understanding of authentication'],
  ],
  [['keyword runs', flood('Bearer ', `Bearer ${bearer}`), [bearer]]],
);
