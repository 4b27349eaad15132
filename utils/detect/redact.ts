import { isRegionType, type Finding } from './types';

/** How redact() masks a value: a label such as [EMAIL], or a partial mask keeping the last 4 characters. */
export type RedactionStyle = 'label' | 'partial';

/** The label that replaces a value of `type`: pii.email -> [EMAIL], secret.github_token -> [GITHUB_TOKEN]. */
export function redactionLabel(type: string): string {
  const last = type.slice(type.lastIndexOf('.') + 1);
  return `[${last.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}]`;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Masks every letter and digit but the last 4 of them; separators stay, so the shape is recognisable. */
export function partialMask(value: string): string {
  const chars = [...value];
  const alnumCount = chars.filter((c) => ALNUM.test(c)).length;
  // A value with 4 letters or digits or fewer would be left whole: mask it entirely instead.
  let keep = alnumCount > 4 ? 4 : 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!ALNUM.test(chars[i])) continue;
    if (keep > 0) keep--;
    else chars[i] = '•';
  }
  return chars.join('');
}

/**
 * Returns `text` with each value finding masked. Region findings (source code) are left alone, and a
 * finding inside one already masked is skipped, so overlapping input is safe. Pure.
 */
export function redact(text: string, findings: readonly Finding[], style: RedactionStyle = 'label'): string {
  return style === 'label' ? redactLabels(text, findings) : maskValues(text, findings, (finding, value) => partialMask(value));
}

/** redact() with labels only: the content script's form, which leaves partialMask out of its bundle. */
export function redactLabels(text: string, findings: readonly Finding[]): string {
  return maskValues(text, findings, (finding) => redactionLabel(finding.type));
}

function maskValues(text: string, findings: readonly Finding[], mask: (finding: Finding, value: string) => string): string {
  const values = findings.filter((f) => !isRegionType(f.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const finding of values) {
    if (finding.start < cursor) continue;
    out += text.slice(cursor, finding.start) + mask(finding, text.slice(finding.start, finding.end));
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}
