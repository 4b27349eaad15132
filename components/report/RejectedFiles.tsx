import type { RejectedFile } from '../../utils/report/load-files';
import { useText } from '../../utils/report/text-context';

/** The files that did not load, each with what is wrong and where; the other files are unaffected. */
export function RejectedFiles({ files }: { files: readonly RejectedFile[] }) {
  const { t } = useText();
  if (files.length === 0) return null;
  return (
    <section class="rejected" role="alert" data-testid="rejected-files">
      <h2>{t('reportRejectedTitle', String(files.length))}</h2>
      <p>{t('reportRejectedHint')}</p>
      <ul>
        {files.map((file, index) => (
          <li key={`${index}-${file.fileName}`} data-file={file.fileName}>
            <strong>{file.fileName}</strong>
            {`: ${file.error.startsWith(`${file.fileName}: `) ? file.error.slice(file.fileName.length + 2) : file.error}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
