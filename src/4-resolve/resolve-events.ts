// Event mentions -> event entities of one document: one event per heading, anchored references
// merged with a compatible event or new, references without anchor to the event they corefer
// with ("la réunion" after "la réunion restreinte"), dated by the document when it reports news.

import type { DocumentStructure } from '../2-segment/types.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { headOf } from '../3-recognise/event-keywords.js';
import type { EventMention, RecognisedDocumentLike } from '../3-recognise/types.js';
import { FORMAT_LABELS, UNATTENDED_FORMATS, VISIT_FORMATS } from '../lexicon/index.js';
import type { EntityType, EventFormat, SourceDocument, Span } from '../types.js';
import { keyOf } from './entity-key.js';
import { eventAliases } from './event-aliases.js';
import { formatsAgree, moreSpecificFormat } from './event-formats-agree.js';
import { repeatedMentionSpans } from './heading-occurrences.js';
import { slugify } from './normalise.js';
import type { ResolvedEntity } from './types.js';

/** Formats that stand on their own even when the phrase gives no date or place ("les exercices conjoints"). */
const STANDALONE_FORMATS = new Set<EventFormat>([
  'VISIT',
  'STATE_VISIT',
  'PHONE_CALL',
  'VIDEOCONFERENCE',
  'EXERCISE',
  'SUMMIT',
  'FORUM',
  'ANNIVERSARY',
  'COMMEMORATION',
  'ELECTION',
  'WAR',
  'MILITARY_OPERATION',
]);
/** Formats a report's date does not date: "la guerre en Ukraine" is not of the day. */
const UNDATED_FORMATS = new Set<EventFormat>([
  ...UNATTENDED_FORMATS,
  'ANNIVERSARY',
  'COMMEMORATION',
]);
/** Formats a news report is about: in a document without headings they make its main events. */
const REPORTED_FORMATS = new Set<EventFormat>([
  'MEETING',
  'TALKS',
  'PRESS_CONFERENCE',
  'NEGOTIATIONS',
  'SIGNING',
]);
export type Ensure = (key: string, type: EntityType, name: string) => ResolvedEntity;
export type Note = (entity: ResolvedEntity, start: number, end: number, rule: string) => void;

