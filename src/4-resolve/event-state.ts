// The state the event passes of one document share (the event of each mention, of each section,
// the events made so far), and the steps they take on it: make an event, add a mention to one,
// find the sitting a verb reports.

import { URL_LINE } from '../2-segment/line-patterns.js';
import type { DocumentStructure } from '../2-segment/types.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { headOf, isReceptionPhrase, reportsSitting } from '../3-recognise/event-keywords.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { EventMention } from '../3-recognise/types.js';
import { FUTURE_TENSE, UPCOMING } from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import type { EntityType, PartialDate, SourceDocument } from '../types.js';
import { metOthers } from './counterpart-coreference.js';
import { ofAnotherGathering, placeKeys, type CompatibilityContext } from './event-compatibility.js';
import {
  isMadeByReception,
  joinReception,
  receptionOfSitting,
  sittingOfReception,
} from './reception-coreference.js';
import { UNDATED_FORMATS } from './event-format-sets.js';
import { eventAliases } from './event-aliases.js';
import { formatsAgree } from './event-formats-agree.js';
import { nameEvent } from './event-naming.js';
import { sectionOfOffset, type DocumentContext } from './event-sections.js';
import { dayOfParent, isIntroducedPart, isPartFormat, isSessionFormat } from './part-events.js';
import type { ResolvedEntity } from './types.js';

export type Ensure = (key: string, type: EntityType, name: string) => ResolvedEntity;
export type Note = (entity: ResolvedEntity, start: number, end: number, rule: string) => void;

export interface EventState extends CompatibilityContext {
  readonly doc: SourceDocument;
  readonly structure: DocumentStructure;
  readonly events: readonly EventMention[];
  /** The date and places of the report, when it gives them. */
  readonly documentContext: DocumentContext | undefined;
  readonly entities: Map<string, ResolvedEntity>;
  readonly heads: Map<string, Set<string>>;
  readonly properNames: Map<string, string>;
  readonly ensure: Ensure;
  readonly note: Note;
  /** The event key of each event mention, by index. */
  readonly eventEntity: (string | undefined)[];
  /** The event of each section that a heading names. */
  readonly sectionEvent: Map<number, string>;
  /** The events of the document, in the order they were made. */
  readonly docEvents: ResolvedEntity[];
  /** Events only reception verbs have told so far ("X a reçu Y"): see reception-coreference.ts. */
  readonly receptions: Set<string>;
}

/** Does the document have sections whose headings name events? (Known once headings are read.) */
export function isHeaded(state: EventState): boolean {
  return state.sectionEvent.size > 0;
}

export function addAliases(state: EventState, entity: ResolvedEntity, e: EventMention): void {
  joinReception(state, entity, e);
  state.note(entity, e.start, e.end, e.rule);
  for (const alias of eventAliases(state.doc.text, e)) entity.aliases.add(alias);
  const head = headOf(e.surface);
  // "la précédente réunion" names another meeting: a later bare "la réunion" is not that one
  if (head && !e.otherOccurrence)
    state.heads.set(entity.key, (state.heads.get(entity.key) ?? new Set()).add(head));
}

export function createEvent(
  state: EventState,
  e: EventMention,
  section?: number,
  distinct = false,
): ResolvedEntity {
  const { entities } = state;
  const places = placeKeys(state, e);
  const date = e.date ? formatPartialDate(e.date) : undefined;
  const org = e.organisation !== undefined ? state.mentionEntity[e.organisation] : undefined;
  const { name, key } = nameEvent(e, {
    date,
    place: places[0] ? entities.get(places[0]) : undefined,
    organisationName: org ? entities.get(org)?.name : undefined,
    documentId: state.doc.id,
    // "X a reçu Y" then "X a rencontré Z", both undated: two meetings, though one name; so too
    // a sitting with other people, or of another gathering, than the event of its name
    distinctFrom: distinct ? entities : { has: (k) => isToldApart(state, entities.get(k), e) },
  });
  const entity = state.ensure(key, 'Event', name);
  entity.format = e.format;
  entity.subtype = e.format.toLowerCase();
  if (date) entity.start = date;
  if (e.endDate) entity.end = formatPartialDate(e.endDate);
  for (const p of places) entity.places.add(p);
  if (org) entity.organisation = org;
  else if (e.verb) entity.reportedByVerb = true;
  if (section !== undefined) entity.section = section;
  if (e.properName) state.properNames.set(entity.key, e.properName);
  state.docEvents.push(entity);
  return entity;
}

