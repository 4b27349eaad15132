import type { Detector } from './types';

/** For a list of detectors: which detectors can possibly match a text, found cheaply. */
export interface PrefilterIndex {
  /** The keywords that occur in `lower` (the lower-cased text). */
  keywordsIn(lower: string): Set<string>;
  /** The detectors worth running on a text that holds the keywords `present` (from keywordsIn), in list order. */
  detectorsFor(present: ReadonlySet<string>): Detector[];
}

// Runs of three characters as slots of a table, 5 bits of each character, and runs of two as slots of a
// smaller one after it. Characters with the same low bits share slots: that costs a comparison, never a miss.
const TRIPLES = 1 << 15;

/** The slot of a run of two or three characters. */
function slot(run: string): number {
  let s = 0;
  for (let i = 0; i < run.length; i++) s = (s << 5) | (run.charCodeAt(i) & 31);
  return run.length === 2 ? TRIPLES + s : s;
}

/**
 * The first even offset from `from` (even, at least 2: no run ending before holds a keyword) at which a live
 * run ends (its slot's count in `live` is not 0), a triple or a pair, or -1. The hot loop, two characters per step.
 */
function nextHit(text: string, from: number, live: Uint8Array): number {
  let a = text.charCodeAt(from - 2) & 31;
  for (let i = from; i < text.length; i += 2) {
    const pair = ((text.charCodeAt(i - 1) & 31) << 5) | (text.charCodeAt(i) & 31);
    if ((live[(a << 10) | pair] | live[TRIPLES | pair]) !== 0) return i;
    a = pair & 31;
  }
  return -1;
}

/**
 * Builds the index. Checking each keyword with `includes()` costs a full pass over the text for every
 * absent keyword (over a hundred of them). Instead one pass reads the text once, and looks up the runs of
 * three and two characters ending at every other offset. A keyword of four characters or more is filed
 * under its first two triples, one of which ends at an even offset wherever the keyword is; one of three
 * characters under its two pairs. A keyword is compared only where its runs occur, and
 * taken off its slots once found. Keywords of one or two characters use `includes()`.
 */
export function buildPrefilterIndex(detectors: readonly Detector[]): PrefilterIndex {
  const keywords = [...new Set(detectors.flatMap((d) => d.prefilter))];
  const short = keywords.filter((k) => k.length < 3);
  const long = keywords.filter((k) => k.length >= 3);
  // Entries 2i and 2i + 1 file keyword i under its first two runs: the run's slot, and how far before the
  // run's last character the keyword starts. first[slot] and next[entry] list the entries of a slot (1-based, 0
  // ending a list); `live` counts those whose keyword is not found yet.
  const slots: number[] = [];
  const back: number[] = [];
  for (const k of long) {
    const size = k.length === 3 ? 2 : 3;
    slots.push(slot(k.slice(0, size)), slot(k.substr(1, size)));
    back.push(size - 1, size);
  }
  const live = new Uint8Array(TRIPLES + (1 << 10));
  const first = new Uint16Array(live.length);
  const next = new Uint16Array(slots.length + 1);
  slots.forEach((s, e) => {
    next[e + 1] = first[s];
    first[s] = e + 1;
    live[s]++;
  });
  return {
    keywordsIn(lower) {
      const present = new Set(short.filter((k) => lower.includes(k)));
      const found: number[] = [];
      // Compares the keywords filed under slot `s`, whose run ends at `end`, with the text, and takes those
      // found off their slots. The comparison comes first: it fails at once nearly everywhere, while the list of
      // keywords found grows to dozens on a long text.
      const check = (s: number, end: number): void => {
        for (let e = live[s] !== 0 ? first[s] : 0; e !== 0; e = next[e]) {
          const k = (e - 1) >> 1;
          if (end >= back[e - 1] && lower.startsWith(long[k], end - back[e - 1]) && !found.includes(k)) {
            found.push(k);
            live[slots[2 * k]]--;
            live[slots[2 * k + 1]]--;
          }
        }
      };
      for (let i = nextHit(lower, 2, live); i >= 0 && found.length < long.length; i = nextHit(lower, i + 2, live)) {
        const pair = ((lower.charCodeAt(i - 1) & 31) << 5) | (lower.charCodeAt(i) & 31);
        check(((lower.charCodeAt(i - 2) & 31) << 10) | pair, i);
        check(TRIPLES + pair, i);
      }
      // The counts are shared by every select(): put back those of the keywords found.
      for (const k of found) {
        live[slots[2 * k]]++;
        live[slots[2 * k + 1]]++;
        present.add(long[k]);
      }
      return present;
    },
    detectorsFor: (present) => detectors.filter((d) => d.prefilter.length === 0 || d.prefilter.some((k) => present.has(k))),
  };
}
