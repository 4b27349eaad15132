import { t } from '../utils/i18n';

/** Props of the log's pager. */
export interface LogPagerProps {
  offset: number;
  shown: number;
  total: number;
  hasMore: boolean;
  onPage(offset: number): void;
  pageSize: number;
}

/** "21–40 of 135 events", with Previous and Next. */
export function LogPager({ offset, shown, total, hasMore, onPage, pageSize }: LogPagerProps) {
  return (
    <nav class="pager" aria-label={t('logTitle')}>
      <p class="count">{t('logCount', [String(offset + 1), String(offset + shown), String(total)])}</p>
      <button type="button" data-page="previous" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        {t('pagePrevious')}
      </button>
      <button type="button" data-page="next" disabled={!hasMore} onClick={() => onPage(offset + pageSize)}>
        {t('pageNext')}
      </button>
    </nav>
  );
}
