// HELD_IN from phrasings that place an event without changing what the event is: the place, then
// "lors de" ("vendredi, à Bichkek lors d’une réunion du Conseil"), a treaty signed somewhere
// ("ont signé vendredi au Kremlin un accord", "the Agreement ... was signed on 29 April 1996 in
// St. Petersburg"), a meeting verb's day and place after its object ("a rencontré son homologue
// X, président du Y, samedi à Malabo"). Each rule reads one sentence; its id travels as `rule`.

import type { EventMention, Mention } from '../3-recognise/types.js';
import { WEEKDAYS } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import type { EventFormat } from '../types.js';
import { assertion } from './helpers.js';
import { type Sentence, sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const WEEKDAY = alternation(WEEKDAYS);
/** "on 18 November 2024", "le 5 mars", "on November 18". */
const DAY_OF_MONTH = String.raw`(?:on|le)\s+(?:\d{1,2}(?:er|st|nd|rd|th)?\s+\p{L}+|\p{Lu}\p{L}+\s+\d{1,2})(?:,?\s+\d{4})?`;
const ARTICLE = "(?:la\\s+|le\\s+|les\\s+|l[’']|the\\s+)?";
const LOCATIVE = new RegExp(`(?:^|[^\\p{L}])(?:à|au|aux|en|dans|in|at)\\s+${ARTICLE}$`, 'iu');
/** "à Bichkek | lors d’une | réunion", "in Minsk | during the | talks". */
const DURING = new RegExp(
  `^\\s*,?\\s*(?:lors\\s+(?:de\\s+la|de\\s+l[’']|du|des|de|d[’'])\\s*|during\\s+)` +
    "(?:(?:la|le|les|l[’']|un|une|sa|son|ses|leur|the|a|an|its|his|their)\\s*)?$",
  'iu',
);
/** "ont signé vendredi | au | Kremlin": a signing verb, maybe a day, the locative. */
const SIGNED_AT = new RegExp(
  `(?:signé|signée|signés|signées|signed)\\s+(?:(?:${WEEKDAY}|hier|aujourd[’']hui|today|yesterday)\\s+)?` +
    `(?:à|au|aux|en|in|at)\\s+${ARTICLE}$`,
  'iu',
);
/** "au Kremlin | un | accord": only the treaty's determiner between. */
const DETERMINER_ONLY = /^\s*(?:un|une|le|la|les|l[’']|des|the|a|an)?\s*$/iu;
/** "... was signed on 29 April 1996 in": a passive signing after the treaty, a date, then "in". */
const SIGNED_AFTER = new RegExp(
  '^[^.;!?\\n]{0,160}?(?:a\\s+été|ont\\s+été|avait\\s+été|was|were|has\\s+been|had\\s+been)\\s+' +
    '(?:signé|signée|signés|signées|signed)(?![\\p{L}])[^.;!?\\n,]{0,40}?\\s(?:à|au|en|in|at)\\s+' +
    `${ARTICLE}$`,
  'iu',
);
/** "son homologue X, président du Y | samedi à | Malabo": right after a name, the day, the place. */
const DAY_THEN_LOCATIVE = new RegExp(
  `^\\s*,?\\s*(?:${WEEKDAY}|hier|yesterday|today|on\\s+(?:${WEEKDAY})|${DAY_OF_MONTH})\\s*,?\\s+(?:à|au|en|in|at)\\s+${ARTICLE}$`,
  'iu',
);
/** "met with X | in | Beijing | on Monday.", "a rencontré X | à | Bakou | le 5 mars": the place
 * right after the name, then the day or the end of the clause. */
const LOCATIVE_AFTER_NAME = /^\s*(?:à|au|in|at)\s+(?:the\s+)?$/iu;
const DAY_OR_CLAUSE_END = new RegExp(
  `^\\s*(?:[.;,]|$|(?:on\\s+)?(?:${WEEKDAY})(?![\\p{L}])|${DAY_OF_MONTH}(?![\\p{L}]))`,
  'iu',
);
const MEETING_VERB_FORMATS = new Set<EventFormat>(['MEETING', 'TALKS', 'NEGOTIATIONS']);

interface PlacedEvent {
  readonly e: EventMention;
  readonly key: string;
}

export function relateHeldWhere(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const sentences = sentencesOf(doc);
  const out: Assertion[] = [];
  recognised.events.forEach((e, i) => {
    const key = resolution.eventEntity[i];
    const sentence = sentences[sentenceIndexAt(sentences, e.start)];
    if (!key || !sentence || e.places.length > 0 || e.otherOccurrence || e.plural) return;
    for (const [place, rule] of placesOf(ctx, { e, key }, sentence)) {
      const target = resolution.mentionEntity[place];
      const m = recognised.mentions[place] as Mention;
      if (!target) continue;
      const span = { start: Math.min(e.start, m.start), end: Math.max(e.end, m.end) };
      out.push(assertion(ctx, 'HELD_IN', key, target, span, rule));
    }
  });
  return out;
}

function placesOf(ctx: RelateContext, { e }: PlacedEvent, sentence: Sentence): [number, string][] {
  const { doc, recognised } = ctx;
  const text = doc.text;
  const mentions = recognised.mentions;
  const before = lastMentionBefore(mentions, sentence.start, e.start);
  if (before >= 0) {
    const m = mentions[before] as Mention;
    const gap = text.slice(m.end, e.start);
    const lead = text.slice(sentence.start, m.start);
    if (isPlace(m) && LOCATIVE.test(lead) && DURING.test(gap))
      return [[before, 'place-during-event']];
    if (isPlace(m) && e.format === 'TREATY' && SIGNED_AT.test(lead) && DETERMINER_ONLY.test(gap))
      return [[before, 'signed-at-place']];
  }
  const limit = sentence.end;
  for (let i = firstStartingFrom(mentions, e.end); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= limit) break;
    if (!isPlace(m)) continue;
    const after = text.slice(e.end, m.start);
    if (e.format === 'TREATY' && SIGNED_AFTER.test(after)) return [[i, 'signed-in-place']];
    if (
      e.verb &&
      MEETING_VERB_FORMATS.has(e.format) &&
      i > 0 &&
      (mentions[i - 1] as Mention).end > e.end &&
      DAY_THEN_LOCATIVE.test(text.slice((mentions[i - 1] as Mention).end, m.start)) &&
      !/[.;:!?\n]/u.test(after) &&
      !eventBetween(recognised.events, e.end, m.start)
    )
      return [[i, 'met-on-day-in-place']];
    if (
      e.verb &&
      MEETING_VERB_FORMATS.has(e.format) &&
      metInPlace(ctx, i, e.end) &&
      // "H.E. Mr. Saidov": the sentence ends the search already, an abbreviation's stop does not
      !/[;:!?\n]/u.test(after) &&
      !eventBetween(recognised.events, e.end, m.start)
    )
      return [[i, 'met-in-place-on-day']];
  }
  return [];
}

const isPlace = (m: Mention) => m.type === 'Place' && !m.adjective;

/** Mention `i`, a place, follows the verb's object by "in", and a day or the clause's end follows it. */
function metInPlace(ctx: RelateContext, i: number, verbEnd: number): boolean {
  const text = ctx.doc.text;
  const mentions = ctx.recognised.mentions;
  const m = mentions[i] as Mention;
  const object = mentions[i - 1];
  return (
    object !== undefined &&
    object.type === 'Person' &&
    object.start >= verbEnd &&
    LOCATIVE_AFTER_NAME.test(text.slice(object.end, m.start)) &&
    DAY_OR_CLAUSE_END.test(text.slice(m.end, m.end + 40))
  );
}

/** The last mention ending before `to` within the sentence, or -1. */
function lastMentionBefore(mentions: readonly Mention[], from: number, to: number): number {
  for (let i = firstStartingFrom(mentions, to) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start < from) return -1;
    if (m.end <= to) return i;
  }
  return -1;
}

/** "a rencontré X, arrivé samedi à Moscou": the day and place are another event's. */
function eventBetween(events: readonly EventMention[], from: number, to: number): boolean {
  return events.some((o) => o.start >= from && o.start < to);
}
