// Where an event mention stands in its document: the section of an offset (by binary search over
// the segments), the sections a reference may point into, and the opening "le 19 décembre à
// Minsk" that dates and places a report without headings.

import type { DocumentStructure } from '../2-segment/types.js';
import type { EventMention, RecognisedDocumentLike } from '../3-recognise/types.js';
import { spanAt } from '../spans.js';
import type { Span } from '../types.js';

const CONTEXT_CHARS = 800;

export interface DocumentContext {
  readonly date: NonNullable<EventMention['date']>;
  readonly places: readonly number[];
  /** From the date to the place. */
  readonly span: Span;
}

/** A report without headings: its first "le 19 décembre à Minsk" dates and places its events. */
export function findDocumentContext(
  text: string,
  recognised: RecognisedDocumentLike,
): DocumentContext | undefined {
  const date = recognised.dates.find((d) => d.start < CONTEXT_CHARS && d.date.day !== undefined);
  if (!date) return undefined;
  const place = recognised.mentions.findIndex(
    (m) =>
      m.type === 'Place' &&
      !m.adjective &&
      m.start >= date.end &&
      /^\s*,?\s*(?:à|en|in)\s+$/u.test(text.slice(date.end, m.start)),
  );
  const placeEnd = recognised.mentions[place]?.end;
  return {
    date: date.date,
    places: place >= 0 ? [place] : [],
    span: { start: date.start, end: placeEnd ?? date.end },
  };
}

/** The section of the segment holding `offset`, or of the last segment before it. */
export function sectionOfOffset(structure: DocumentStructure, offset: number): number {
  const segments = structure.segments;
  const at = spanAt(segments, offset);
  if (at) return at.section;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Span).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return segments[lo - 1]?.section ?? 0;
}

/** The section, its parent, its children and its siblings: where "la conférence de presse" may point. */
export function sectionFamily(structure: DocumentStructure, section: number): Set<number> {
  const parent = structure.sections[section]?.parent;
  const root = parent ?? section;
  return new Set(
    structure.sections
      .filter((s) => s.index === root || s.parent === root)
      .map((s) => s.index)
      .filter((i) => i > 0),
  );
}
