import { describe, expect, it } from 'vitest';
import enMessages from '../../../public/_locales/en/messages.json';
import frMessages from '../../../public/_locales/fr/messages.json';
import { categoryLabel, formatDuration } from '../../../utils/report/format';
import { catalogText } from '../../../utils/report/report-text';

const en = catalogText(enMessages, 'en');
const fr = catalogText(frMessages, 'fr');

describe('report formatting', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [2700, '45 min'],
    [3600, '1 h 00 min'],
    [6120, '1 h 42 min'],
    [3_600_000, '1,000 h 00 min'],
  ])('formats %i seconds as %s', (seconds, expected) => {
    expect(formatDuration(en, seconds)).toBe(expected);
  });

  it('formats durations with the locale’s numbers', () => {
    expect(formatDuration(fr, 3_600_000).replace(/\s/g, ' ')).toBe('1 000 h 00 min');
  });

  it('labels catalog categories, falling back to the category itself', () => {
    expect(categoryLabel(en, 'code-assistant')).toBe('Code assistants');
    expect(categoryLabel(fr, 'chat')).toBe('Assistants conversationnels');
    expect(categoryLabel(en, 'unknown')).toBe('No category');
    expect(categoryLabel(en, 'quantum')).toBe('quantum');
  });
});
