// Arrivals: "Les présidents X et Y sont arrivés à Avaza" -> the travellers attend the arrival and
// what they came for (the event named after it, else the report's own event); "accueilli à
// l’aéroport par le vice-Premier ministre Z" -> Z attends the arrival and met the traveller.
// "est arrivé à Moscou pour une visite de travail" with no welcome is a step of the journey, not
// an occasion of its own: the traveller attends only the visit.

import {
  ARRIVAL_REPORTED,
  NOT_THE_TRAVELLER,
  WELCOMED_BY,
} from '../lexicon/participation-verbs.js';
import { statesPurpose } from './arrival-purpose-rules.js';
import { attend } from './attend.js';
import { type EventAt, eventIndex, eventsIn } from './event-index.js';
import { met } from './meeting-rules.js';
import { type Participant, participantsIn } from './participants.js';
import { regexOf } from './patterns.js';
import { type Sentence, sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const NOT_TRAVELLER = new RegExp(`${regexOf(NOT_THE_TRAVELLER).source}[^,;]*`, 'gi');
const WELCOMED = regexOf(WELCOMED_BY);
const REPORTED = new RegExp(regexOf(ARRIVAL_REPORTED).source, 'giu');
/** "Il a atterri à Harare, où il a été accueilli par M. Mnangagwa": the next sentence still counts. */
const WELCOME_REACH = 400;

/** The travellers of an arrival: people before the verb, not an inviter or a host ("avec X"). */
export function travellersBefore(ctx: RelateContext, start: number, to: number): Participant[] {
  // "Aibek Smadiyarov told reporters that all the delegations had arrived": not the traveller
  const report = [...ctx.doc.text.slice(start, to).matchAll(REPORTED)].at(-1);
  const from = report ? start + report.index + report[0].length : start;
  const text = ctx.doc.text.slice(from, to);
  const others = [...text.matchAll(NOT_TRAVELLER)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  // "Sur invitation du président russe, Vladimir Poutine, le président X a entamé": the name in
  // apposition right after the clause is the host's
  const APPOSITION_GAP = 2;
  return participantsIn(ctx, from, to).filter(
    (p) => !others.some((o) => p.start >= o.start && p.start <= o.end + APPOSITION_GAP),
  );
}

/** "X s’est entretenu avec Y, arrivé à Moscou pour", "met Y, who arrived in": the participle
 * set beside a name is that person's arrival alone. */
const APPOSED_ARRIVAL = /^\s*,\s*(?:(?:qui|who)\s+(?:\p{L}+\s+){0,2})?$/u;
/** "arrivé", "arrived": a participle with no auxiliary ("X et Y, sont arrivés" is a subject). */
const BARE_PARTICIPLE = /^(?:arrivée?s?|venue?s?|arrived|arriving)(?![\p{L}])/iu;

function travellersOf(ctx: RelateContext, sentence: Sentence, arrival: Arrival): Participant[] {
  const last = participantsIn(ctx, sentence.start, arrival.start).at(-1);
  const gap = last ? ctx.doc.text.slice(last.end, arrival.start) : '';
  const bare = BARE_PARTICIPLE.test(ctx.doc.text.slice(arrival.start, arrival.end));
  if (last && APPOSED_ARRIVAL.test(gap) && (bare || /(?:qui|who)/iu.test(gap))) return [last];
  return travellersBefore(ctx, sentence.start, arrival.start);
}

/**
 * What an arrival was for: the event the sentence names after it, else the report's own event,
 * unless the report follows a trip of several stops (two arrivals of their own: which one?).
 */
function purposeOf(
  ctx: RelateContext,
  arrival: Arrival,
  sentence: Sentence,
  stops: number,
): { key: string | undefined; stated: boolean } {
  const isPurpose = (e: EventAt) => !e.other && e.format !== 'ARRIVAL';
  const after = eventsIn(ctx, arrival.end, sentence.end).find(isPurpose);
  if (after)
    return { key: after.key, stated: statesPurpose(ctx.doc.text.slice(arrival.end, after.start)) };
  return { key: stops > 1 ? undefined : eventIndex(ctx).find(isPurpose)?.key, stated: false };
}

interface Arrival {
  readonly start: number;
  readonly end: number;
  /** Undefined when the arrival is no event of its own in the graph. */
  readonly key: string | undefined;
}

/** The arrivals the text states, with or without an event of their own, in text order. */
function arrivalsOf(ctx: RelateContext): Arrival[] {
  return ctx.recognised.events
    .flatMap((e, i) =>
      e.format === 'ARRIVAL' && !e.otherOccurrence && e.headingOf === undefined
        ? [{ start: e.start, end: e.end, key: ctx.resolution.eventEntity[i] }]
        : [],
    )
    .sort((a, b) => a.start - b.start);
}

export function relateArrivals(ctx: RelateContext): Assertion[] {
  const sentences = sentencesOf(ctx.doc);
  const arrivals = arrivalsOf(ctx);
  const out: Assertion[] = [];
  const travellerOf = new Map<Arrival, Participant>();
  const stops = new Set(arrivals.map((a) => a.key).filter((k) => k !== undefined)).size;
  /** Arrivals told once without a purpose: occasions of their own. */
  const occasions = new Set<string>();
  for (const arrival of arrivals) {
    const sentence = sentences[sentenceIndexAt(sentences, arrival.start)];
    if (!sentence) continue;
    const travellers = travellersOf(ctx, sentence, arrival);
    const purpose = purposeOf(ctx, arrival, sentence, stops);
    if (arrival.key && !purpose.stated) occasions.add(arrival.key);
    for (const p of travellers) {
      const near = { near: p.start };
      if (arrival.key)
        out.push(
          attend(ctx, p.key, arrival.key, sentence, 'arrival-traveller', {
            ...near,
            duty: 'guest',
          }),
        );
      if (purpose.key) out.push(attend(ctx, p.key, purpose.key, sentence, 'arrival-purpose', near));
    }
    if (travellers[0]) travellerOf.set(arrival, travellers[0]);
  }
  // "accueillis par Z. ... sont accueillis à l’aéroport par Y et W": a welcome told on reaches on
  const toldUntil = new Map(arrivals.map((a) => [a, a.start]));
  const welcomes = sentences.flatMap((s) => welcomers(ctx, s, toldUntil, travellerOf));
  // a welcome makes the arrival an occasion: "accueilli à l’aéroport par le ministre Z"
  for (const a of welcomes) if (a.type === 'ATTENDED') occasions.add(a.target);
  return [
    ...out.filter((a) => a.evidence.rule !== 'arrival-traveller' || occasions.has(a.target)),
    ...welcomes,
  ];
}

/** "accueilli à l’aéroport par Z, Y et W": the hosts attend the arrival and met the traveller.
 * The arrival is the last one told within reach, by itself or by a welcome (`toldUntil`). */
function welcomers(
  ctx: RelateContext,
  sentence: Sentence,
  toldUntil: Map<Arrival, number>,
  travellerOf: ReadonlyMap<Arrival, Participant>,
): Assertion[] {
  const hit = WELCOMED.exec(ctx.doc.text.slice(sentence.start, sentence.end));
  if (!hit) return [];
  const at = sentence.start + hit.index;
  const end = at + hit[0].length;
  const arrival = [...toldUntil]
    .filter(([a, told]) => a.start < end && told >= at - WELCOME_REACH)
    .map(([a]) => a)
    .at(-1);
  if (!arrival?.key) return [];
  toldUntil.set(arrival, end);
  const guest = participantsIn(ctx, sentence.start, at).at(-1) ?? travellerOf.get(arrival);
  const out: Assertion[] = [];
  for (const host of participantsIn(ctx, end, sentence.end)) {
    if (host.key === guest?.key) continue;
    const near = { near: host.start };
    out.push(attend(ctx, host.key, arrival.key, sentence, 'arrival-welcomer', near));
    if (guest) out.push(met(ctx, guest.key, host.key, sentence, 'arrival-welcomer'));
  }
  return out;
}
