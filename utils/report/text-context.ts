/** The report's strings as a Preact context, so the extension page and the standalone file share components. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogText, type ReportText } from './report-text';

/** The context holding the report's ReportText; without a provider, every string is its message key. */
export const TextContext = createContext<ReportText>(catalogText({}, 'en'));

/** The ReportText in force. */
export function useText(): ReportText {
  return useContext(TextContext);
}
