/** Mounts the report page; shared by the extension entry point and the standalone file. */
import { h, render } from 'preact';
import { ReportApp, type ReportAppProps } from '../../components/report/ReportApp';
import type { ReportText } from './report-text';
import { TextContext } from './text-context';

/** Renders the report into `root` with the given strings (and, in the extension, its local log) and sets the document's language. */
export function mountReport(root: HTMLElement, text: ReportText, props: ReportAppProps = {}): void {
  root.ownerDocument.documentElement.lang = text.locale;
  root.ownerDocument.title = text.t('reportTitle');
  render(h(TextContext.Provider, { value: text }, h(ReportApp, props)), root);
}
