// The imports' order sets the modules' order in the guard's bundle, which gzip compresses better in this order
// (npm run size); the detectors' priority is the array's order below.
import type { Detector } from '../types';
import { passwordAssignmentDetector } from './password-assignment';
import { genericApiKeyDetector } from './generic-api-key';
import { puttyPrivateKeyDetector } from './putty-private-key';
import { mailchimpApiKeyDetector } from './mailchimp-api-key';
import { jwtDetector } from './jwt';
import { anthropicApiKeyDetector } from './anthropic-api-key';
import { atlassianApiTokenDetector } from './atlassian-api-token';
import { dbConnectionStringDetector } from './db-connection-string';
import { azureAccountKeyDetector } from './azure-account-key';
import { azureStorageConnectionStringDetector } from './azure-storage-connection-string';
import { awsSecretAccessKeyDetector } from './aws-secret-access-key';
import { awsAccessKeyIdDetector } from './aws-access-key-id';
import { azureSasTokenDetector } from './azure-sas-token';
import { databricksTokenDetector } from './databricks-token';
import { digitaloceanTokenDetector } from './digitalocean-token';
import { discordWebhookDetector } from './discord-webhook';
import { dockerhubTokenDetector } from './dockerhub-token';
import { githubTokenDetector } from './github-token';
import { gitlabTokenDetector } from './gitlab-token';
import { googleApiKeyDetector } from './google-api-key';
import { huggingfaceTokenDetector } from './huggingface-token';
import { linearApiKeyDetector } from './linear-api-key';
import { npmTokenDetector } from './npm-token';
import { onepasswordTokenDetector } from './onepassword-token';
import { openaiApiKeyDetector } from './openai-api-key';
import { privateKeyDetector } from './private-key';
import { pypiTokenDetector } from './pypi-token';
import { sendgridKeyDetector } from './sendgrid-key';
import { shopifyTokenDetector } from './shopify-token';
import { slackTokenDetector } from './slack-token';
import { slackWebhookDetector } from './slack-webhook';
import { stripeKeyDetector } from './stripe-key';
import { telegramBotTokenDetector } from './telegram-bot-token';
import { twilioApiKeyDetector } from './twilio-api-key';
import { urlCredentialsDetector } from './url-credentials';
import { vaultTokenDetector } from './vault-token';
import { bearerTokenDetector } from './bearer-token';

/**
 * Credential and secret detectors (`secret.*`). Vendor formats come first and keyword-based detectors last, so that
 * a vendor finding wins a tie against a generic one on the same span.
 */
export const SECRET_DETECTORS: readonly Detector[] = [
  anthropicApiKeyDetector,
  atlassianApiTokenDetector,
  awsAccessKeyIdDetector,
  awsSecretAccessKeyDetector,
  azureAccountKeyDetector,
  azureSasTokenDetector,
  azureStorageConnectionStringDetector,
  databricksTokenDetector,
  dbConnectionStringDetector,
  digitaloceanTokenDetector,
  discordWebhookDetector,
  dockerhubTokenDetector,
  githubTokenDetector,
  gitlabTokenDetector,
  googleApiKeyDetector,
  huggingfaceTokenDetector,
  jwtDetector,
  linearApiKeyDetector,
  mailchimpApiKeyDetector,
  npmTokenDetector,
  onepasswordTokenDetector,
  openaiApiKeyDetector,
  privateKeyDetector,
  puttyPrivateKeyDetector,
  pypiTokenDetector,
  sendgridKeyDetector,
  shopifyTokenDetector,
  slackTokenDetector,
  slackWebhookDetector,
  stripeKeyDetector,
  telegramBotTokenDetector,
  twilioApiKeyDetector,
  urlCredentialsDetector,
  vaultTokenDetector,
  passwordAssignmentDetector,
  genericApiKeyDetector,
  bearerTokenDetector,
];
