// The clause around an offset, from the stop before it to the next one: the sentence an event
// phrase, a place or a date stands in.

import { isAbbreviationStop } from '../abbreviations.js';
import type { Span } from '../types.js';

/** Offsets of the characters that close a clause (". ! ? ; \n"), once per text; not the stop of
 * "M. Poutine". */
let boundaryText: string | undefined;
let boundaries: readonly number[] = [];
const CLAUSE_END = /[.!?;\n]/g;

function boundariesOf(text: string): readonly number[] {
  if (text !== boundaryText) {
    boundaryText = text;
    boundaries = [...text.matchAll(CLAUSE_END)]
      .map((m) => m.index)
      .filter((at) => !isAbbreviationStop(text, at));
  }
  return boundaries;
}

/** The clause around `at`, from the stop before it to the next one; by binary search. */
export function sentenceOf(text: string, at: number): Span {
  const stops = boundariesOf(text);
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  const before = stops[lo - 1];
  return { start: before === undefined ? 0 : before + 1, end: stops[lo] ?? text.length };
}
