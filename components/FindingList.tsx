import { findingTypeLabel, t } from '../utils/i18n';

/** The kinds of data found and how many of each; never the values. */
export function FindingList({ findings }: { findings: { type: string; count: number }[] }) {
  return (
    <ul class="vigie-findings">
      {findings.map((finding) => (
        <li key={finding.type} data-finding-type={finding.type}>
          {t('findingCount', [findingTypeLabel(finding.type), String(finding.count)])}
        </li>
      ))}
    </ul>
  );
}
