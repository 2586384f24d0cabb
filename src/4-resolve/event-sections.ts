// Where an event mention stands in its document: the section of an offset (by binary search over
// the segments), the sections a reference may point into, and the opening "le 19 décembre à
// Minsk" that dates and places a report without headings.

import type { DocumentStructure } from '../2-segment/types.js';
import { parseIsoDate } from '../3-recognise/dates/partial-date.js';
import type { EventMention, RecognisedDocumentLike } from '../3-recognise/types.js';
import { spanAt } from '../spans.js';
import type { Span } from '../types.js';

const CONTEXT_CHARS = 800;

type DatedMention = RecognisedDocumentLike['dates'][number];

export interface DocumentContext {
  readonly date: NonNullable<EventMention['date']>;
  readonly places: readonly number[];
  /** From the date to the place. */
  readonly span: Span;
}

/**
 * A report without headings: its first "le 19 décembre à Minsk" dates and places its events. A
 * text that gives no day at all ("Poutine a eu un entretien téléphonique avec ...") reports on
 * the day it was published (its sidecar or its address: /2020/08/30/).
 */
export function findDocumentContext(
  text: string,
  recognised: RecognisedDocumentLike,
  publishedAt?: string,
): DocumentContext | undefined {
  const date = recognised.dates.find((d) => d.start < CONTEXT_CHARS && d.date.day !== undefined);
  if (!date) return publicationContext(text, recognised, publishedAt);
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

function publicationContext(
  text: string,
  recognised: RecognisedDocumentLike,
  publishedAt: string | undefined,
): DocumentContext | undefined {
  const published = parseIsoDate(publishedAt);
  // "en 2021", "on 11 December 2023": a text that dates anything else is not of that day
  const elsewhen = (d: DatedMention) =>
    d.date.day !== undefined || (d.date.year !== undefined && d.date.year !== published?.year);
  if (
    published?.day === undefined ||
    recognised.dates.some(elsewhen) ||
    namesOtherYear(text, published.year ?? 0)
  )
    return undefined;
  return { date: published, places: [], span: { start: 0, end: 0 } };
}

/** "the 2019 summit", "in December 2019": a year written in figures that is not the report's. */
function namesOtherYear(text: string, year: number): boolean {
  for (const m of text.matchAll(/(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]?\d)/gu))
    if (Number(m[0]) !== year) return true;
  return false;
}
