import { phoneDetector } from './shared';

/**
 * Belgian numbers: mobiles 04XX XX XX XX, 04XX/XXX XXX or 04XX/XX.XX.XX, landlines 0X XXX XX XX, 0X/XXX.XX.XX and
 * 0XX XX XX XX. Medium when grouped, low for nine digits in a row.
 */
export const phoneBeDetector = phoneDetector(
  'phone-be',
  /(?:04\d\d([ .])\d\d\1\d\d\1\d\d|0[1-9]\d\d \d\d \d\d \d\d|04\d\d\/(?:\d{3}[ .]?\d{3}|\d\d([ .])\d\d\2\d\d)|0[1-9]([ .\/])\d{3}([ .])\d\d\4\d\d|0[1-9]\d([ .])\d\d\5\d\d\5\d\d|0[1-9]\d{7})/,
  (value) => (/^\d+$/.test(value) ? 'low' : 'medium'),
);
