import type { FilterChoices, FilterState } from '../../utils/report/filters';
import { hasFilters, NO_FILTERS } from '../../utils/report/filters';
import { useText } from '../../utils/report/text-context';

/** Props of the filter bar: the form's values, what it offers, and where changes go. */
export interface FilterBarProps {
  value: FilterState;
  choices: FilterChoices;
  onChange(value: FilterState): void;
}

/** The report's filters: organization label, site, finding type or family, and a date range (UTC days). */
export function FilterBar({ value, choices, onChange }: FilterBarProps) {
  const { t, findingTypeLabel } = useText();
  const set = (key: keyof FilterState) => (event: Event) => onChange({ ...value, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  return (
    <form class="filters" data-testid="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('reportFilterOrg')}
        <select name="orgLabel" value={value.orgLabel} onChange={set('orgLabel')}>
          <option value="">{t('reportFilterAny')}</option>
          {choices.orgLabels.map((label) => (
            <option key={label} value={label}>{label}</option>
          ))}
        </select>
      </label>
      <label>
        {t('reportFilterSite')}
        <select name="site" value={value.site} onChange={set('site')}>
          <option value="">{t('reportFilterAny')}</option>
          {choices.sites.map((site) => (
            <option key={site} value={site}>{site}</option>
          ))}
        </select>
      </label>
      <label>
        {t('reportFilterType')}
        <select name="type" value={value.type} onChange={set('type')}>
          <option value="">{t('reportFilterAny')}</option>
          <optgroup label={t('reportFilterFamilies')}>
            {choices.families.map((family) => (
              <option key={family} value={family}>{family}</option>
            ))}
          </optgroup>
          <optgroup label={t('reportFilterTypes')}>
            {choices.types.map((type) => (
              <option key={type} value={type}>{findingTypeLabel(type)}</option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('reportFilterFrom')}
        <input type="date" name="from" value={value.from} min={choices.firstDay} max={choices.lastDay} onChange={set('from')} />
      </label>
      <label>
        {t('reportFilterTo')}
        <input type="date" name="to" value={value.to} min={choices.firstDay} max={choices.lastDay} onChange={set('to')} />
      </label>
      <button type="button" disabled={!hasFilters(value)} onClick={() => onChange(NO_FILTERS)}>
        {t('reportFilterClear')}
      </button>
    </form>
  );
}
