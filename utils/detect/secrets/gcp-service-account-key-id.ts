import { contextNear } from '../context';
import { patternDetector } from '../pattern-detector';

/** The private_key_id of a GCP service-account JSON key (its private_key is found by the PEM detector). */
export const gcpServiceAccountKeyIdDetector = patternDetector({
  id: 'gcp-service-account-key-id',
  type: 'secret.generic_api_key',
  prefilter: ['private_key_id'],
  pattern: /"private_key_id"\s{0,5}:\s{0,5}"([0-9a-f]{40})"/dg,
  group: 1,
  // The "type" field usually comes just before it; the whole key file is a few hundred characters.
  check: (_value, text, start, end) => (contextNear(text, start, end, ['service_account'], 400) ? 'high' : 'medium'),
});
