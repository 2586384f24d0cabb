// Two sittings of one day are two when the people met differ: "Xi met with Khurelsukh ... Xi also
// met with Aliyev", "Wang Yi a eu des entretiens avec X" after a meeting of others. A mention
// that names no one met ("the talks", "Xi meets leaders") or names one of the event's people
// still repeats the event.

import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { EventMention } from '../3-recognise/types.js';
import type { Span } from '../types.js';
import type { EventState } from './event-state.js';
import { isSessionFormat } from './part-events.js';
import { peopleIn } from './reception-coreference.js';
import type { ResolvedEntity } from './types.js';

/** How far after a noun its "avec"/"with" may stand: "des entretiens bilatéraux avec X". */
const WITH_REACH = 40;
const WITH = /(?:^|[\s,])(?:avec|with)\s/iu;

/** Where the people a mention says were met are named: after its verb, or after the "avec"
 * that follows its noun; none for a noun without one ("les entretiens ont porté sur ..."). */
function metSpan(text: string, e: EventMention): Span | undefined {
  const sentence = sentenceOf(text, e.start);
  if (e.verb) return { start: e.start, end: sentence.end };
  const after = text.slice(e.start, Math.min(sentence.end, e.end + WITH_REACH));
  const hit = WITH.exec(after);
  return hit ? { start: e.start + hit.index + hit[0].length, end: sentence.end } : undefined;
}

/** The people a mention says were met. */
function peopleMet(state: EventState, e: EventMention): Set<string> {
  const span = metSpan(state.doc.text, e);
  return new Set(span ? peopleIn(state, span).map((p) => p.key) : []);
}

/** The event mention at each start offset, once per document. */
const MENTION_AT = new WeakMap<EventState, Map<number, EventMention>>();

function mentionAt(state: EventState, start: number): EventMention | undefined {
  let byStart = MENTION_AT.get(state);
  if (!byStart) {
    byStart = new Map(state.events.map((e) => [e.start, e]));
    MENTION_AT.set(state, byStart);
  }
  return byStart.get(start);
}

interface MetSoFar {
  seen: number;
  readonly met: Set<string>;
  readonly around: Set<string>;
}

/** Per event, the people its mentions say were met and the people their sentences name, grown
 * as mentions join it: each mention is read once, however often the event is a candidate. */
const MET_SO_FAR = new WeakMap<ResolvedEntity, MetSoFar>();

function metSoFar(state: EventState, event: ResolvedEntity): MetSoFar {
  let cache = MET_SO_FAR.get(event);
  if (!cache) {
    cache = { seen: 0, met: new Set(), around: new Set() };
    MET_SO_FAR.set(event, cache);
  }
  for (; cache.seen < event.mentions.length; cache.seen++) {
    const m = event.mentions[cache.seen] as (typeof event.mentions)[number];
    const e = mentionAt(state, m.start);
    if (e && e.end === m.end) for (const p of peopleMet(state, e)) cache.met.add(p);
    for (const p of peopleIn(state, sentenceOf(state.doc.text, m.start))) cache.around.add(p.key);
  }
  return cache;
}

/** Does the mention tell a sitting with people other than the event's: both name people met,
 * and none the mention names was named around the event? */
export function metOthers(state: EventState, event: ResolvedEntity, e: EventMention): boolean {
  if (!isSessionFormat(event.format) || !isSessionFormat(e.format)) return false;
  const met = peopleMet(state, e);
  if (met.size === 0) return false;
  const known = metSoFar(state, event);
  return known.met.size > 0 && [...met].every((p) => !known.around.has(p));
}
