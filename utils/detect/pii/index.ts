// The imports' order sets the modules' order in the guard's bundle, which gzip compresses better in this order
// (npm run size); the detectors' priority is the array's order below.
import type { Detector } from '../types';
import { ibanDetector } from './iban';
import { frSiretDetector } from './fr-siret';
import { frSirenDetector } from './fr-siren';
import { ipv4Detector } from './ipv4';
import { creditCardDetector } from './credit-card';
import { frNirDetector } from './fr-nir';
import { phoneFrDetector } from './phone-fr';
import { phoneBeDetector } from './phone-be';
import { phoneChDetector } from './phone-ch';
import { phoneEsDetector } from './phone-es';
import { phoneUkDetector } from './phone-uk';
import { phoneItDetector } from './phone-it';
import { phoneUsDetector } from './phone-us';
import { phoneDeDetector } from './phone-de';
import { ukNinoDetector } from './uk-nino';
import { vatEsDetector } from './vat-es';
import { usSsnDetector } from './us-ssn';
import { phoneIntlDetector } from './phone-intl';
import { emailDetector } from './email';
import { vatEuDetector } from './vat-eu';
import { vatFrDetector } from './vat-fr';
import { vatBeDetector } from './vat-be';
import { vatItDetector } from './vat-it';
import { vatNlDetector } from './vat-nl';
import { ipv6Detector } from './ipv6';
import { vatDeDetector } from './vat-de';

/**
 * Personal-data detectors (`pii.*`), in priority order: when two findings of equal confidence and length
 * overlap, the earlier detector wins. Checked identifiers come before phone shapes, and SIRET before cards
 * because a 14-digit Luhn number in France is far more often a SIRET than a Diners Club card.
 */
export const PII_DETECTORS: readonly Detector[] = [
  emailDetector,
  ibanDetector,
  frNirDetector,
  frSiretDetector,
  creditCardDetector,
  frSirenDetector,
  vatFrDetector,
  vatDeDetector,
  vatItDetector,
  vatEsDetector,
  vatBeDetector,
  vatNlDetector,
  vatEuDetector,
  usSsnDetector,
  ukNinoDetector,
  ipv4Detector,
  ipv6Detector,
  phoneIntlDetector,
  phoneFrDetector,
  phoneUkDetector,
  phoneUsDetector,
  phoneDeDetector,
  phoneEsDetector,
  phoneItDetector,
  phoneBeDetector,
  phoneChDetector,
];