export function resolveEvents(
  doc: SourceDocument,
  structure: DocumentStructure,
  events: readonly EventMention[],
  context: DocumentContext | undefined,
  mentionEntity: readonly (string | undefined)[],
  entities: Map<string, ResolvedEntity>,
  ensure: Ensure,
  note: Note,
) {
  const eventEntity: (string | undefined)[] = events.map(() => undefined);
  const sectionEvent = new Map<number, string>();
  const docEvents: ResolvedEntity[] = [];
  const placeKeys = (e: EventMention) =>
    e.places.map((i) => mentionEntity[i]).filter((k): k is string => k !== undefined);
  const countryOf = (placeKey: string) =>
    entities.get(placeKey)?.country ??
    (entities.get(placeKey)?.subtype === 'country' ? placeKey.slice('place:'.length) : undefined);
  const heads = new Map<string, Set<string>>();
  const addAliases = (entity: ResolvedEntity, e: EventMention) => {
    note(entity, e.start, e.end, e.rule);
    for (const alias of eventAliases(doc.text, e)) entity.aliases.add(alias);
    const head = headOf(e.surface);
    // "la précédente réunion" names another meeting: a later bare "la réunion" is not that one
    if (head && !e.otherOccurrence)
      heads.set(entity.key, (heads.get(entity.key) ?? new Set()).add(head));
  };
  const create = (e: EventMention, section?: number): ResolvedEntity => {
    const places = placeKeys(e);
    const date = e.date ? formatPartialDate(e.date) : undefined;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    const placeName = places[0] ? entities.get(places[0])?.name : undefined;
    const label = FORMAT_LABELS.get(e.format) ?? e.format.toLowerCase();
    const orgName = org ? entities.get(org)?.name : undefined;
    const name =
      [
        capitalise(label),
        orgName ? `of ${orgName}` : '',
        placeName
          ? `${VISIT_FORMATS.includes(e.format) || e.format === 'ARRIVAL' ? 'to' : 'in'} ${placeName}`
          : '',
      ]
        .filter(Boolean)
        .join(' ') + (date ? `, ${date}` : '');
    const discriminator = date || placeName || orgName ? '' : doc.id.slice(0, 8);
    const key = keyOf(
      'Event',
      slugify([date, placeName, orgName, label, discriminator].filter(Boolean).join(' ')),
    );
    const entity = ensure(key, 'Event', name);
    entity.format = e.format;
    entity.subtype = e.format.toLowerCase();
    if (date) entity.start = date;
    if (e.endDate) entity.end = formatPartialDate(e.endDate);
    for (const p of places) entity.places.add(p);
    if (org) entity.organisation = org;
    if (section !== undefined) entity.section = section;
    docEvents.push(entity);
    return entity;
  };
  const compatible = (entity: ResolvedEntity, e: EventMention) => {
    if (!formatsAgree(entity.format, e.format)) return false;
    const date = e.date ? formatPartialDate(e.date) : undefined;
    if (date && entity.start && !entity.start.startsWith(date) && !date.startsWith(entity.start))
      return false;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    if (org && entity.organisation && org !== entity.organisation) return false;
    const countries = placeKeys(e).map(countryOf);
    const existing = [...entity.places].map(countryOf);
    return (
      countries.length === 0 || existing.length === 0 || countries.some((c) => existing.includes(c))
    );
  };

  const createInContext = (e: EventMention, context: DocumentContext | undefined) => {
    if (!context) return create(e);
    const entity = create({ ...e, date: context.date, places: context.places });
    if (context.places.length > 0) entity.contextSpan = context.span;
    return entity;
  };

  // 1. headings: one event per section
  events.forEach((e, i) => {
    if (e.headingOf === undefined) return;
    const entity = create(e, e.headingOf);
    sectionEvent.set(e.headingOf, entity.key);
    const occurrences = structure.sections[e.headingOf]?.heading?.occurrences ?? [];
    for (const span of repeatedMentionSpans(doc.text, occurrences, e))
      note(entity, span.start, span.end, 'event-heading');
    addAliases(entity, e);
    eventEntity[i] = entity.key;
  });
  const headed = sectionEvent.size > 0;
  // "Visite de travail du Premier ministre ... en Fédération de Russie" in a report dated 7 June
  const reportDate = (e: EventMention) =>
    headed || e.date || e.otherOccurrence || UNDATED_FORMATS.has(e.format) ? e.date : context?.date;
  // 2. anchored references: merge with a compatible event of the document, else a new event
  events.forEach((e, i) => {
    if (e.headingOf !== undefined || !e.anchored || e.plural) return;
    const family = sectionFamily(structure, sectionOfOffset(structure, e.start));
    const target =
      (e.otherOccurrence
        ? undefined
        : docEvents.find(
            (d) => compatible(d, e) && (d.section === undefined || family.has(d.section)),
          )) ?? create({ ...e, date: reportDate(e) });
    for (const p of placeKeys(e)) target.places.add(p);
    if (!target.start && e.date) target.start = formatPartialDate(e.date);
    if (target.format) {
      target.format = moreSpecificFormat(target.format, e.format);
      target.subtype = target.format.toLowerCase();
    }
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  // 3. references without anchor: the event whose keyword they repeat ("la réunion" after "la
  // réunion restreinte"), else the section's own event or a document event of that format
  events.forEach((e, i) => {
    if (e.headingOf !== undefined || e.anchored || e.plural) return;
    const section = sectionOfOffset(structure, e.start);
    const family = sectionFamily(structure, section);
    const sectionPlaces = new Set(
      [...(entities.get(sectionEvent.get(section) ?? '')?.places ?? [])].map(countryOf),
    );
    // "les négociations" after "les pourparlers": one talks event when nothing anchors them apart
    const sameFormat = (d: ResolvedEntity) =>
      formatsAgree(d.format, e.format) || (d.format === 'TALKS' && e.format === 'NEGOTIATIONS');
    const head = headOf(e.surface);
    const target =
      docEvents.findLast(
        (d) => !headed && head !== undefined && (heads.get(d.key)?.has(head) ?? false),
      ) ??
      docEvents.find((d) => sameFormat(d) && d.section === section) ??
      docEvents.find((d) => sameFormat(d) && d.section !== undefined && family.has(d.section)) ??
      docEvents.find(
        (d) =>
          sameFormat(d) &&
          d.section === undefined &&
          (sectionPlaces.size === 0 || [...d.places].some((p) => sectionPlaces.has(countryOf(p)))),
      ) ??
      docEvents.find((d) => sameFormat(d) && d.section === undefined) ??
      (STANDALONE_FORMATS.has(e.format) || (!headed && REPORTED_FORMATS.has(e.format))
        ? createInContext(e, context && !headed ? context : undefined)
        : undefined);
    if (!target) return;
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  return { eventEntity, sectionEvent };
}

const CONTEXT_CHARS = 800;

interface DocumentContext {
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

export function sectionOfOffset(structure: DocumentStructure, offset: number): number {
  let found = 0;
  for (const s of structure.segments) {
    if (s.start > offset) break;
    found = s.section;
  }
  return found;
}

/** The section, its parent, its children and its siblings: where "la conférence de presse" may point. */
function sectionFamily(structure: DocumentStructure, section: number): Set<number> {
  const parent = structure.sections[section]?.parent;
  const root = parent ?? section;
  return new Set(
    structure.sections
      .filter((s) => s.index === root || s.parent === root)
      .map((s) => s.index)
      .filter((i) => i > 0),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
