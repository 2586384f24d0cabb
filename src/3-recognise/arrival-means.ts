// Arrivals told only as the start of a visit: "est arrivé à Moscou pour une visite de trois
// jours", "arrived in Astana on a working visit". The visit is the event; the arrival stays a
// mention (its travellers and place still reach the visit, see 5-relate/arrival-rules.ts and
// arrival-purpose-rules.ts) but stands as no event of its own. An arrival "to attend the summit"
// or one with a welcome is a happening of its own, one even when several travel together.

import { VISIT_FORMATS } from '../lexicon/index.js';
import { WELCOMED_BY } from '../lexicon/participation-verbs.js';
import type { EventMention } from './types.js';

/** Between the arrival and its purpose: "pour", "afin de participer à", "on a working". */
export const PURPOSE_LINK =
  /^[^.;!?]{0,50}?(?<![\p{L}])(?:(?:y compris |notamment |also |mainly )?pour|afin d[e’']|to|in order to|for|on)\s+(?:(?:participer|prendre part|assister|participate|take part|attend)\s*(?:à la|à l[’']|au|aux|à|in the|in|at the|at|the)?\s*)?(?:(?:la|le|les|l[’']|une|un|sa|son|ses|leur|the|a|an|his|her|their)\s*(?:[\p{Ll}-]+\s+){0,2})?$/iu;
/** "Il a été accueilli à l’aéroport par Z": a welcome, here or in the next sentence, makes the
 * arrival a happening of its own (the reach of 5-relate/arrival-rules.ts's welcomers). */
const WELCOME = new RegExp(WELCOMED_BY, 'iu');
const WELCOME_REACH = 400;

/** The events, with each arrival that starts a visit no longer standing on its own. */
export function withArrivalsAsMeans(
  text: string,
  events: readonly EventMention[],
  sentenceEndOf: (offset: number) => number,
): EventMention[] {
  const byStart = [...events].sort((a, b) => a.start - b.start);
  return events.map((found) => {
    if (found.format !== 'ARRIVAL' || !found.verb || found.headingOf !== undefined) return found;
    if (found.otherOccurrence) return found;
    const welcomed = WELCOME.test(text.slice(found.end, found.end + WELCOME_REACH));
    // "X et son épouse sont arrivés ..., accueillis à l’aéroport par Z": one welcome, one arrival
    const e = welcomed && found.plural ? { ...found, plural: false } : found;
    const sentenceEnd = sentenceEndOf(e.start);
    const next = byStart.find((o) => o.start >= e.end && o !== found);
    if (!next || next.start >= sentenceEnd || !VISIT_FORMATS.includes(next.format)) return e;
    if (next.otherOccurrence) return e;
    if (!PURPOSE_LINK.test(text.slice(e.end, next.start))) return e;
    if (welcomed) return e;
    return { ...e, anchored: false };
  });
}
