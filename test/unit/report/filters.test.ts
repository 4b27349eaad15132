import { describe, expect, it } from 'vitest';
import { filterChoices, hasFilters, NO_FILTERS, toReportFilter } from '../../../utils/report/filters';
import { aliceLog, bobLog } from './report-fixtures';

describe('report filters', () => {
  it('turns the form into a ReportFilter, the last day included', () => {
    expect(toReportFilter(NO_FILTERS)).toEqual({});
    expect(toReportFilter({ orgLabel: 'Finance', site: 'chat.example-ai.test', type: 'secret.*', from: '2026-11-01', to: '2026-11-02' })).toEqual({
      orgLabel: 'Finance',
      site: 'chat.example-ai.test',
      type: 'secret.*',
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 3),
    });
  });

  it('ignores an unreadable date', () => {
    expect(toReportFilter({ ...NO_FILTERS, from: 'soon' })).toEqual({});
  });

  it('offers the labels, sites (most records first, visited-only sites too), families and types of the records', async () => {
    const rows = [...(await aliceLog()).map((record) => ({ installId: 'a', record })), ...(await bobLog()).map((record) => ({ installId: 'b', record }))];
    const choices = filterChoices(rows);
    expect(choices.orgLabels).toEqual(['Finance', 'Sales']);
    expect(choices.sites).toEqual(['chat.example-ai.test', 'other.example-ai.test', 'draw.example-ai.test']);
    expect(choices.families).toEqual(['pii.*', 'secret.*']);
    expect(choices.types).toEqual(['pii.credit_card', 'pii.email', 'secret.github_token']);
    expect(choices).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-11-03' });
    expect(filterChoices([])).toEqual({ orgLabels: [], sites: [], families: [], types: [] });
  });

  it('says whether any filter is on', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, site: 'x' })).toBe(true);
  });
});
