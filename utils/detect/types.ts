/** How sure a detector is of a finding (see ../shared/finding-types.md). */
export type Confidence = 'high' | 'medium' | 'low';

/** Confidence levels from weakest to strongest, for comparisons. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

/** One piece of sensitive data found in a text. Offsets are UTF-16, end exclusive. */
export interface Finding {
  /** A finding-type id from the shared vocabulary, e.g. `pii.email`. */
  type: string;
  start: number;
  end: number;
  confidence: Confidence;
  /** Id of the detector that reported it. */
  detector: string;
}

/** A detector: a pure function from text to findings of one type. */
export interface Detector {
  id: string;
  type: string;
  /**
   * The prefilter keywords: lower-case substrings of which at least one must occur for the detector to possibly
   * match; lets scan() skip the detector cheaply. Empty means always run. A short name, as every detector of the
   * content script writes it (`prefilter` cost 18 bytes gzipped more). Their order is free (the prefilter finds the
   * set of those that occur, which detectors only test with has()): some lists are in the order gzip codes best.
   */
  cues: readonly string[];
  /**
   * Finds the values in `text`. scan() also passes the prefilter keywords that occur in the lower-cased text
   * (of every detector, not only this one's), so that a detector can leave out searches for what is absent.
   */
  find(text: string, present?: ReadonlySet<string>): Finding[];
}

/** True when `a` is at least as confident as `b`. */
export function confidenceAtLeast(a: Confidence, b: Confidence): boolean {
  return CONFIDENCE_ORDER.indexOf(a) >= CONFIDENCE_ORDER.indexOf(b);
}

/** The prefix of the region types (isRegionType), for code that tests it inline (resolveOverlaps: bytes of the content script). */
export const REGION_TYPES = 'code.';

/**
 * True for finding types that describe a region of the text (a block of source code) rather than a
 * value: they do not compete with the values found inside them, and redaction leaves them alone.
 */
export function isRegionType(type: string): boolean {
  return type.startsWith(REGION_TYPES);
}
