import { patternDetector } from '../pattern-detector';
import { esVatValid } from '../validators/vat';
import { near } from './shared';

const ES_WORDS = /\b(?:nif|cif|nie|dni|iva|vat|tva|ust|intracom)/i;

/**
 * Spanish VAT numbers (NIF: DNI, NIE or company CIF forms) with their control character. With the ES
 * prefix: medium, high with tax words; without it, reported only next to those words (medium).
 */
export const vatEsDetector = patternDetector({
  id: 'vat-es',
  type: 'pii.eu_vat',
  prefilter: [],
  pattern: /(?<![\w.\-/])(?:ES[ \-]?)?[0-9A-Z]\d{7}[0-9A-Z](?![\w]|[.\-/]\d)/g,
  check(value, text, start, end) {
    const prefixed = value.startsWith('ES') && value.length > 9;
    if (!esVatValid(value.replace(/[ \-]/g, '').slice(prefixed ? 2 : 0))) return null;
    const context = near(text, start, end, ES_WORDS);
    if (prefixed) return context ? 'high' : 'medium';
    return context ? 'medium' : null;
  },
});
