// Document -> structure: each line gets a kind, and lines are grouped into sections under the
// event headings. A heading written twice (table of contents, then body) is one section.

import { foldName } from '../4-resolve/normalise.js';
import { BOILERPLATE_LINES } from '../lexicon/index.js';
import type { SourceDocument, Span } from '../types.js';
import { findSpeakerLabel } from './find-speaker-label.js';
import {
  ATTENDEE_LIST_ITEM,
  ATTENDEE_LIST_OPENER,
  COUNTER,
  DATE_LINE,
  LETTERED_HEADING,
  NUMBERED_CAPTION,
  NUMBERED_HEADING,
  PHOTO_CREDIT_LINE,
  PHOTO_MARKER,
  RELATED_HEADLINE,
  SEPARATOR,
  URL_LINE,
  WHEN_WHERE,
} from './line-patterns.js';
import type { DocumentStructure, Heading, Section, Segment, SegmentKind } from './types.js';

const BOILERPLATE = new Set(BOILERPLATE_LINES.map((line) => line.toLowerCase()));

interface Line extends Span {
  readonly text: string;
}

export function segmentDocument(doc: Pick<SourceDocument, 'text'>): DocumentStructure {
  const lines = splitLines(doc.text);
  const sections: MutableSection[] = [{ index: 0, start: 0, end: doc.text.length }];
  const byHeadingKey = new Map<string, number>();
  const segments: Segment[] = [];
  let current = 0;
  let currentTop = 0;
  let titleText: string | undefined;

  for (const line of lines) {
    const heading = parseHeading(line);
    if (heading) {
      const key = `${heading.marker}|${foldName(line.text.slice(heading.title.start - line.start, heading.title.end - line.start))}`;
      const known = byHeadingKey.get(key);
      if (known !== undefined) {
        const section = sections[known] as MutableSection;
        section.occurrences?.push(line);
        section.start = line.start;
        current = known;
      } else {
        current = sections.length;
        byHeadingKey.set(key, current);
        sections.push({
          index: current,
          start: line.start,
          end: doc.text.length,
          heading: { ...heading, occurrences: [] },
          occurrences: [line],
          ...(heading.level === 2 && currentTop > 0 ? { parent: currentTop } : {}),
        });
      }
      if (heading.level === 1) currentTop = current;
      segments.push({
        kind: 'event-heading',
        start: line.start,
        end: line.end,
        text: line.text,
        section: current,
      });
      continue;
    }
    const kind = classifyLine(
      line,
      (segments.length === 0 && !readsAsParagraph(line.text)) || line.text.trim() === titleText,
    );
    if (kind === 'title') titleText = line.text.trim();
    const label = kind === 'speaker-turn' ? findSpeakerLabel(line.text, line.start) : undefined;
    segments.push({
      kind,
      start: line.start,
      end: line.end,
      text: line.text,
      section: current,
      ...(label ? { label } : {}),
    });
  }
  return { segments: linkSegments(segments), sections: closeSections(sections, doc.text.length) };
}

interface MutableSection {
  index: number;
  start: number;
  end: number;
  heading?: Omit<Heading, 'occurrences'> & { occurrences: Span[] };
  occurrences?: Span[];
  parent?: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() !== '') lines.push({ start, end: start + raw.length, text: raw });
    start += raw.length + 1;
  }
  return lines;
}

function parseHeading(line: Line): Omit<Heading, 'occurrences'> | undefined {
  const match = NUMBERED_HEADING.exec(line.text) ?? LETTERED_HEADING.exec(line.text);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const titleStart = line.start + line.text.indexOf(match[2]);
  const datePartStart = line.start + line.text.lastIndexOf(match[3]);
  const whenWhere = WHEN_WHERE.exec(match[3]);
  const when = whenWhere?.[1];
  const where = whenWhere?.[2];
  return {
    marker: match[1],
    level: /\d/u.test(match[1]) ? 1 : 2,
    title: { start: titleStart, end: titleStart + match[2].length },
    ...(when ? { when: { start: datePartStart, end: datePartStart + when.length } } : {}),
    ...(where
      ? {
          where: {
            start: datePartStart + match[3].lastIndexOf(where),
            end: datePartStart + match[3].lastIndexOf(where) + where.length,
          },
        }
      : {}),
  };
}

/** A dispatch with no headline opens on its first paragraph: long, or more than one sentence. */
function readsAsParagraph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 200 || /[.!?][»”"]?\s+["«“]?\p{Lu}/u.test(trimmed);
}

function classifyLine(line: Line, isTitle: boolean): SegmentKind {
  const text = line.text;
  const trimmed = text.trim();
  if (RELATED_HEADLINE.test(text)) return 'related-headline';
  if (isTitle) return 'title';
  if (COUNTER.test(text)) return 'counter';
  if (SEPARATOR.test(text)) return 'separator';
  if (URL_LINE.test(text)) return 'source-url';
  if (BOILERPLATE.has(trimmed.toLowerCase())) return 'boilerplate';
  if (DATE_LINE.test(text)) return 'date-line';
  if (PHOTO_CREDIT_LINE.test(text)) return 'photo-credit';
  if (NUMBERED_CAPTION.test(text) || PHOTO_MARKER.test(text)) return 'caption';
  if (findSpeakerLabel(text, line.start)) return 'speaker-turn';
  return 'paragraph';
}

/** Second pass: speech continuations, section leads and attendee lists. */
function linkSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let turn: number | undefined;
  let list: number | undefined;
  let section = -1;
  let leadOpen = false;
  for (const [i, segment] of segments.entries()) {
    let next: Segment = segment;
    if (segment.section !== section) {
      section = segment.section;
      turn = undefined;
      leadOpen = true;
    }
    const kind = segment.kind;
    if (kind === 'event-heading' || kind === 'separator' || kind === 'source-url') turn = undefined;
    if (kind === 'speaker-turn') turn = i;

    if (kind === 'paragraph' && ATTENDEE_LIST_OPENER.test(segment.text)) {
      list = i;
      next = { ...segment, kind: 'attendee-list', list };
    } else if (
      kind === 'paragraph' &&
      list !== undefined &&
      ATTENDEE_LIST_ITEM.test(segment.text)
    ) {
      next = { ...segment, kind: 'attendee-list', list };
    } else {
      list = undefined;
      if (kind === 'paragraph' && turn !== undefined) next = { ...segment, turn };
    }

    if (next.kind === 'paragraph' && next.turn === undefined && leadOpen && section > 0) {
      next = { ...next, lead: true };
    } else if (
      leadOpen &&
      out.some((s) => s.section === section && s.lead) &&
      next.kind !== 'paragraph'
    ) {
      leadOpen = false;
    } else if (
      next.kind === 'speaker-turn' ||
      next.kind === 'attendee-list' ||
      next.kind === 'caption'
    ) {
      leadOpen = false;
    }
    out.push(next);
  }
  return out;
}

function closeSections(sections: MutableSection[], textLength: number): Section[] {
  const starts = sections.map((s) => s.start);
  return sections.map((s, i) => {
    const laterStarts = starts.filter((start, j) => j !== i && start > s.start);
    const end = i === 0 ? textLength : Math.min(textLength, ...laterStarts);
    const heading = s.heading ? { ...s.heading, occurrences: s.occurrences ?? [] } : undefined;
    return {
      index: s.index,
      start: s.start,
      end,
      ...(heading ? { heading } : {}),
      ...(s.parent !== undefined ? { parent: s.parent } : {}),
    };
  });
}
