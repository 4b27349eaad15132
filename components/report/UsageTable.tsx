import type { ComponentChildren } from 'preact';
import { formatDuration, formatNumber } from '../../utils/report/format';
import type { UsageRow } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';

/** A row of a usage table: its label, its figures, and whether it details the row above it. */
export interface UsageTableRow {
  label: ComponentChildren;
  usage: UsageRow;
  /** A part of the previous group row (shown indented). */
  sub?: boolean;
}

/** Props of a usage table: its test id, caption (for screen readers: a heading shows it), the heading of its first column, and its rows in order. */
export interface UsageTableProps {
  id: string;
  caption: string;
  heading: string;
  rows: readonly UsageTableRow[];
}

/** AI site usage per group (status, category): sites, people, visits, active time and events. */
export function UsageTable({ id, caption, heading, rows }: UsageTableProps) {
  const text = useText();
  const { t } = text;
  return (
    <div class="table-wrap">
      <table class="usage" data-testid={id}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" class="num">{t('reportColSites')}</th>
            <th scope="col" class="num">{t('reportColPeople')}</th>
            <th scope="col" class="num">{t('reportColVisits')}</th>
            <th scope="col" class="num">{t('reportColActiveTime')}</th>
            <th scope="col" class="num">{t('reportColEvents')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, usage, sub }) => (
            <tr key={`${sub ? 'sub:' : ''}${usage.key}`} data-key={usage.key} class={sub ? 'sub' : undefined}>
              <th scope="row">{label}</th>
              <td class="num">{formatNumber(text, usage.sites)}</td>
              <td class="num">{formatNumber(text, usage.users)}</td>
              <td class="num">{formatNumber(text, usage.visits)}</td>
              <td class="num">{formatDuration(text, usage.activeSeconds)}</td>
              <td class="num">{formatNumber(text, usage.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
