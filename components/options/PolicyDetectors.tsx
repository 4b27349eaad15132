import { t, type MessageKey } from '../../utils/i18n';
import type { Policy, PolicyDetector } from '../../utils/policy/schema';
import { confidenceLabel } from './labels';

/** What a detector holds, without showing it: terms and patterns stay folded; hashes are never readable. */
function DetectorContent({ detector }: { detector: PolicyDetector }) {
  if (detector.kind === 'hashed') return <span class="muted">{t('optionsDetectorHashes', String(detector.hashes?.length ?? 0))}</span>;
  if (detector.kind === 'regex') {
    return (
      <details>
        <summary>{t('optionsDetectorShowPattern')}</summary>
        <code class="pattern">{detector.pattern}</code>
      </details>
    );
  }
  const terms = detector.terms ?? [];
  return (
    <details>
      <summary>{t('optionsDetectorShowTerms', String(terms.length))}</summary>
      <ul class="terms">
        {terms.map((term, i) => (
          <li key={i}>{term}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The organization's own detectors: names and kinds. Their terms can be sensitive (project code names,
 * customer names), so they are folded away and shown only on request; hashed terms cannot be shown at all.
 */
export function PolicyDetectors({ policy }: { policy: Policy }) {
  return (
    <>
      <h3>{t('optionsDetectorsTitle')}</h3>
      {policy.detectors.length === 0 ? (
        <p>{t('optionsNoDetectors')}</p>
      ) : (
        <ul class="detectors" data-testid="policy-detectors">
          {policy.detectors.map((detector) => (
            <li key={detector.id} data-detector-id={detector.id}>
              <code>custom.{detector.id}</code> · {t(`optionsDetectorKind_${detector.kind}` as MessageKey)} ·{' '}
              {t('optionsConfidenceOf', confidenceLabel(detector.confidence ?? 'high'))}
              {detector.description && <p class="muted">{detector.description}</p>}
              <DetectorContent detector={detector} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
