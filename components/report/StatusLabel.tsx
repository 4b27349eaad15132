import type { MessageKey } from '../../utils/i18n';
import { statusGroup } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';

const LABELS = new Map<string, MessageKey>([
  ['sanctioned', 'reportStatusSanctioned'],
  ['unsanctioned', 'reportStatusUnsanctioned'],
  ['tolerated', 'reportStatusTolerated'],
  ['blocked', 'reportStatusBlocked'],
  ['unclassified', 'reportStatusUnclassified'],
]);

/**
 * A site status (`sanctioned`, `tolerated`, `blocked`, a word the policy defines) or a status group
 * (`unsanctioned`, `unclassified`), translated when known and coloured by group: sanctioned or not.
 */
export function StatusLabel({ status }: { status: string }) {
  const { t } = useText();
  const key = LABELS.get(status);
  const label = key === undefined ? status : t(key);
  const group = status === 'unclassified' ? 'unclassified' : statusGroup(status);
  return <span class={`status status-${group}`}>{label}</span>;
}
