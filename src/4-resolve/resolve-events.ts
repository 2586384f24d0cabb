// Event mentions -> event entities of one document: one event per heading, anchored references
// merged with a compatible event or new, references without anchor to the event they corefer
// with ("la réunion" after "la réunion restreinte"), dated by the document when it reports news.

import type { DocumentStructure } from '../2-segment/types.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { headOf } from '../3-recognise/event-keywords.js';
import type { EventMention } from '../3-recognise/types.js';
import { EVENT_LEVELS } from '../lexicon/index.js';
import type { SourceDocument } from '../types.js';
import { foldText } from './normalise.js';
import { sectionFamily, sectionOfOffset, type DocumentContext } from './event-sections.js';
import { isDeicticReference } from './deictic-reference.js';
import {
  compatible,
  countryOf,
  gathering,
  ofAnotherGathering,
  placeKeys,
  sameKindOfHappening,
} from './event-compatibility.js';
import { widenDays } from './event-days.js';
import { REPORTED_FORMATS, STANDALONE_FORMATS } from './event-format-sets.js';
import { formatsAgree, moreSpecificFormat } from './event-formats-agree.js';
import {
  addAliases,
  createEvent,
  createInContext,
  createPart,
  isHeaded,
  reportDate,
  reportedSitting,
  titleSitting,
  reportsOwnSitting,
  type Ensure,
  type EventState,
  type Note,
} from './event-state.js';
import { repeatedMentionSpans } from './heading-occurrences.js';
import { isPartFormat, isSessionFormat, isSittingFormat } from './part-events.js';
import { metOthers } from './counterpart-coreference.js';
import { mayReferToReception } from './reception-coreference.js';
import type { ResolvedEntity } from './types.js';

export type { Ensure, Note } from './event-state.js';

export function resolveEvents(
  doc: SourceDocument,
  structure: DocumentStructure,
  events: readonly EventMention[],
  documentContext: DocumentContext | undefined,
  mentionEntity: readonly (string | undefined)[],
  entities: Map<string, ResolvedEntity>,
  ensure: Ensure,
  note: Note,
) {
  const state: EventState = {
    doc,
    structure,
    events,
    documentContext,
    mentionEntity,
    entities,
    ensure,
    note,
    heads: new Map(),
    properNames: new Map(),
    eventEntity: events.map(() => undefined),
    sectionEvent: new Map(),
    docEvents: [],
    receptions: new Set(),
  };
  resolveHeadings(state);
  resolveAnchored(state);
  resolveUnanchored(state);
  return { eventEntity: state.eventEntity, sectionEvent: state.sectionEvent };
}

// 1. headings: one event per section
function resolveHeadings(state: EventState): void {
  state.events.forEach((e, i) => {
    if (e.headingOf === undefined) return;
    const entity = createEvent(state, e, e.headingOf);
    state.sectionEvent.set(e.headingOf, entity.key);
    const occurrences = state.structure.sections[e.headingOf]?.heading?.occurrences ?? [];
    for (const span of repeatedMentionSpans(state.doc.text, occurrences, e))
      state.note(entity, span.start, span.end, 'event-heading');
    addAliases(state, entity, e);
    state.eventEntity[i] = entity.key;
  });
}

// 2. anchored references: merge with a compatible event of the document, else a new event
function resolveAnchored(state: EventState): void {
  const { structure, docEvents } = state;
  state.events.forEach((e, i) => {
    if (e.headingOf !== undefined || !e.anchored || e.plural) return;
    const family = sectionFamily(structure, sectionOfOffset(structure, e.start));
    const target =
      (reportsOwnSitting(state, e) ? reportedSitting(state, i) : undefined) ??
      (e.otherOccurrence
        ? undefined
        : docEvents.find(
            (d) =>
              (d.section === undefined || family.has(d.section)) &&
              mayReferToReception(state, d, e) &&
              !metOthers(state, d, e) &&
              compatible(state, d, e),
          )) ??
      createEvent(state, { ...e, date: reportDate(state, e) });
    for (const p of placeKeys(state, e)) target.places.add(p);
    // "les manœuvres ... Fraternité de combat-2023": the event takes the name, and no other
    if (e.properName && !state.properNames.has(target.key))
      state.properNames.set(target.key, e.properName);
    const date = e.date ? formatPartialDate(e.date) : undefined;
    if (!target.start && date) target.start = date;
    // "On October 23, BRICS Summit meetings": the summit of 22 October runs on to the 23rd
    else if (target.start && date) {
      const days = widenDays(
        target.start,
        target.end,
        date,
        e.endDate && formatPartialDate(e.endDate),
      );
      target.start = days.start;
      target.end = days.end;
    }
    if (target.format) {
      target.format = gathering(state, target, e) ?? moreSpecificFormat(target.format, e.format);
      target.subtype = target.format.toLowerCase();
    }
    addAliases(state, target, e);
    state.eventEntity[i] = target.key;
  });
}

