/** The standalone report's strings: the English or French catalog, bundled at build time, by the browser's language. */
import enMessages from '../../public/_locales/en/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';
import { catalogText, type ReportText } from './report-text';

/** The ReportText for a page outside the extension (no browser.i18n), French when `language` is French. */
export function standaloneText(language: string): ReportText {
  return language.toLowerCase().startsWith('fr') ? catalogText(frMessages, language) : catalogText(enMessages, language);
}
