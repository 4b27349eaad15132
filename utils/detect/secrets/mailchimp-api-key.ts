import { charTable, inClass } from '../char-table';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';
import { prefixed } from './shared';

// The key is /(?<![A-Za-z0-9])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])/. Instead of trying that pattern at every
// offset, find() looks for each "-us" with indexOf and checks the characters around it.
const HEX = charTable(/[a-f0-9]/);
const DIGIT = charTable(/\d/);
const ALNUM = charTable(/[A-Za-z0-9]/);

/** Mailchimp API keys: 32 hex digits and the data-center suffix (-us1 to -us99). */
export const mailchimpApiKeyDetector: Detector = {
  id: 'mailchimp-api-key',
  type: 'secret.generic_api_key',
  cues: ['-us'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (let dash = text.indexOf('-us'); dash >= 0; dash = text.indexOf('-us', dash + 1)) {
      // One or two digits, then neither a letter nor a digit.
      let end = dash + 3;
      while (end - dash < 5 && inClass(DIGIT, text, end)) end++;
      if (end === dash + 3 || inClass(ALNUM, text, end)) continue;
      // Exactly 32 hex digits before the dash, not preceded by a letter or a digit.
      const start = dash - 32;
      if (start < 0 || inClass(ALNUM, text, start - 1)) continue;
      let hex = start;
      while (hex < dash && inClass(HEX, text, hex)) hex++;
      if (hex < dash) continue;
      findings.push(finding(this, start, end, prefixed(text.slice(start, end))));
    }
    return findings;
  },
};