function isToldApart(
  state: EventState,
  event: ResolvedEntity | undefined,
  e: EventMention,
): boolean {
  return (
    event !== undefined &&
    (isMadeByReception(event) || metOthers(state, event, e) || ofAnotherGathering(state, event, e))
  );
}

export function createInContext(
  state: EventState,
  e: EventMention,
  context: DocumentContext | undefined,
): ResolvedEntity {
  if (!context) return createEvent(state, e);
  const entity = createEvent(state, { ...e, date: context.date, places: context.places });
  if (context.places.length > 0) entity.contextSpan = context.span;
  return entity;
}

// "le sommet a débuté par une réunion restreinte": a part on its parent's day, when there is one
export function createPart(
  state: EventState,
  e: EventMention,
  section: number,
): ResolvedEntity | undefined {
  if (!isPartFormat(e.format) || e.otherOccurrence || !isIntroducedPart(state.doc.text, e.start))
    return undefined;
  const headed = isHeaded(state);
  const parent = headed
    ? state.entities.get(state.sectionEvent.get(section) ?? '')
    : state.docEvents[0];
  if (!parent) return undefined;
  const context = state.documentContext;
  const day = dayOfParent(headed ? parent.start : context && formatPartialDate(context.date));
  return createEvent(state, { ...e, date: day, places: [] });
}

// "Visite de travail du Premier ministre ... en Fédération de Russie" in a report dated 7 June
export function reportDate(state: EventState, e: EventMention): PartialDate | undefined {
  return isHeaded(state) ||
    e.date ||
    e.otherOccurrence ||
    UNDATED_FORMATS.has(e.format) ||
    isAnnounced(state.doc.text, e)
    ? e.date
    : state.documentContext?.date;
}

const FUTURE = new RegExp(wholeWords(FUTURE_TENSE), 'iu');
const COMING = new RegExp(wholeWords(UPCOMING), 'iu');
/** How far before its keyword an event's modifier may stand ("the upcoming SCO summit"). */
const MODIFIER_REACH = 30;

/** "Putin will attend the summit in Minsk", "the upcoming SCO summit": an announced event is not
 * of the report's day. */
function isAnnounced(text: string, e: EventMention): boolean {
  const sentence = sentenceOf(text, e.start);
  const phrase = text.slice(Math.max(sentence.start, e.start - MODIFIER_REACH), e.end + 12);
  return FUTURE.test(text.slice(sentence.start, sentence.end)) || COMING.test(phrase);
}

// "Putin held a series of bilateral meetings": a verb reports a sitting of its own, unless its
// sentence names one ("lors de la rencontre au Kremlin, X s’est entretenu avec Y")
export function reportsOwnSitting(state: EventState, e: EventMention): boolean {
  return (
    e.verb === true &&
    !e.otherOccurrence &&
    // "X a été reçu par Y": its recogniser read the auxiliary already
    (reportsSitting(state.doc.text, e.start, e.end) || isReceptionPhrase(e.surface))
  );
}

/** The sitting the verb of mention `i` reports: one its sentence names, else its own. */
export function reportedSitting(state: EventState, i: number): ResolvedEntity {
  const e = state.events[i] as EventMention;
  const reception = isReceptionPhrase(e.surface);
  const named =
    namedInSentence(state, i) ??
    titleSitting(state, i) ??
    (reception ? sittingOfReception(state, e) : receptionOfSitting(state, e));
  if (named) return named;
  const made = state.docEvents.length;
  const own = createReported(state, e);
  if (reception && state.docEvents.length > made) state.receptions.add(own.key);
  return own;
}

