import type { Detector } from './types';

/** For a list of detectors: which detectors can possibly match a text, found cheaply. */
export interface PrefilterIndex {
  /** The detectors worth running on `lower` (the lower-cased text), in list order. */
  select(lower: string): Detector[];
}

const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Slot of a run of characters (a single character, a pair or a triple) in the shared table. */
function slot(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x10000, 0x85ebca77) ^ Math.imul(c + 0x20000, 0xc2b2ae3d)) >>> (32 - TABLE_BITS);
}
const NONE = -1;

// Which characters, pairs and triples occur in the text being scanned, as slots of a hashed table. A
// generation number marks the current text, so the table is never cleared between scans (scan() is
// synchronous: one text at a time). Allocated on first use.
let table: Uint8Array | undefined;
let generation = 0;

function markRuns(text: string): Uint8Array {
  table ??= new Uint8Array(1 << TABLE_BITS);
  if (++generation > 255) {
    table.fill(0);
    generation = 1;
  }
  const seen = table;
  const mark = generation;
  let a = NONE;
  let b = NONE;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    seen[slot(NONE, NONE, c) & TABLE_MASK] = mark;
    if (b !== NONE) seen[slot(NONE, b, c) & TABLE_MASK] = mark;
    if (a !== NONE) seen[slot(a, b, c) & TABLE_MASK] = mark;
    a = b;
    b = c;
  }
  return seen;
}

/** The slots a keyword needs: its triples, or its pair or character when it is that short. */
function keywordSlots(keyword: string): number[] {
  const codes = [...keyword].map((ch) => ch.charCodeAt(0));
  if (keyword.length !== codes.length) return []; // Surrogate pairs: fall back to the exact check only.
  if (codes.length === 1) return [slot(NONE, NONE, codes[0]) & TABLE_MASK];
  if (codes.length === 2) return [slot(NONE, codes[0], codes[1]) & TABLE_MASK];
  const slots: number[] = [];
  for (let i = 2; i < codes.length; i++) slots.push(slot(codes[i - 2], codes[i - 1], codes[i]) & TABLE_MASK);
  return slots;
}

/**
 * Builds the index. Checking each keyword with `includes()` costs a full pass over the text for every
 * absent keyword (over a hundred of them). Instead one pass marks which characters, pairs and triples
 * occur; a keyword with a triple that does not occur is absent, and only the keywords whose triples all
 * occur get the exact check. Slots are hashed, so two runs may share one: that only causes an extra exact
 * check, never a missed keyword.
 */
export function buildPrefilterIndex(detectors: readonly Detector[]): PrefilterIndex {
  const keywords = [...new Set(detectors.flatMap((d) => d.prefilter))].map((keyword) => ({ keyword, slots: keywordSlots(keyword) }));
  return {
    select(lower) {
      const present = new Set<string>();
      if (lower.length > 0 && keywords.length > 0) {
        const seen = markRuns(lower);
        const mark = generation;
        for (const { keyword, slots } of keywords) {
          if (slots.every((s) => seen[s] === mark) && lower.includes(keyword)) present.add(keyword);
        }
      }
      return detectors.filter((d) => d.prefilter.length === 0 || d.prefilter.some((k) => present.has(k)));
    },
  };
}
