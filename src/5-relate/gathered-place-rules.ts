// HELD_IN from a gathering its verb reports, to the sitting the text names next: "Les ministres
// de l’OTSC se sont réunis lundi à Almaty. La réunion du Conseil a porté sur ...", "the leaders
// met in Astana to attend the summit". The named sitting takes the verb's place when it has none.

import type { EventMention, Mention } from '../3-recognise/types.js';
import { GATHERING_VERBS } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import type { EventFormat } from '../types.js';
import { assertion } from './helpers.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const GATHERED = new RegExp(`(?<![\\p{L}])(?:${alternation(GATHERING_VERBS)})(?![\\p{L}])`, 'giu');
/** "| lundi à | Almaty", "| on Monday in | Almaty", "| dans la ville historique de | Xi'an";
 * "met | with students in" is a meeting with someone, no gathering. */
const THEN_LOCATIVE = new RegExp(
  "^(?!\\s+(?:with|avec)(?![\\p{L}]))(?:\\s+[^.;:!?,\\n]{0,30}?)?\\s+(?:à|au|aux|en|dans|in|at)\\s+(?:la\\s+|le\\s+|les\\s+|l[’']|the\\s+)?" +
    "(?:(?:ville|cité|capitale|city|town|capital)(?:\\s+\\p{L}+)?\\s+(?:de\\s+|d[’']|of\\s+))?$",
  'iu',
);
const SITTINGS = new Set<EventFormat>([
  'MEETING',
  'SUMMIT',
  'FORUM',
  'CONFERENCE',
  'TALKS',
  'NEGOTIATIONS',
]);

export function relateGatheredPlaces(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution } = ctx;
  const sentences = sentencesOf(doc);
  const mentions = recognised.mentions;
  const events = recognised.events
    .map((e, i) => ({ e, key: resolution.eventEntity[i] }))
    .sort((a, b) => a.e.start - b.e.start);
  const out: Assertion[] = [];
  for (const verb of doc.text.matchAll(GATHERED)) {
    const at = verb.index;
    const index = sentenceIndexAt(sentences, at);
    const sentence = sentences[index];
    if (!sentence) continue;
    const place = placeAfter(doc.text, mentions, at + verb[0].length, sentence.end);
    if (place < 0) continue;
    const m = mentions[place] as Mention;
    const key = resolution.mentionEntity[place];
    // "se sont réunis à Almaty pour le sommet", else the sitting the next sentence names
    const next = sentences[index + 1];
    const inReach = (e: EventMention) =>
      e.start >= m.end &&
      e.start < (next && !eventsIn(events, m.end, sentence.end) ? next.end : sentence.end);
    const named = events.find(({ e }) => inReach(e));
    if (!key || !named?.key || !SITTINGS.has(named.e.format) || named.e.verb) continue;
    if (named.e.otherOccurrence || named.e.places.length > 0) continue;
    if ((resolution.entities.get(named.key)?.places.size ?? 0) > 0) continue;
    const span = { start: sentence.start, end: Math.max(m.end, named.e.end) };
    out.push(assertion(ctx, 'HELD_IN', named.key, key, span, 'gathered-in-place'));
  }
  return out;
}

/** The first Place right after the verb's short complement, or -1. */
function placeAfter(text: string, mentions: readonly Mention[], from: number, to: number): number {
  const i = firstStartingFrom(mentions, from);
  const m = mentions[i];
  if (!m || m.start >= to || m.type !== 'Place' || m.adjective) return -1;
  return THEN_LOCATIVE.test(text.slice(from, m.start)) ? i : -1;
}

function eventsIn(events: readonly { e: EventMention }[], from: number, to: number): boolean {
  return events.some(({ e }) => e.start >= from && e.start < to);
}
