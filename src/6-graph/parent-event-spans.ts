// A visit that the text does not date but whose parts it does ("arrivée le 23 mai", "pourparlers le
// 24 mai") runs from its first part's day to its last one's: the parent spans its parts.

export interface Dated {
  start?: string;
  end?: string;
}

/** Days of undated parents from their dated parts, several levels up (a tour, its visits, ...). */
export function parentEventSpans(
  events: ReadonlyMap<string, Dated>,
  partOf: readonly (readonly [part: string, parent: string])[],
): Map<string, { start: string; end?: string }> {
  const spans = new Map<string, { start: string; end?: string }>();
  const dayOf = (key: string, side: 'start' | 'end') => {
    const own = events.get(key);
    const inferred = spans.get(key);
    const value = side === 'end' ? (own?.end ?? own?.start) : own?.start;
    return (
      value ?? (side === 'end' ? (inferred?.end ?? inferred?.start) : inferred?.start)
    )?.slice(0, 10);
  };
  // a chain of parts is short: a few rounds reach the top without building a tree
  for (let round = 0; round < 4; round += 1) {
    const bounds = new Map<string, { first: string; last: string }>();
    for (const [part, parent] of partOf) {
      if (events.get(parent)?.start !== undefined || !events.has(parent)) continue;
      const first = dayOf(part, 'start');
      const last = dayOf(part, 'end');
      if (!first || !last || !/^\d{4}-\d{2}-\d{2}$/u.test(first)) continue;
      const known = bounds.get(parent);
      bounds.set(parent, {
        first: known && known.first < first ? known.first : first,
        last: known && known.last > last ? known.last : last,
      });
    }
    for (const [parent, { first, last }] of bounds)
      spans.set(parent, last > first ? { start: first, end: last } : { start: first });
  }
  return spans;
}
