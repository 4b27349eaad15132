import { phoneDigitsConfidence } from '../validators/phone';
import { phoneDetector } from './shared';

/**
 * International numbers: "+" (or "00" then a separator after the country code) and 7 to 17 more digits,
 * grouped by spaces, dots, dashes or parentheses, with an optional "(0)" trunk. The digit count must suit the
 * country: medium, or low for a country outside the table.
 */
export const phoneIntlDetector = phoneDetector(
  'phone-intl',
  /(?:\+|00(?=[1-9]\d{0,2}[ .-]))[1-9](?:[ .\xa0-]?\d|[ .\xa0-]?\(\d{1,4}\)){6,17}/,
  (value) => {
    const digits = value.replace('(0)', '').replace(/\D/g, '');
    return phoneDigitsConfidence(value[0] === '+' ? digits : digits.slice(2));
  },
);
