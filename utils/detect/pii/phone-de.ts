import { digitCount, phoneDetector } from './shared';

/**
 * German national numbers: an area code of 2 to 5 digits after the 0, then the subscriber number after a
 * space, dash or slash (maybe itself in two or three groups: 030 123 45678), or in parentheses ((030) 1234567);
 * mobiles (015x-017x) also in a row or in 4-4-4 (0176 9540 9836; only mobiles: a customer or account number is
 * often written 0815 4711 1234). Medium, when the whole has 9 to 13 digits and is not a US ZIP+4 code.
 */
export const phoneDeDetector = phoneDetector(
  'phone-de',
  /(?:0[1-9]\d{0,4}(?:[ -]| ?\/ ?)(?:\d{4,9}|\d{3}(?: \d{2,5}){1,2})|01[5-7]\d(?: \d{4} \d{3,4}|\d{7,8})|\(0[1-9]\d{1,4}\) ?\d{3,9})/,
  (value) => {
    const digits = digitCount(value);
    return digits >= 9 && digits <= 13 && !/^\d{5}-\d{4}$/.test(value) ? 'medium' : null;
  },
);
