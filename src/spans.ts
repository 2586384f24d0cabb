// Span helpers shared by the stages: overlap tests by binary search, so that long documents with
// many mentions stay linear-logarithmic.

import type { Span } from './types.js';

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
  const kept: T[] = [];
  for (const span of ranked) {
    if (overlapsAny(kept, span.start, span.end)) continue;
    kept.splice(firstStartingFrom(kept, span.start), 0, span);
  }
  return kept;
}
