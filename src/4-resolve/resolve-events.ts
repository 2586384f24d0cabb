// Event mentions -> event entities of one document: one event per heading, anchored references
// merged with a compatible event or new, references without anchor to the event they corefer
// with ("la réunion" after "la réunion restreinte"), dated by the document when it reports news.

import type { DocumentStructure } from '../2-segment/types.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { headOf, reportsSitting } from '../3-recognise/event-keywords.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { EventMention } from '../3-recognise/types.js';
import { FORMAT_LABELS, UNATTENDED_FORMATS, VISIT_FORMATS } from '../lexicon/index.js';
import type { EntityType, EventFormat, SourceDocument } from '../types.js';
import { sectionFamily, sectionOfOffset, type DocumentContext } from './event-sections.js';
import { keyOf } from './entity-key.js';
import { isDeicticReference } from './deictic-reference.js';
import { eventAliases } from './event-aliases.js';
import { dayFitsEvent, daysBetween, laterEnd } from './event-days.js';
import { formatsAgree, moreSpecificFormat } from './event-formats-agree.js';
import { repeatedMentionSpans } from './heading-occurrences.js';
import {
  besideTheGathering,
  gatheringFormat,
  namesABody,
  type GatheringSide,
} from './gathering-coreference.js';
import { slugify } from './normalise.js';
import {
  dayOfParent,
  isIntroducedPart,
  isPartFormat,
  isSessionFormat,
  isSittingFormat,
} from './part-events.js';
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
  'INCIDENT',
  'MILITARY_OPERATION',
]);
/** Buildings and sites: one of no known country says nothing of the country of the event. */
const SPOTS: ReadonlySet<string> = new Set(['facility', 'landmark']);
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
  const properNames = new Map<string, string>();
  const addAliases = (entity: ResolvedEntity, e: EventMention) => {
    note(entity, e.start, e.end, e.rule);
    for (const alias of eventAliases(doc.text, e)) entity.aliases.add(alias);
    const head = headOf(e.surface);
    // "la précédente réunion" names another meeting: a later bare "la réunion" is not that one
    if (head && !e.otherOccurrence)
      heads.set(entity.key, (heads.get(entity.key) ?? new Set()).add(head));
  };
  const create = (e: EventMention, section?: number, distinct = false): ResolvedEntity => {
    const places = placeKeys(e);
    const date = e.date ? formatPartialDate(e.date) : undefined;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    const place = places[0] ? entities.get(places[0]) : undefined;
    const placeName = place?.name;
    // "Visit to Belarus", "Talks in Minsk", "Ceremony at Victory Monument"
    const preposition = VISIT_FORMATS.includes(e.format)
      ? 'to'
      : place?.subtype === 'landmark' || place?.subtype === 'facility'
        ? 'at'
        : 'in';
    const label = FORMAT_LABELS.get(e.format) ?? e.format.toLowerCase();
    const orgName = org ? entities.get(org)?.name : undefined;
    // "Interaction-2023", "Second World War": a named event goes by its name
    const name = e.properName
      ? e.properName
      : [
          capitalise(label),
          orgName ? `of ${orgName}` : '',
          placeName ? `${preposition} ${placeName}` : '',
        ]
          .filter(Boolean)
          .join(' ') + (date ? `, ${date}` : '');
    const discriminator = date || placeName || orgName ? '' : doc.id.slice(0, 8);
    // "a concert" and "an informal dinner" of one evening: two social events
    const happening = e.format === 'OTHER' ? headOf(e.surface) : undefined;
    const slug = slugify(
      (e.properName ? [e.properName] : [date, placeName, orgName, label, happening, discriminator])
        .filter(Boolean)
        .join(' '),
    );
    // a sitting a verb reports is another than the one of that day and place already known
    const taken = distinct && entities.has(keyOf('Event', slug));
    const key = keyOf('Event', taken ? `${slug}-${e.start}` : slug);
    const entity = ensure(key, 'Event', name);
    entity.format = e.format;
    entity.subtype = e.format.toLowerCase();
    if (date) entity.start = date;
    if (e.endDate) entity.end = formatPartialDate(e.endDate);
    for (const p of places) entity.places.add(p);
    if (org) entity.organisation = org;
    if (section !== undefined) entity.section = section;
    if (e.properName) properNames.set(entity.key, e.properName);
    docEvents.push(entity);
    return entity;
  };
  const entitySide = (entity: ResolvedEntity): GatheringSide => ({
    format: entity.format,
    heads: heads.get(entity.key) ?? new Set(),
    ofBody: entity.organisation !== undefined || namesABody(entity.aliases),
    beside: besideTheGathering(entity.aliases),
  });
  const mentionSide = (e: EventMention): GatheringSide => ({
    format: e.format,
    heads: new Set([headOf(e.surface) ?? '']),
    ofBody: e.organisation !== undefined || namesABody([e.surface]),
    beside: besideTheGathering([e.surface]),
  });
  // "la réunion du Conseil des chefs d’État de la CEI" and "le sommet des dirigeants de la CEI"
  const gathering = (entity: ResolvedEntity, e: EventMention) =>
    gatheringFormat(entitySide(entity), mentionSide(e));
  // "a concert" and "an informal dinner" are two happenings of one format
  const sameKindOfHappening = (entity: ResolvedEntity, e: EventMention) =>
    e.format !== 'OTHER' || (heads.get(entity.key)?.has(headOf(e.surface) ?? '') ?? false);
  const compatible = (entity: ResolvedEntity, e: EventMention) => {
    // "la Grande Guerre patriotique" and "la Seconde Guerre mondiale": two names, two events
    if (e.properName && e.properName !== (properNames.get(entity.key) ?? e.properName))
      return false;
    const sameGathering = gathering(entity, e) !== undefined;
    if (!formatsAgree(entity.format, e.format) && !sameGathering) return false;
    if (!sameKindOfHappening(entity, e)) return false;
    const date = e.date ? formatPartialDate(e.date) : undefined;
    const dateEnd = e.endDate ? formatPartialDate(e.endDate) : undefined;
    if (
      date &&
      entity.start &&
      !dayFitsEvent(entity.format, entity.start, entity.end, date, dateEnd)
    )
      return false;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    // the council of the heads of state and its organisation name one summit
    if (org && entity.organisation && org !== entity.organisation && !sameGathering) return false;
    // "au centre des congrès d’Avaza": a place of no known country neither agrees nor disagrees
    const known = (key: string) =>
      countryOf(key) !== undefined || !SPOTS.has(entities.get(key)?.subtype ?? '');
    const countries = placeKeys(e).filter(known).map(countryOf);
    const existing = [...entity.places].filter(known).map(countryOf);
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

  // "le sommet a débuté par une réunion restreinte": a part on its parent's day, when there is one
  const createPart = (e: EventMention, section: number) => {
    if (!isPartFormat(e.format) || e.otherOccurrence || !isIntroducedPart(doc.text, e.start))
      return undefined;
    const parent = headed ? entities.get(sectionEvent.get(section) ?? '') : docEvents[0];
    if (!parent) return undefined;
    const day = dayOfParent(headed ? parent.start : context && formatPartialDate(context.date));
    return create({ ...e, date: day, places: [] });
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
  // "Putin held a series of bilateral meetings": a verb reports a sitting of its own, unless its
  // sentence names one ("lors de la rencontre au Kremlin, X s’est entretenu avec Y")
  const reportsOwnSitting = (e: EventMention) =>
    e.verb === true && !e.otherOccurrence && reportsSitting(doc.text, e.start, e.end);
  // under "Entretien avec X", "s’est entretenu avec X" is the heading's sitting
  const createReported = (e: EventMention) => {
    const own = entities.get(sectionEvent.get(sectionOfOffset(structure, e.start)) ?? '');
    return own && isSessionFormat(own.format)
      ? own
      : create({ ...e, date: reportDate(e) }, undefined, true);
  };
  /** The session another mention of the same sentence already stands for. */
  const namedInSentence = (i: number): ResolvedEntity | undefined => {
    const e = events[i] as EventMention;
    const sentence = sentenceOf(doc.text, e.start);
    const j = events.findIndex(
      (o, k) =>
        k !== i &&
        eventEntity[k] !== undefined &&
        o.start >= sentence.start &&
        o.end <= sentence.end &&
        (isSessionFormat(o.format) || formatsAgree(o.format, e.format)),
    );
    return j >= 0 ? entities.get(eventEntity[j] as string) : undefined;
  };
  // 2. anchored references: merge with a compatible event of the document, else a new event
  events.forEach((e, i) => {
    if (e.headingOf !== undefined || !e.anchored || e.plural) return;
    const family = sectionFamily(structure, sectionOfOffset(structure, e.start));
    const target =
      (reportsOwnSitting(e) ? (namedInSentence(i) ?? createReported(e)) : undefined) ??
      (e.otherOccurrence
        ? undefined
        : docEvents.find(
            (d) => compatible(d, e) && (d.section === undefined || family.has(d.section)),
          )) ??
      create({ ...e, date: reportDate(e) });
    for (const p of placeKeys(e)) target.places.add(p);
    // "les manœuvres ... Fraternité de combat-2023": the event takes the name, and no other
    if (e.properName && !properNames.has(target.key)) properNames.set(target.key, e.properName);
    const date = e.date ? formatPartialDate(e.date) : undefined;
    if (!target.start && date) target.start = date;
    // "On October 23, BRICS Summit meetings": the summit of 22 October runs on to the 23rd
    else if (target.start && date)
      widenDays(target, date, e.endDate && formatPartialDate(e.endDate));
    if (target.format) {
      target.format = gathering(target, e) ?? moreSpecificFormat(target.format, e.format);
      target.subtype = target.format.toLowerCase();
    }
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  // 3. references without anchor: the event whose keyword they repeat ("la réunion" after "la
  // réunion restreinte"), else the section's own event or a document event of that format
  events.forEach((e, i) => {
    // "la précédente réunion", "j’ai rencontré": another occasion, which no event here stands for
    if (e.headingOf !== undefined || e.anchored || e.plural || e.otherOccurrence) return;
    const section = sectionOfOffset(structure, e.start);
    const family = sectionFamily(structure, section);
    const sectionPlaces = new Set(
      [...(entities.get(sectionEvent.get(section) ?? '')?.places ?? [])].map(countryOf),
    );
    // "les négociations" after "les pourparlers": one talks event when nothing anchors them apart
    const sameFormat = (d: ResolvedEntity) =>
      (formatsAgree(d.format, e.format) && sameKindOfHappening(d, e)) ||
      (d.format === 'TALKS' && e.format === 'NEGOTIATIONS') ||
      gathering(d, e) !== undefined;
    // in a report of sections, a meeting another section recalls ("la décision ... adoptée le
    // 29 janvier") is no referent for "la réunion" here; a visit spans all the sections
    const toldHere = (d: ResolvedEntity) =>
      !headed ||
      !isSessionFormat(d.format) ||
      d.mentions.some((m) => sectionOfOffset(structure, m.start) === section);
    if (reportsOwnSitting(e)) {
      const own = namedInSentence(i) ?? createReported(e);
      addAliases(own, e);
      eventEntity[i] = own.key;
      return;
    }
    const head = headOf(e.surface);
    // "notre entretien", "la réunion en cours": the sitting of the section, or none ("cette
    // visite" is left to the visit)
    const deictic = headed && isSessionFormat(e.format) && isDeicticReference(doc.text, e);
    const sectionOwn = entities.get(sectionEvent.get(section) ?? '');
    const target = deictic
      ? sectionOwn && isSittingFormat(sectionOwn.format)
        ? sectionOwn
        : undefined
      : (docEvents.findLast(
          (d) =>
            !headed &&
            head !== undefined &&
            (heads.get(d.key)?.has(head) ?? false) &&
            // "format élargi" after "format restreint": two parts, though one head noun
            !(
              d.format &&
              isPartFormat(d.format) &&
              isPartFormat(e.format) &&
              d.format !== e.format
            ),
        ) ??
        docEvents.find((d) => sameFormat(d) && d.section === section) ??
        docEvents.find((d) => sameFormat(d) && d.section !== undefined && family.has(d.section)) ??
        docEvents.find(
          (d) =>
            sameFormat(d) &&
            d.section === undefined &&
            toldHere(d) &&
            (sectionPlaces.size === 0 ||
              [...d.places].some((p) => sectionPlaces.has(countryOf(p)))),
        ) ??
        docEvents.find((d) => sameFormat(d) && d.section === undefined && toldHere(d)) ??
        // "the talks with President Ruto" then "the meeting": one sitting when nothing sets them apart
        (!headed && !e.verb && isSessionFormat(e.format)
          ? docEvents.find((d) => isSessionFormat(d.format) && !d.section && !d.contextSpan)
          : undefined) ??
        (STANDALONE_FORMATS.has(e.format) || (!headed && REPORTED_FORMATS.has(e.format))
          ? createInContext(e, context && !headed ? context : undefined)
          : undefined) ??
        createPart(e, section));
    if (!target) return;
    const summit = gathering(target, e);
    if (summit) {
      target.format = summit;
      target.subtype = summit.toLowerCase();
    }
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  return { eventEntity, sectionEvent };
}

/** The event's days widened to a mention's: "du 20 au 22 mars" around "ce 21 mars". */
function widenDays(event: ResolvedEntity, date: string, dateEnd: string | undefined): void {
  const start = event.start as string;
  if (daysBetween(start, date) !== undefined && (daysBetween(start, date) as number) < 0) {
    event.end = laterEnd(date, event.end ?? start, dateEnd ?? date);
    event.start = date;
    return;
  }
  event.end = laterEnd(start, laterEnd(start, event.end, date), dateEnd ?? date);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export { findDocumentContext, sectionOfOffset } from './event-sections.js';
