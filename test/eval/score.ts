/**
 * Scoring of detector findings against the labelled corpus. A finding matches a label when the types are
 * equal and the spans overlap by at least half of the label's length; each label matches at most one
 * finding and vice versa (a maximum bipartite matching per document). Precision, recall and false
 * positives per 100 KB of hard-negative text follow.
 */
import type { CorpusDoc, Label } from '../fixtures/corpus/context';

/** A span reported by a detector (the fields of a Finding the scorer needs). */
export interface ScoredSpan {
  type: string;
  start: number;
  end: number;
  confidence?: string;
  detector?: string;
}

/** Finding types the corpus does not label, hence left out of scoring (optional name detector, policy rules). */
export const UNSCORED_TYPE_PREFIXES: readonly string[] = ['pii.person_name', 'custom.'];

/** True when findings and labels of this type take part in the scores. */
export function isScoredType(type: string): boolean {
  return !UNSCORED_TYPE_PREFIXES.some((prefix) => type === prefix || (prefix.endsWith('.') && type.startsWith(prefix)));
}

/** True when `finding` may match `label`: same type and overlap of at least half the label's length. */
export function spansMatch(label: Label, finding: ScoredSpan): boolean {
  if (label.type !== finding.type) return false;
  const overlap = Math.min(label.end, finding.end) - Math.max(label.start, finding.start);
  return overlap > 0 && 2 * overlap >= label.end - label.start;
}

/** Result of matching one document's findings against its labels. */
export interface DocMatch {
  matched: { label: Label; finding: ScoredSpan }[];
  missed: Label[];
  spurious: ScoredSpan[];
}

/**
 * Matches findings to labels one to one, maximising the number of matches (Kuhn's augmenting paths;
 * candidates are tried by decreasing overlap so the pairing is also the natural one).
 */
export function matchDocument(labels: readonly Label[], findings: readonly ScoredSpan[]): DocMatch {
  const scoredLabels = labels.filter((l) => isScoredType(l.type));
  const scoredFindings = findings.filter((f) => isScoredType(f.type));
  const overlap = (l: Label, f: ScoredSpan): number => Math.min(l.end, f.end) - Math.max(l.start, f.start);
  const candidates = scoredLabels.map((label) =>
    scoredFindings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => spansMatch(label, finding))
      .sort((a, b) => overlap(label, b.finding) - overlap(label, a.finding) || a.index - b.index)
      .map(({ index }) => index),
  );
  const labelOfFinding = new Array<number>(scoredFindings.length).fill(-1);
  const tryAssign = (li: number, seen: boolean[]): boolean => {
    for (const fi of candidates[li]) {
      if (seen[fi]) continue;
      seen[fi] = true;
      if (labelOfFinding[fi] < 0 || tryAssign(labelOfFinding[fi], seen)) {
        labelOfFinding[fi] = li;
        return true;
      }
    }
    return false;
  };
  for (let li = 0; li < scoredLabels.length; li++) tryAssign(li, new Array<boolean>(scoredFindings.length).fill(false));
  const findingOfLabel = new Array<number>(scoredLabels.length).fill(-1);
  labelOfFinding.forEach((li, fi) => {
    if (li >= 0) findingOfLabel[li] = fi;
  });
  return {
    matched: scoredLabels.flatMap((label, li) => (findingOfLabel[li] >= 0 ? [{ label, finding: scoredFindings[findingOfLabel[li]] }] : [])),
    missed: scoredLabels.filter((_l, li) => findingOfLabel[li] < 0),
    spurious: scoredFindings.filter((_f, fi) => labelOfFinding[fi] < 0),
  };
}