// 3. references without anchor: the event whose keyword they repeat ("la réunion" after "la
// réunion restreinte"), else the section's own event or a document event of that format
function resolveUnanchored(state: EventState): void {
  const { doc, structure, entities, sectionEvent, docEvents, heads } = state;
  const headed = isHeaded(state);
  state.events.forEach((e, i) => {
    // "la précédente réunion", "j’ai rencontré": another occasion, which no event here stands for
    if (e.headingOf !== undefined || e.anchored || e.plural || e.otherOccurrence) return;
    const section = sectionOfOffset(structure, e.start);
    const family = sectionFamily(structure, section);
    const sectionPlaces = new Set(
      [...(entities.get(sectionEvent.get(section) ?? '')?.places ?? [])].map((p) =>
        countryOf(state, p),
      ),
    );
    // "les négociations" after "les pourparlers": one talks event when nothing anchors them apart
    // "Xi met with Tokayev", then "the meeting of the SCO Council": a body's meeting is its own
    const ofOtherKind = (d: ResolvedEntity) => e.organisation !== undefined && d.reportedByVerb;
    const sameFormat = (d: ResolvedEntity) =>
      !ofOtherKind(d) &&
      mayReferToReception(state, d, e) &&
      !metOthers(state, d, e) &&
      !ofAnotherGathering(state, d, e) &&
      ((formatsAgree(d.format, e.format) && sameKindOfHappening(state, d, e)) ||
        (d.format === 'TALKS' && e.format === 'NEGOTIATIONS') ||
        gathering(state, d, e) !== undefined);
    // in a report of sections, a meeting another section recalls ("la décision ... adoptée le
    // 29 janvier") is no referent for "la réunion" here; a visit spans all the sections
    const toldHere = (d: ResolvedEntity) =>
      !headed ||
      !isSessionFormat(d.format) ||
      d.mentions.some((m) => sectionOfOffset(structure, m.start) === section);
    // a headline's noun or present tense ("Lavrov rencontre X") stands for the body's sitting
    const own = reportsOwnSitting(state, e)
      ? reportedSitting(state, i)
      : isSessionFormat(e.format)
        ? titleSitting(state, i)
        : undefined;
    if (own) {
      addAliases(state, own, e);
      state.eventEntity[i] = own.key;
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
            // "the meeting" repeats a meeting told before it, not one the text names later
            d.mentions.some((m) => m.start < e.start) &&
            !metOthers(state, d, e) &&
            // "format élargi" after "format restreint": two parts, though one head noun
            !(
              d.format &&
              isPartFormat(d.format) &&
              isPartFormat(e.format) &&
              d.format !== e.format
            ),
        ) ??
        // the cheap tests of a candidate's section first: sameFormat reads its phrases
        docEvents.find((d) => d.section === section && sameFormat(d)) ??
        docEvents.find((d) => d.section !== undefined && family.has(d.section) && sameFormat(d)) ??
        docEvents.find(
          (d) =>
            d.section === undefined &&
            sameFormat(d) &&
            toldHere(d) &&
            (sectionPlaces.size === 0 ||
              [...d.places].some((p) => sectionPlaces.has(countryOf(state, p)))),
        ) ??
        docEvents.find((d) => d.section === undefined && sameFormat(d) && toldHere(d)) ??
        // "the talks with President Ruto" then "the meeting": one sitting when nothing sets them apart
        (!headed && !e.verb && isSessionFormat(e.format)
          ? docEvents.find(
              (d) =>
                isSessionFormat(d.format) &&
                !d.section &&
                !d.contextSpan &&
                mayReferToReception(state, d, e) &&
                !metOthers(state, d, e) &&
                !ofAnotherGathering(state, d, e),
            )
          : undefined) ??
        // "The CIS summit was held in Dushanbe. Rahmon hosted the meeting.": the one gathering
        (!headed && !e.verb && isDefiniteSitting(doc.text, e)
          ? onlyGathering(docEvents)
          : undefined) ??
        (STANDALONE_FORMATS.has(e.format) || (!headed && REPORTED_FORMATS.has(e.format))
          ? createInContext(
              state,
              e,
              state.documentContext && !headed ? state.documentContext : undefined,
            )
          : undefined) ??
        createPart(state, e, section));
    if (!target) return;
    const summit = gathering(state, target, e);
    if (summit) {
      target.format = summit;
      target.subtype = summit.toLowerCase();
    }
    addAliases(state, target, e);
    state.eventEntity[i] = target.key;
  });
}

/** "the meeting", "la réunion", "cette séance": a bare definite sitting, no complement of its own. */
const DEFINITE_BEFORE = /(?:^|[\s(])(?:the|this|that|la|le|l[’']|cette|ce)\s*$/iu;
const BARE_SITTING = /^(?:reunion|meeting|session|seance)$/u;

function isDefiniteSitting(text: string, e: EventMention): boolean {
  return (
    BARE_SITTING.test(foldText(e.surface)) &&
    DEFINITE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start))
  );
}

/** The document's gathering (a summit, a forum) when it has one and only one. */
function onlyGathering(events: readonly ResolvedEntity[]): ResolvedEntity | undefined {
  const gatherings = events.filter((d) => d.format && EVENT_LEVELS[d.format] === 'gathering');
  return gatherings.length === 1 ? gatherings[0] : undefined;
}

export { findDocumentContext, sectionOfOffset } from './event-sections.js';
