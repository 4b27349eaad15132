/** Mounts the report page; shared by the extension entry point and the standalone file. */
import { h, render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import type { ReportText } from './report-text';
import { TextContext } from './text-context';

/** Renders the report into `root` with the given strings and sets the document's language. */
export function mountReport(root: HTMLElement, text: ReportText): void {
  root.ownerDocument.documentElement.lang = text.locale;
  root.ownerDocument.title = text.t('reportTitle');
  render(h(TextContext.Provider, { value: text }, h(ReportApp, {})), root);
}