/** The headline: the document's first line of text (after a "Source:" address), when short. */
function inTitle(state: EventState, at: number): boolean {
  const first = state.structure.segments.find((s) => !URL_LINE.test(s.text));
  const line = first && (first.kind === 'title' || first.kind === 'paragraph') ? first : undefined;
  return line !== undefined && at >= line.start && at < line.end && line.text.length <= 200;
}

/** "Wang Yi Holds Talks with X" over "On May 16, Wang Yi held talks with X in Beijing": the
 * headline and the first sentence of the body that reports a sitting of its kind tell one
 * sitting, whichever of the two was resolved first. A headline's meeting and the body's talks
 * are one kind: "Lavrov rencontre X" over "Lavrov s'est entretenu avec X". */
export function titleSitting(state: EventState, i: number): ResolvedEntity | undefined {
  const e = state.events[i] as EventMention;
  // a body's meeting ("Réunion du Conseil des ministres") is no bilateral sitting of the body text
  const bilateral = (o: EventMention) => o.organisation === undefined && isSessionFormat(o.format);
  const sameKind = (o: EventMention) =>
    formatsAgree(o.format, e.format) || (bilateral(o) && bilateral(e));
  const reports = (o: EventMention) => o.verb === true && sameKind(o);
  if (inTitle(state, e.start)) {
    const k = state.events.findIndex((o) => reports(o) && !inTitle(state, o.start));
    return k < 0 ? undefined : state.entities.get(state.eventEntity[k] ?? '');
  }
  // a headline names its sitting by a verb or a noun ("Entretien Lavrov-Nourtleou")
  const k = state.events.findIndex((o) => sameKind(o) && inTitle(state, o.start));
  const entity = k < 0 ? undefined : state.entities.get(state.eventEntity[k] ?? '');
  // only the first: "Wang Yi met X ... He then met Y" is another sitting
  const first = state.events.findIndex((o) => reports(o) && !inTitle(state, o.start)) === i;
  if (!entity || !first) return undefined;
  if (e.date) {
    entity.start = formatPartialDate(e.date);
    delete entity.end;
  }
  return entity;
}

// under "Entretien avec X", "s’est entretenu avec X" is the heading's sitting
function createReported(state: EventState, e: EventMention): ResolvedEntity {
  const section = sectionOfOffset(state.structure, e.start);
  const own = state.entities.get(state.sectionEvent.get(section) ?? '');
  return own && isSessionFormat(own.format)
    ? own
    : createEvent(state, { ...e, date: reportDate(state, e) }, undefined, true);
}

/** "Avant la réunion consultative, X a tenu des consultations": another sitting, before or after,
 * or beside it ("En marge de la réunion, X s'est entretenu avec Y"). */
const BEFORE_OR_AFTER =
  /(?:^|[\s,])(?:avant|après|before|after|following|prior\s+to|en\s+marge\s+d[eu]s?|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+margins?\s+of)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+|cette\s+|ce\s+|this\s+)?(?:\p{Ll}+\s+){0,2}$/iu;

/** The session another mention of the same sentence already stands for. */
function namedInSentence(state: EventState, i: number): ResolvedEntity | undefined {
  const { events, eventEntity } = state;
  const e = events[i] as EventMention;
  const sentence = sentenceOf(state.doc.text, e.start);
  const j = events.findIndex(
    (o, k) =>
      k !== i &&
      eventEntity[k] !== undefined &&
      o.start >= sentence.start &&
      o.end <= sentence.end &&
      (isSessionFormat(o.format) || formatsAgree(o.format, e.format)) &&
      !BEFORE_OR_AFTER.test(state.doc.text.slice(Math.max(sentence.start, o.start - 32), o.start)),
  );
  return j >= 0 ? state.entities.get(eventEntity[j] as string) : undefined;
}
