// HELD_IN from what an arrival was for: "est arrivé à Moscou pour une visite de trois jours",
// "arrived in Ufa to take part in the SCO summit" -> the visit, the summit are held
// where the traveller arrived, when the text places them nowhere else.

import { PURPOSE_LINK } from '../3-recognise/arrival-means.js';
import type { EventMention } from '../3-recognise/types.js';
import { assertion } from './helpers.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

/** "est arrivé à Moscou | pour une visite de trois jours": the text between states a purpose. */
export const statesPurpose = (between: string): boolean => PURPOSE_LINK.test(between);

const byStart = (a: EventMention, b: EventMention) => a.start - b.start;

export function relateArrivalPurposes(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const sentences = sentencesOf(doc);
  const events = recognised.events
    .map((e, i) => ({ e, key: resolution.eventEntity[i] }))
    .sort((a, b) => byStart(a.e, b.e));
  const out: Assertion[] = [];
  events.forEach(({ e: arrival }, i) => {
    if (arrival.format !== 'ARRIVAL' || arrival.otherOccurrence || arrival.headingOf !== undefined)
      return;
    const places = arrival.places
      .filter((p) => !recognised.mentions[p]?.adjective)
      .map((p) => resolution.mentionEntity[p])
      .filter((k): k is string => k !== undefined);
    const sentence = sentences[sentenceIndexAt(sentences, arrival.start)];
    const next = events[i + 1];
    if (places.length === 0 || !sentence || !next?.key || next.e.format === 'ARRIVAL') return;
    if (next.e.start >= sentence.end || next.e.otherOccurrence) return;
    if (!statesPurpose(doc.text.slice(arrival.end, next.e.start))) return;
    const purpose = resolution.entities.get(next.key);
    // "arrivé au Kirghizistan pour assister au sommet ... à Bichkek": the summit's own place wins
    if (!purpose || [...purpose.places].some((p) => !places.includes(p))) return;
    const span = { start: arrival.start, end: next.e.end };
    for (const place of places)
      out.push(assertion(ctx, 'HELD_IN', next.key, place, span, 'arrival-purpose-place'));
  });
  return out;
}
