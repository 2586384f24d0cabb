// A meeting "en marge du sommet" / "on the sidelines of the summit" is an event of its own, PART_OF
// the gathering it stands beside and HELD_IN the gathering's places ("rencontre le président turc
// en marge du sommet de la CICA à Astana" -> the meeting is in Astana too).

import { sentenceOf } from '../3-recognise/event-phrase.js';
import type { EventMention } from '../3-recognise/types.js';
import { assertion } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

/** What stands between the side event's phrase and the gathering's: "... en marge du". */
const BESIDE =
  /^[^.;!?\n]{0,100}?(?:en\s+marge|on\s+the\s+(?:sidelines|margins)|in\s+the\s+margins?)\s+(?:des|du|de\s+la|de\s+l[’']|de|d[’']|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l[’']|cette\s+|ce\s+|this\s+)?$/iu;

export function relateSidelineEvents(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const events = recognised.events
    .map((mention, i) => ({ mention, key: resolution.eventEntity[i] }))
    .filter((e): e is { mention: EventMention; key: string } => e.key !== undefined)
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: Assertion[] = [];
  events.forEach((side, i) => {
    const sentence = sentenceOf(doc.text, side.mention.start);
    const gathering = events
      .slice(i + 1)
      .find((e) => e.mention.start >= side.mention.end && e.mention.start < sentence.end);
    if (!gathering || gathering.key === side.key) return;
    if (!BESIDE.test(doc.text.slice(side.mention.end, gathering.mention.start))) return;
    const span = { start: side.mention.start, end: gathering.mention.end };
    out.push(assertion(ctx, 'PART_OF', side.key, gathering.key, span, 'on-the-sidelines', {}, 0.8));
    for (const place of resolution.entities.get(gathering.key)?.places ?? []) {
      out.push(
        assertion(ctx, 'HELD_IN', side.key, place, span, 'held-where-its-gathering-is', {}, 0.7),
      );
    }
  });
  return out;
}
