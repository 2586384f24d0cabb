// An occasion one person gives for another: "la cérémonie officielle d’accueil organisée par le
// président X pour le président Y", "a state dinner hosted by X in honour of Y" -> the host and
// the guest both attend it. Both must be people: "un dîner organisé par le ministère pour la
// presse" names no one who was there, and an organiser alone may have stayed away.

import { HOSTED_BY, HOSTED_FOR } from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { eventsIn } from './event-index.js';
import { participantsIn } from './participants.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

/** By whom, then for whom; each part stops at a clause break. */
const HOSTED = new RegExp(
  `${wholeWords(HOSTED_BY)}([^.;:!?()]{2,100}?)${wholeWords(HOSTED_FOR)}([^.;:!?(),]{2,100})`,
  'dgiu',
);
/** "la cérémonie d’accueil, organisée par": the cue right after the event's name. */
const EVENT_GAP = 3;

export function relateHostedFor(ctx: RelateContext): Assertion[] {
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const segment = spanAt(ctx.structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) continue;
    const text = ctx.doc.text.slice(sentence.start, sentence.end);
    for (const hit of text.matchAll(HOSTED)) {
      const at = sentence.start + hit.index;
      const event = eventsIn(ctx, sentence.start, at).findLast(
        (e) => !e.other && e.end <= at && at - e.end <= EVENT_GAP,
      );
      const [host, guest] = [hit.indices?.[1], hit.indices?.[2]];
      if (!event || !host || !guest) continue;
      const hosts = participantsIn(ctx, sentence.start + host[0], sentence.start + host[1]);
      const guests = participantsIn(ctx, sentence.start + guest[0], sentence.start + guest[1]);
      if (hosts.length === 0 || guests.length === 0) continue;
      for (const p of hosts)
        out.push(
          attend(ctx, p.key, event.key, sentence, 'hosted-by', { near: p.start, duty: 'host' }),
        );
      for (const p of guests)
        out.push(
          attend(ctx, p.key, event.key, sentence, 'hosted-for', { near: p.start, duty: 'guest' }),
        );
    }
  }
  return out;
}
