import { phoneDetector } from './shared';

/**
 * Spanish numbers (9 digits, first 6-9): 612 345 678, 912 34 56 78, 91 234 56 78. Medium when grouped in pairs or
 * by dashes; low when written in a row, or in threes by dots or spaces, which is how French, Spanish and German
 * typography write a count over a hundred million ("Pages vues : 976 458 869"): phone words or an e-mail address
 * near raise it. A dotted 2-3-2-2 group that is an IPv4 address ("98.252.99.16") is dropped, and so is a dotted 3-2-2-2
 * one, shaped as an address with an octet over 255 ("client_ip=932.20.73.52" in a log, "Server: 889.83.39.37"): two of
 * thirty independent corpora wrote such addresses as hard negatives, none a Spanish phone in dots.
 */
export const phoneEsDetector = phoneDetector(
  'phone-es',
  /(?:[6-9]\d\d([ .-]?)\d{3}\1\d{3}|[6-9]\d\d([ .-])\d\d\2\d\d\2\d\d|[89]\d([ .-])\d{3}\3\d\d\3\d\d)/,
  (value) => (/^\d{2,3}\.\d{2,3}\.\d\d\.\d\d$/.test(value) ? null : /^\d{9}$|^\d{3}([ .])\d{3}\1\d{3}$/.test(value) ? 'low' : 'medium'),
);