/** Counts for one type or overall. */
export interface Counts {
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** A false negative or false positive kept for the report. */
export interface Example {
  kind: 'FN' | 'FP';
  docId: string;
  type: string;
  value: string;
  before: string;
  after: string;
  negativeDoc: boolean;
}

/** The evaluation of a corpus. */
export interface EvalReport {
  docs: number;
  negativeDocs: number;
  negativeBytes: number;
  perType: Record<string, Counts>;
  overall: Counts;
  /** False positives found in hard-negative documents. */
  negativeFp: number;
  /** negativeFp per 100 KB (100,000 bytes of UTF-8) of hard-negative text. */
  fpPer100KB: number;
  fnExamples: Example[];
  fpExamples: Example[];
}

function finish(c: { labels: number; tp: number; fp: number; fn: number }): Counts {
  return { ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) };
}

function example(kind: 'FN' | 'FP', doc: CorpusDoc, span: { type: string; start: number; end: number }, context: number): Example {
  return {
    kind,
    docId: doc.id,
    type: span.type,
    value: doc.text.slice(span.start, span.end),
    before: doc.text.slice(Math.max(0, span.start - context), span.start),
    after: doc.text.slice(span.end, span.end + context),
    negativeDoc: doc.negative,
  };
}

/** Picks up to `n` examples, round-robin over types so one noisy type does not hide the others. */
function spread(examples: readonly Example[], n: number): Example[] {
  const byType = new Map<string, Example[]>();
  for (const e of examples) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const queues = [...byType.values()];
  const out: Example[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (q.length > round && out.length < n) out.push(q[round]);
  }
  return out;
}

/** Scores a corpus given a function that returns the findings for a text. */
export function evaluate(docs: readonly CorpusDoc[], findingsOf: (text: string) => readonly ScoredSpan[], options: { examples?: number; context?: number } = {}): EvalReport {
  const maxExamples = options.examples ?? 10;
  const context = options.context ?? 30;
  const perType = new Map<string, { labels: number; tp: number; fp: number; fn: number }>();
  const bucket = (type: string): { labels: number; tp: number; fp: number; fn: number } => {
    let b = perType.get(type);
    if (!b) perType.set(type, (b = { labels: 0, tp: 0, fp: 0, fn: 0 }));
    return b;
  };
  const fns: Example[] = [];
  const fps: Example[] = [];
  let negativeBytes = 0;
  let negativeFp = 0;
  for (const doc of docs) {
    const result = matchDocument(doc.labels, findingsOf(doc.text));
    for (const label of doc.labels) if (isScoredType(label.type)) bucket(label.type).labels++;
    for (const { label } of result.matched) bucket(label.type).tp++;
    for (const label of result.missed) {
      bucket(label.type).fn++;
      fns.push(example('FN', doc, label, context));
    }
    for (const finding of result.spurious) {
      bucket(finding.type).fp++;
      fps.push(example('FP', doc, finding, context));
    }
    if (doc.negative) {
      negativeBytes += Buffer.byteLength(doc.text, 'utf8');
      negativeFp += result.spurious.length;
    }
  }
  const total = { labels: 0, tp: 0, fp: 0, fn: 0 };
  const sortedTypes = [...perType.keys()].sort();
  const perTypeOut: Record<string, Counts> = {};
  for (const type of sortedTypes) {
    const b = perType.get(type) as { labels: number; tp: number; fp: number; fn: number };
    perTypeOut[type] = finish(b);
    total.labels += b.labels;
    total.tp += b.tp;
    total.fp += b.fp;
    total.fn += b.fn;
  }
  // Hard-negative false positives first: they are the ones that cost the most.
  const orderedFps = [...fps.filter((e) => e.negativeDoc), ...fps.filter((e) => !e.negativeDoc)];
  return {
    docs: docs.length,
    negativeDocs: docs.filter((d) => d.negative).length,
    negativeBytes,
    perType: perTypeOut,
    overall: finish(total),
    negativeFp,
    fpPer100KB: negativeBytes === 0 ? 0 : (negativeFp * 100_000) / negativeBytes,
    fnExamples: spread(fns, maxExamples),
    fpExamples: spread(orderedFps, maxExamples),
  };
}
