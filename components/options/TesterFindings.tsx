import { useState } from 'preact/hooks';
import { CONFIDENCE_ORDER, type Confidence, type Finding } from '../../utils/detect/types';
import { findingTypeLabel, t } from '../../utils/i18n';
import { confidenceLabel } from './labels';

interface TypeGroup {
  type: string;
  count: number;
  confidence: Confidence;
  values: string[];
}

/** Findings per type, in first-seen order, with the highest confidence among them. */
export function groupFindings(text: string, findings: readonly Finding[]): TypeGroup[] {
  const groups = new Map<string, TypeGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.type) ?? { type: finding.type, count: 0, confidence: finding.confidence, values: [] };
    group.count++;
    if (CONFIDENCE_ORDER.indexOf(finding.confidence) > CONFIDENCE_ORDER.indexOf(group.confidence)) group.confidence = finding.confidence;
    group.values.push(text.slice(finding.start, finding.end));
    groups.set(finding.type, group);
  }
  return [...groups.values()];
}

/** What the tester found: kinds, counts and confidence; the values themselves only when asked for. */
export function TesterFindings({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const [reveal, setReveal] = useState(false);
  const groups = groupFindings(text, findings);
  return (
    <div class="tester-findings">
      <h3>{t('optionsTesterFindings')}</h3>
      {groups.length === 0 ? (
        <p data-testid="tester-no-findings">{t('optionsTesterNoFindings')}</p>
      ) : (
        <>
          <ul data-testid="tester-findings">
            {groups.map((group) => (
              <li key={group.type} data-finding-type={group.type} data-confidence={group.confidence}>
                {t('findingCount', [findingTypeLabel(group.type), String(group.count)])} · {t('optionsConfidenceOf', confidenceLabel(group.confidence))}{' '}
                <code class="muted">{group.type}</code>
                {reveal && (
                  <ul class="values" data-testid="tester-values">
                    {group.values.map((value, i) => (
                      <li key={i}>
                        <code>{value}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="tester-reveal" onClick={() => setReveal(!reveal)}>
            {reveal ? t('optionsTesterHideValues') : t('optionsTesterShowValues')}
          </button>
        </>
      )}
    </div>
  );
}
