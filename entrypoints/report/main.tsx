import { browser } from 'wxt/browser';
import { findingTypeLabel, t, valueLabel } from '../../utils/i18n';
import { mountReport } from '../../utils/report/mount-report';
import './style.css';

// In the extension the strings come from browser.i18n; the standalone file passes a catalog-based ReportText instead.
mountReport(document.getElementById('app')!, { locale: browser.i18n.getUILanguage(), t, findingTypeLabel, valueLabel });
