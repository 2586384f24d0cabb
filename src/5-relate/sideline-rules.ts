// A meeting "en marge du sommet" / "on the sidelines of the summit", a treaty signed "à l’occasion
// du sommet", talks "lors de la visite": an event of its own, PART_OF the event it took place at
// and HELD_IN that event's places ("rencontre X en marge du sommet de la CICA à Astana": Astana).

import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { EventMention } from '../3-recognise/types.js';
import { EVENT_LEVELS } from '../lexicon/index.js';
import { assertion } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

/** What stands between the side event's phrase and the gathering's: "... en marge du". */
const BESIDE =
  /^[^.;!?\n]{0,100}?(?:en\s+marge|on\s+the\s+(?:sidelines|margins)|in\s+the\s+margins?)\s+(?:des|du|de\s+la|de\s+l[’']|de|d[’']|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l[’']|cette\s+|ce\s+|this\s+)?$/iu;

/** "lors du sommet", "à l’occasion d’un sommet", "au cours de la visite", "during the summit". */
const AT_THE_OCCASION =
  /^[^.;!?\n]{0,60}?(?:(?:lors|à\s+l[’']occasion|au\s+cours)\s+(?:des|du|de\s+la|de\s+l[’']|de|d[’'])|pendant|during|at)\s*(?:the\s+|la\s+|le\s+|les\s+|l[’']|un\s+|une\s+|son\s+|sa\s+|cette\s+|ce\s+|this\s+|its\s+|his\s+|her\s+)?$/iu;
/** The same cues opening the sentence: "En marge du sommet de l’OCS, X a rencontré Y". */
const BESIDE_FIRST =
  /(?:en\s+marge|on\s+the\s+(?:sidelines|margins)|in\s+the\s+margins?)\s+(?:des|du|de\s+la|de\s+l[’']|de|d[’']|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l[’']|cette\s+|ce\s+|this\s+)?$/iu;
const AT_THE_OCCASION_FIRST =
  /(?:^|[\s,;])(?:(?:lors|à\s+l[’']occasion|au\s+cours)\s+(?:des|du|de\s+la|de\s+l[’']|de|d[’'])|pendant|during)\s*(?:the\s+|la\s+|le\s+|les\s+|l[’']|un\s+|une\s+|son\s+|sa\s+|cette\s+|ce\s+|this\s+|its\s+|his\s+|her\s+)?$/iu;
/** Between the gathering's phrase and the side event told after it: no full stop, a comma. */
const CLAUSE_GAP = /^[^.;!?\n]{0,120}$/u;
/** Nesting order: a part within a session within a gathering within a visit, never upwards. */
const RANK: Readonly<Record<string, number>> = { part: 0, session: 1, gathering: 2, visit: 3 };

export function relateSidelineEvents(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const events = recognised.events
    .map((mention, i) => ({ mention, key: resolution.eventEntity[i] }))
    .filter((e): e is { mention: EventMention; key: string } => e.key !== undefined)
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: Assertion[] = [];
  events.forEach((side, i) => {
    const sentence = sentenceOf(doc.text, side.mention.start);
    // events are in text order: stop at the sentence's end, not at the document's
    let gathering: (typeof events)[number] | undefined;
    for (let j = i + 1; j < events.length && !gathering; j++) {
      const e = events[j] as (typeof events)[number];
      if (e.mention.start >= sentence.end) break;
      if (e.mention.start >= side.mention.end) gathering = e;
    }
    if (!gathering || gathering.key === side.key) return;
    const gap = doc.text.slice(side.mention.end, gathering.mention.start);
    if (!BESIDE.test(gap) && !(AT_THE_OCCASION.test(gap) && nests(side.mention, gathering.mention)))
      return;
    out.push(...sideEventOf(ctx, side, gathering, side.mention.start, gathering.mention.end));
  });
  // the gathering told first: "On the sidelines of the SCO summit in Astana, Xi met Sharif"
  events.forEach((gathering, i) => {
    const side = events[i + 1];
    if (!side || side.key === gathering.key) return;
    const sentence = sentenceOf(doc.text, gathering.mention.start);
    if (side.mention.start >= sentence.end) return;
    const before = doc.text.slice(sentence.start, gathering.mention.start);
    const gap = doc.text.slice(gathering.mention.end, side.mention.start);
    if (!CLAUSE_GAP.test(gap) || !gap.includes(',')) return;
    if (
      !BESIDE_FIRST.test(before) &&
      !(AT_THE_OCCASION_FIRST.test(before) && nests(side.mention, gathering.mention))
    )
      return;
    out.push(...sideEventOf(ctx, side, gathering, gathering.mention.start, side.mention.end));
  });
  return out;
}

/** PART_OF the gathering, and HELD_IN its places. */
function sideEventOf(
  ctx: RelateContext,
  side: { key: string },
  gathering: { key: string },
  start: number,
  end: number,
): Assertion[] {
  const span = { start, end };
  return [
    assertion(ctx, 'PART_OF', side.key, gathering.key, span, 'on-the-sidelines', {}, 0.8),
    ...[...(ctx.resolution.entities.get(gathering.key)?.places ?? [])].map((place) =>
      assertion(ctx, 'HELD_IN', side.key, place, span, 'held-where-its-gathering-is', {}, 0.7),
    ),
  ];
}

/** "le sommet lors de la séance restreinte" puts no gathering inside its own part. */
function nests(inner: EventMention, outer: EventMention): boolean {
  const rank = (e: EventMention) => RANK[EVENT_LEVELS[e.format] ?? ''];
  const [a, b] = [rank(inner), rank(outer)];
  return b !== undefined && (a === undefined || a <= b);
}
