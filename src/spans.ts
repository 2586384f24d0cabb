// Span helpers shared by the stages: overlap tests by binary search, so that long documents with
// many mentions stay linear-logarithmic.

import sortedBtree from 'sorted-btree';
import type { Span } from './types.js';

/** A CommonJS package: its class is the default export's `default`. */
const BTree = sortedBtree.default;

/** Index of the first span starting at or after `start` in spans sorted by start. */
export function firstStartingFrom(spans: readonly Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span holding `offset` among sorted, non-overlapping spans (segments of a document). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const containing = spans[firstStartingFrom(spans, offset + 1) - 1];
  return containing !== undefined && offset < containing.end ? containing : undefined;
}

/** Does [start, end) overlap one of these sorted, non-overlapping spans? */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstStartingFrom(spans, start);
  const before = spans[i - 1];
  const after = spans[i];
  return (before !== undefined && before.end > start) || (after !== undefined && after.start < end);
}

/** Keeps, in rank order, each span that overlaps none kept before it; the result sorted by start. */
export function keepNonOverlapping<T extends Span>(ranked: readonly T[]): T[] {
  // kept spans by start in a B+ tree: each test and insertion is logarithmic, where a sorted array
  // moved half its items at each insertion (quadratic on a document of 100,000 mentions). Only
  // empty spans can share a start; each start holds its spans newest first, as a splice put them.
  const kept = new BTree<number, T[]>();
  for (const span of ranked) {
    const before = kept.nextLowerPair(span.start)?.[1].at(-1);
    const after = kept.getPairOrNextHigher(span.start)?.[1][0];
    if (
      (before !== undefined && before.end > span.start) ||
      (after !== undefined && after.start < span.end)
    )
      continue;
    const sameStart = kept.get(span.start);
    if (sameStart) sameStart.unshift(span);
    else kept.set(span.start, [span]);
  }
  return kept.valuesArray().flat();
}
