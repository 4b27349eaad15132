import { describe, expect, it } from 'vitest';
import { loadExportFiles, type LoadProgress } from '../../../utils/report/load-files';
import { catalogText } from '../../../utils/report/report-text';
import { standaloneText } from '../../../utils/report/standalone-text';
import { exportFiles } from './report-fixtures';

const file = (name: string, text: string) => ({ name, text: async () => text });

describe('loadExportFiles', () => {
  it('loads good files, lists a truncated or unreadable one with its name and error, and reports progress', async () => {
    const { alice, bob, truncated } = await exportFiles();
    const progress: LoadProgress[] = [];
    const result = await loadExportFiles(
      [file('alice.json', alice), file('cut.json', truncated), { name: 'gone.ndjson', text: () => Promise.reject(new Error('the file was moved')) }, file('bob.ndjson', bob)],
      (p) => progress.push(p),
    );
    expect(result.loaded.map((e) => [e.fileName, e.records.length])).toEqual([['alice.json', 10], ['bob.ndjson', 5]]);
    expect(result.rejected).toEqual([
      { fileName: 'cut.json', error: 'cut.json: the JSON ends early: the file is truncated' },
      { fileName: 'gone.ndjson', error: 'gone.ndjson: the file was moved' },
    ]);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(progress[1]).toEqual({ done: 1, total: 4, current: 'cut.json' });
  });
});

describe('report text', () => {
  it('substitutes placeholders and falls back to the key or the value', () => {
    const text = catalogText({ hi: { message: 'Hello $WHO$', placeholders: { who: { content: '$1' } } }, type_pii_email: { message: 'E-mail' } }, 'en');
    expect(text.t('hi' as never, 'Ada')).toBe('Hello Ada');
    expect(text.t('missing' as never)).toBe('missing');
    expect(text.findingTypeLabel('pii.email')).toBe('E-mail');
    expect(text.valueLabel('action', 'quarantine')).toBe('quarantine');
  });

  it('picks French for a French browser and English otherwise, outside the extension', () => {
    expect(standaloneText('fr-FR').t('reportFigurePeople')).toBe('Personnes');
    expect(standaloneText('de').t('reportFigurePeople')).toBe('People');
    expect(standaloneText('fr').valueLabel('action', 'block')).not.toBe('block');
  });
});
