import type { Detector } from './types';

/** For a list of detectors: which detectors can possibly match a text, found cheaply. */
export interface PrefilterIndex {
  /** The keywords that occur in `lower` (the lower-cased text). */
  keywordsIn(lower: string): Set<string>;
  /** The detectors worth running on a text that holds the keywords `present` (from keywordsIn), in list order. */
  detectorsFor(present: ReadonlySet<string>): Detector[];
}

// Runs of three characters as slots of a table, 5 bits of each character. Characters with the same low bits
// share slots: that costs a comparison, never a miss.
const SLOTS = 1 << 15;

/** The slot of the run of three characters of `text` that ends at `end`. */
function slot(text: string, end: number): number {
  return (((text.charCodeAt(end - 2) & 31) << 10) | ((text.charCodeAt(end - 1) & 31) << 5) | (text.charCodeAt(end) & 31));
}

/**
 * The first offset from `from` (at least 2) at which a live run ends (its slot's count in `live` is not 0),
 * or -1. The hot loop: one character, one shift and one lookup per step.
 */
function nextHit(text: string, from: number, live: Uint8Array): number {
  let s = slot(text, from - 1);
  for (let i = from; i < text.length; i++) {
    s = ((s << 5) | (text.charCodeAt(i) & 31)) & (SLOTS - 1);
    if (live[s] !== 0) return i;
  }
  return -1;
}

// Which of its runs of three characters each keyword is filed under, as the offset of the run's last character minus
// two, one digit per keyword of three characters or more, in the order of the built-in detectors' keywords: the run
// whose slot the project's corpus holds least often. A keyword's first run is often a common one ("con", "pro", "ent",
// "cli" for "clé api"), and each place where a live slot occurs costs a comparison: the first runs make about 25 such
// places per KB of text, these runs about 11. test/unit/detect/prefilter.test.ts derives this string from
// test/fixtures/corpus/train.jsonl. A digit that does not fit (another list of detectors) is cut to the last run; a
// missing one (+undefined is NaN) files the keyword under its first run.
export const ANCHORS = '131111102301010111250000228111100003110002000020120621000020020103423734010032220114051010203042014020552584314840635477';

/**
 * Builds the index. Checking each keyword with `includes()` costs a full pass over the text for every
 * absent keyword (over a hundred of them). Instead one pass reads the text once, and looks up the run of
 * three characters ending at every offset. A keyword of three characters or more is filed under one of its
 * runs (ANCHORS), compared only where that run occurs, and taken off its slot once found. Keywords of one or two
 * characters use `includes()`.
 */
export function buildPrefilterIndex(detectors: readonly Detector[], anchors = ANCHORS): PrefilterIndex {
  const keywords = [...new Set(detectors.flatMap((d) => d.cues))];
  const short = keywords.filter((k) => k.length < 3);
  const long = keywords.filter((k) => k.length >= 3);
  // Where each keyword's run ends, from the keyword's start.
  const at = long.map((k, i) => Math.min(+anchors[i] || 0, k.length - 3) + 2);
  // first[slot] and next[1 + i] list the keywords filed under a slot (1-based, 0 ending a list); `live` counts
  // those not found yet.
  const live = new Uint8Array(SLOTS);
  const first = new Uint16Array(SLOTS);
  const next = new Uint16Array(long.length + 1);
  long.forEach((k, i) => {
    const s = slot(k, at[i]);
    next[i + 1] = first[s];
    first[s] = i + 1;
    live[s]++;
  });
  return {
    keywordsIn(lower) {
      const present = new Set(short.filter((k) => lower.includes(k)));
      const found: number[] = [];
      for (let i = nextHit(lower, 2, live); i >= 0 && found.length < long.length; i = nextHit(lower, i + 1, live)) {
        const s = slot(lower, i);
        // The comparison comes first: it fails at once nearly everywhere, while the list of keywords found grows
        // to dozens on a long text.
        for (let e = first[s]; e !== 0; e = next[e]) {
          if (lower.startsWith(long[e - 1], i - at[e - 1]) && !found.includes(e - 1)) {
            found.push(e - 1);
            live[s]--;
          }
        }
      }
      // The counts are shared by every keywordsIn(): put back those of the keywords found.
      for (const k of found) {
        live[slot(long[k], at[k])]++;
        present.add(long[k]);
      }
      return present;
    },
    detectorsFor: (present) => detectors.filter((d) => !d.cues.length || d.cues.some((k) => present.has(k))),
  };
}
