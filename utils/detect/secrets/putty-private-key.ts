import { textAfter } from '../context';
import { finding } from '../finding';
import type { Detector, Finding } from '../types';

const HEADER = /PuTTY-User-Key-File-[23]: /g;
const MAC_LINE = /^Private-MAC: [0-9a-f]{40,64}/;
// PuTTY files of the largest RSA keys stay under this size; it bounds the work per header.
const MAX_BLOCK = 20_000;

/** PuTTY private key files (.ppk), from the PuTTY-User-Key-File header through the Private-MAC line. */
export const puttyPrivateKeyDetector: Detector = {
  id: 'putty-private-key',
  type: 'secret.private_key',
  // Part of the header every match starts with (a wider prefilter finds the same).
  cues: ['putty'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    const headers = Array.from(text.matchAll(HEADER), (match) => match.index);
    let mac = -1;
    let privateLines = -1;
    // The MAC line is searched again only once a header lies past it, so the scan is linear.
    for (let i = 0; i < headers.length; i++) {
      const start = headers[i];
      if (mac < start) {
        mac = text.indexOf('Private-MAC: ', start);
        if (mac < 0) break;
        privateLines = text.lastIndexOf('Private-Lines: ', mac);
      }
      // A file is the last header before its MAC line, with private lines in between.
      if ((headers[i + 1] ?? Infinity) < mac || privateLines < start || mac - start > MAX_BLOCK) continue;
      const line = MAC_LINE.exec(textAfter(text, mac, 80));
      if (line) findings.push(finding(this, start, mac + line[0].length, 'high'));
    }
    return findings;
  },
};
