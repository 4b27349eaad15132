import { useText } from '../../utils/report/text-context';

/** A site status (`sanctioned`, `unsanctioned` or a word the policy defines), translated when known. */
export function StatusLabel({ status }: { status: string }) {
  const { t } = useText();
  const label = status === 'sanctioned' ? t('reportStatusSanctioned') : status === 'unsanctioned' ? t('reportStatusUnsanctioned') : status;
  return <span class={`status status-${status.replace(/[^a-z0-9-]/g, '')}`}>{label}</span>;
}
