// A reception told beside the talks of the same day between the same two people is those talks:
// "Le 1er mars, X s’est entretenu avec Y ... X a reçu Y au palais" is one sitting, not two. An
// event made by receptions alone stays apart from other verbs' sittings ("X a reçu Y. X a
// également rencontré Z": two meetings), and takes the format of the talks that later join it.

import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { isReceptionPhrase } from '../3-recognise/event-keywords.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { EventMention } from '../3-recognise/types.js';
import { firstStartingFrom } from '../spans.js';
import type { Span } from '../types.js';
import type { EventState } from './event-state.js';
import { isSessionFormat } from './part-events.js';
import type { ResolvedEntity } from './types.js';

interface PersonAt extends Span {
  readonly key: string;
}

const PEOPLE = new WeakMap<EventState, readonly PersonAt[]>();

/** Where the document names each person (names and titles of a known holder), in text order. */
function peopleOf(state: EventState): readonly PersonAt[] {
  let people = PEOPLE.get(state);
  if (!people) {
    people = [...state.entities.values()]
      .filter((e) => e.type === 'Person')
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, key: e.key })))
      .sort((a, b) => a.start - b.start);
    PEOPLE.set(state, people);
  }
  return people;
}

export function peopleIn(state: EventState, span: Span): PersonAt[] {
  const people = peopleOf(state);
  const out: PersonAt[] = [];
  for (let i = firstStartingFrom(people, span.start); i < people.length; i++) {
    const p = people[i] as PersonAt;
    if (p.start >= span.end) break;
    out.push(p);
  }
  return out;
}

/** "X a reçu Y", "Y a été reçu par X": the person right before the verb and the first after it. */
function receptionPair(state: EventState, e: EventMention): [string, string] | undefined {
  const people = peopleIn(state, sentenceOf(state.doc.text, e.start));
  const before = people.filter((p) => p.start < e.start).at(-1);
  const after = people.find((p) => p.start >= e.start);
  return before && after && before.key !== after.key ? [before.key, after.key] : undefined;
}

/** The people the sentences of an event's mentions name. */
export function peopleAround(state: EventState, event: ResolvedEntity): Set<string> {
  const out = new Set<string>();
  for (const m of event.mentions)
    for (const p of peopleIn(state, sentenceOf(state.doc.text, m.start))) out.add(p.key);
  return out;
}

/** The same day, when both are dated: "le 1er mars" and a sitting of 1 March. */
function sameDay(e: EventMention, event: ResolvedEntity): boolean {
  const day = e.date ? formatPartialDate(e.date)?.slice(0, 10) : undefined;
  return !day || !event.start || event.start.slice(0, 10) === day;
}

/** The talks or meeting (another reception too) of the reception's day with the same two people. */
export function sittingOfReception(state: EventState, e: EventMention): ResolvedEntity | undefined {
  const pair = receptionPair(state, e);
  if (!pair) return undefined;
  return state.docEvents.find((d) => {
    if (!isSessionFormat(d.format) || !sameDay(e, d)) return false;
    const people = peopleAround(state, d);
    return pair.every((key) => people.has(key));
  });
}

/**
 * May a sitting told after a reception be it? On its day, naming no one but the reception's
 * people: "Les deux présidents ont eu des entretiens", not "X a ensuite eu des entretiens avec Z"
 * nor "X a également rencontré Z".
 */
export function mayReferToReception(
  state: EventState,
  event: ResolvedEntity,
  e: EventMention,
): boolean {
  if (!state.receptions.has(event.key)) return true;
  if (!sameDay(e, event)) return false;
  const people = peopleAround(state, event);
  return peopleIn(state, sentenceOf(state.doc.text, e.start)).every((p) => people.has(p.key));
}

/** "X a reçu Y. Les deux présidents se sont entretenus": the reception a sitting verb reports. */
export function receptionOfSitting(state: EventState, e: EventMention): ResolvedEntity | undefined {
  if (!isSessionFormat(e.format)) return undefined;
  return state.docEvents.find(
    (d) => state.receptions.has(d.key) && mayReferToReception(state, d, e),
  );
}

/** Was this event made by a reception verb ("X a reçu Y"), whatever joined it since? */
export function isMadeByReception(event: ResolvedEntity | undefined): boolean {
  return event?.mentions.some((m) => isReceptionPhrase(m.surface)) ?? false;
}

/** A mention joins an event: a reception keeps it a reception; talks make it the talks
 * ("X a reçu Y. Les pourparlers ont porté sur ...": the talks, not a bare meeting). */
export function joinReception(state: EventState, event: ResolvedEntity, e: EventMention): void {
  if (isReceptionPhrase(e.surface)) return;
  state.receptions.delete(event.key);
  if (
    event.format === 'MEETING' &&
    e.format !== 'MEETING' &&
    isSessionFormat(e.format) &&
    isMadeByReception(event)
  ) {
    event.format = e.format;
    event.subtype = e.format.toLowerCase();
  }
}
