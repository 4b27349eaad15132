import { phoneDetector } from './shared';

/** Swiss numbers: 0XX XXX XX XX (landlines and mobiles) and 0800/0900 XXX XXX service numbers (medium). */
export const phoneChDetector = phoneDetector(
  'phone-ch',
  /(?:0[89]00 ?\d{3} ?\d{3}|0[1-9]\d([ .])\d{3}\1\d\d\1\d\d)/,
  () => 'medium',
);
