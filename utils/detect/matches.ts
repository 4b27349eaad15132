import { charTable, inClass } from './char-table';

/**
 * Searching a text with a pattern: every match, or the same matches found faster by trying the pattern only
 * where they can be (in number runs, or near a literal that every match holds).
 */

/** A way to find every match of a pattern in a text, in order and without overlaps, as matchAll would. */
export type Search = (pattern: RegExp, text: string) => RegExpExecArray[];

/**
 * Every match of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them, without the copy of
 * the pattern that matchAll makes on every call (a cost that dominates on short texts).
 */
export const allMatches: Search = (pattern, text) => {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return found;
};

/**
 * The matches of a sticky `pattern` (the y flag) in `text` that start at one of `offsets` (ascending), leftmost
 * first and without overlaps: the matches of a search of the whole text, when no match can start elsewhere.
 * Trying a pattern at a few offsets costs far less than trying it at every one.
 */
export function matchesAt(pattern: RegExp, text: string, offsets: number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // End of the last match: matches never overlap.
  let from = 0;
  for (const at of offsets) {
    pattern.lastIndex = at;
    const match = at < from ? null : pattern.exec(text);
    if (match) {
      found.push(match);
      from = at + Math.max(match[0].length, 1);
    }
  }
  return found;
}

/**
 * A search for a sticky pattern (the y flag) whose every match holds `literal` at most `reach` characters
 * after its start, the first time the literal occurs in it: the pattern is tried only from `reach`
 * characters before each occurrence of the literal up to it. indexOf finds a literal far faster than a
 * pattern is tried at every offset.
 */
export function nearLiteral(literal: string, reach = 0): Search {
  return (pattern, text) => {
    const offsets: number[] = [];
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      for (let start = Math.max(at - reach, (offsets.at(-1) ?? -1) + 1); start <= at; start++) offsets.push(start);
    }
    return matchesAt(pattern, text, offsets);
  };
}

// Phone numbers, cards, national identifiers and VAT numbers are made of digits, upper-case letters and a
// few separators, and hold at least six digits. A run is a stretch of those characters that holds six
// digits; nearly all of a text lies outside runs, so the detectors of those values search the runs alone.
// RUN finds each one from its first digit (a pattern starting with a digit is tried at far fewer places
// than one starting with a space or a letter); the code then walks back to the start of the stretch.
// (The class is written out in each: gzip codes the repeats in fewer bytes than a shared string costs.)
const RUN = /(?<!\d)\d(?:[A-Z .\-/()+*\xa0]*\d){5}[A-Z .\-/()+*\xa0\d]*/g;
const IN_CLASS = charTable(/[A-Z .\-/()+*\xa0\d]/);
// Characters kept on each side of a run, for the patterns' lookarounds (which look at most this far).
const MARGIN = 2;

// The runs of the last text, shared by the detectors of one scan (scan() forgets them): the stretches that
// hold them, with their margins, as [start, end) pairs, and those stretches joined by line breaks.
// `starts` keeps the offsets of startsInRuns (one family searches the runs that way).
let last: { ofText: string; spans: number[][]; joined: string; starts?: number[] } | undefined;

/** The runs of `text`, computed once for all the detectors that search them. */
function runsOf(text: string): NonNullable<typeof last> {
  if (last?.ofText === text) return last;
  const spans: number[][] = [];
  for (const match of allMatches(RUN, text)) {
    const previous = spans.at(-1);
    let start = match.index;
    while (start > (previous?.[1] ?? 0) && inClass(IN_CLASS, text, start - 1)) start--;
    start = Math.max(0, start - MARGIN);
    const end = Math.min(text.length, match.index + match[0].length + MARGIN);
    // Stretches that touch or overlap are merged, so that each one is a piece of the original text.
    if (previous && start <= previous[1]) previous[1] = end;
    else spans.push([start, end]);
  }
  return (last = { ofText: text, spans, joined: spans.map(([start, end]) => text.slice(start, end)).join('\n') });
}

/** Forgets the runs of the last text, so that a scanned text is not kept in memory. */
export function forgetRuns(): void {
  last = undefined;
}

/** Sets the `index` of matches in the joined runs to their offsets in the text. */
function inText(matches: RegExpExecArray[], spans: number[][]): RegExpExecArray[] {
  // Where the current piece starts in the joined text: each one starts a line break after the previous one.
  let piece = 0;
  let at = 0;
  for (const match of matches) {
    while (match.index > at + spans[piece][1] - spans[piece][0]) at += spans[piece][1] - spans[piece++][0] + 1;
    match.index += spans[piece][0] - at;
  }
  return matches;
}

/**
 * Every match of a global `pattern` in `text`, searched in the runs only, with `index` set to the offset
 * in `text`. Gives the same matches as a search of the whole text, for a pattern whose matches hold six
 * digits and only digits, upper-case letters, spaces, non-breaking spaces and . - / ( ) + *, with
 * lookarounds no wider than two characters. Capture group offsets (the d flag) are not mapped.
 */
export const matchesInRuns: Search = (pattern, text) => {
  const runs = runsOf(text);
  return inText(allMatches(pattern, runs.joined), runs.spans);
};

/**
 * A search as matchesInRuns for sticky patterns (the y flag) of a family that can match only where the global
 * pattern `starts` has an empty match: `starts` is run once per text for the whole family, and each pattern is
 * tried only at its offsets. Several passes over the runs cost far more than one pass and a few tries at the
 * few offsets where a number can start.
 */
export function startsInRuns(starts: () => RegExp): Search {
  return (pattern, text) => {
    const runs = runsOf(text);
    return inText(matchesAt(pattern, runs.joined, (runs.starts ??= emptyMatchOffsets(starts(), runs.joined))), runs.spans);
  };
}

/**
 * The offsets of the matches of a global `pattern` whose every match is empty (a lookahead), as allMatches
 * would find them. test() builds no match array, and these patterns have many capture groups to fill.
 */
function emptyMatchOffsets(pattern: RegExp, text: string): number[] {
  const offsets: number[] = [];
  pattern.lastIndex = 0;
  while (pattern.test(text)) offsets.push(pattern.lastIndex++);
  return offsets;
}
