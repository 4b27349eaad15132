import { useEffect, useMemo, useState } from 'preact/hooks';
import type { compileCustomDetectors, CustomDetectorSpec } from '../../utils/detect/custom';
import { DEFAULT_DETECTORS } from '../../utils/detect/scan';
import type { Detector } from '../../utils/detect/types';
import { t, type MessageKey } from '../../utils/i18n';
import { buildSiteTable } from '../../utils/policy/site-table';
import type { PolicyState } from '../../utils/policy/load';
import { EVENT_KINDS, SITE_STATUSES, type EventKind } from '../../utils/policy/schema';
import { eventLabel, statusLabel } from './labels';
import { runTester, testerSites, type TesterResult } from './tester';
import { TesterFindings } from './TesterFindings';
import { TesterVerdict } from './TesterVerdict';

/** How long typing must pause before the sample is scanned again, so the page never stalls on each key. */
export const TESTER_DEBOUNCE_MS = 250;

/**
 * The policy tester: a sample text, a site and an event kind go through the same scan and evaluation as a
 * real paste, with the policy in force, its custom detectors and the employee's personal rules.
 */
export function PolicyTester({ state, compile, uiLanguage }: { state: PolicyState; compile: typeof compileCustomDetectors; uiLanguage: string }) {
  const table = useMemo(() => (Object.keys(state.sites.hosts).length > 0 ? state.sites : buildSiteTable(state.policy)), [state]);
  const sites = useMemo(() => testerSites(table), [table]);
  const [text, setText] = useState('');
  const [picked, setHost] = useState(() => sites.find((site) => !site.added)?.host ?? sites[0]?.host ?? '');
  // A new policy may no longer add the host that was picked; the first site stands in for it.
  const host = sites.some((site) => site.host === picked) ? picked : (sites[0]?.host ?? '');
  const [kind, setKind] = useState<EventKind>('paste');
  const [detectors, setDetectors] = useState<{ list: readonly Detector[]; errors: string[] } | undefined>();
  const [result, setResult] = useState<TesterResult | undefined>();

  // The policy's own detectors are compiled once per policy (re2js is loaded only for regex ones).
  const specsKey = JSON.stringify(state.policy.detectors);
  useEffect(() => {
    let current = true;
    if (state.policy.detectors.length === 0) {
      setDetectors({ list: DEFAULT_DETECTORS, errors: [] });
      return;
    }
    setDetectors(undefined);
    compile(state.policy.detectors as unknown as CustomDetectorSpec[])
      .then(({ detectors: custom, errors }) => current && setDetectors({ list: [...DEFAULT_DETECTORS, ...custom], errors: errors.map((error) => `${error.id}: ${error.message}`) }))
      .catch((error: unknown) => current && setDetectors({ list: DEFAULT_DETECTORS, errors: [String(error)] }));
    return () => {
      current = false;
    };
  }, [specsKey]);

  useEffect(() => {
    if (!detectors || !text) {
      setResult(undefined);
      return;
    }
    const timer = setTimeout(() => setResult(runTester({ text, host, kind }, { policy: state.policy, table, personal: state.personal, detectors: detectors.list })), TESTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, host, kind, detectors, state]);

  const chosen = sites.find((site) => site.host === host);
  return (
    <section class="panel" aria-labelledby="tester-title" data-testid="policy-tester">
      <h2 id="tester-title">{t('optionsTesterTitle')}</h2>
      <p>{t('optionsTesterIntro')}</p>
      <div class="tester-inputs">
        <label class="stacked" for="tester-text">
          {t('optionsTesterText')}
        </label>
        <textarea id="tester-text" data-testid="tester-text" rows={6} spellcheck={false} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <div class="row">
          <label class="stacked">
            {t('optionsTesterSite')}
            <select data-testid="tester-site" value={host} onChange={(event) => setHost(event.currentTarget.value)}>
              {SITE_STATUSES.map((status) => {
                const group = sites.filter((site) => site.status === status);
                return (
                  group.length > 0 && (
                    <optgroup key={status} label={t(`optionsTesterGroup_${status}` as MessageKey)}>
                      {group.map((site) => (
                        <option key={site.host} value={site.host}>
                          {site.name} — {site.host}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
            </select>
          </label>
          <label class="stacked">
            {t('optionsTesterKind')}
            <select data-testid="tester-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as EventKind)}>
              {EVENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {eventLabel(value)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {chosen && (
          <p class="muted" data-testid="tester-site-status" data-status={chosen.status}>
            {t('optionsTesterSiteStatus', [chosen.host, statusLabel(chosen.status)])}
          </p>
        )}
        {detectors && detectors.errors.length > 0 && <p class="error">{t('optionsTesterDetectorErrors', detectors.errors.join('; '))}</p>}
      </div>
      <div data-testid="tester-result">
        {!text && <p class="muted">{t('optionsTesterEmpty')}</p>}
        {text && !result && <p class="muted">{t('optionsTesterWorking')}</p>}
        {text && result && (
          <>
            <TesterFindings text={text} findings={result.findings} />
            <TesterVerdict result={result} policy={state.policy} uiLanguage={uiLanguage} />
          </>
        )}
      </div>
    </section>
  );
}
