import { phoneDetector } from './shared';

/**
 * Spanish numbers (9 digits, first 6-9): 612 345 678, 912 34 56 78, 91 234 56 78. Medium when grouped by
 * spaces or dashes (or pairs), low when written in a row or with dots (a thousands-separated amount).
 */
export const phoneEsDetector = phoneDetector(
  'phone-es',
  String.raw`(?:[6-9]\d\d([ .\-]?)\d{3}\1\d{3}|[6-9]\d\d([ .\-])\d\d\2\d\d\2\d\d|[89]\d([ .\-])\d{3}\3\d\d\3\d\d)`,
  (value) => (/^\d{9}$|^\d{3}\.\d{3}\.\d{3}$/.test(value) ? 'low' : 'medium'),
);
