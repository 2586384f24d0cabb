// Is a participle keyword a reported event or an adjective? "ils ont signé huit accords", "a été
// signé à Astana", "the leaders signed a treaty" report a signing; "le traité signé en 1992",
// "was signed on 29 April 1996" date the signed thing, "the signed document" describes it.

import { foldText } from '../4-resolve/normalise.js';
import { EVENT_AUXILIARIES, SIMPLE_PAST_VERBS } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import type { DateMention } from './dates/find-dates.js';
import type { EventMention } from './types.js';

/** "ont signé", "a déjà signé", "was already signed": an auxiliary, at most one adverb between. */
const AUXILIARY_BEFORE = new RegExp(
  `(?:^|[\\s’'])(?:${alternation(EVENT_AUXILIARIES.map(foldText))})\\s+(?:\\p{L}+\\s+)?$`,
  'u',
);
/** In a speech only the speakers' own act is the event: "nous avons signé", not "l’Ukraine a signé". */
const OWN_AUXILIARY_BEFORE = /(?:^|\s)(?:nous\s+avons|we\s+have|we)\s+(?:\p{L}+\s+)?$/u;
/** "the signed treaty", "the newly signed treaty": an adjective; "the ministers signed" a verb. */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an|this|that|its|their)\s+(?:\p{L}+ly\s+)?$/u;
const SIMPLE_PAST = new Set(SIMPLE_PAST_VERBS.map(foldText));
/** What may stand between the participle and a date that is the signed thing's own. */
const BEFORE_OWN_DATE = /^\s*(?:le|en|on|in)?\s*$/u;

/**
 * Does the participle at [start, end) of the folded text report an event? It follows an
 * auxiliary (or, for an English simple past, no article; in a speech, "nous avons"), and no date
 * follows it right away.
 */
export function isReportedParticiple(
  folded: string,
  start: number,
  end: number,
  dates: readonly DateMention[],
  inSpeech = false,
): boolean {
  const before = folded.slice(Math.max(0, start - 30), start);
  const keyword = folded.slice(start, end);
  const reported = inSpeech
    ? OWN_AUXILIARY_BEFORE.test(before)
    : AUXILIARY_BEFORE.test(before) || (SIMPLE_PAST.has(keyword) && !ARTICLE_BEFORE.test(before));
  if (!reported) return false;
  // "was signed on 29 April 1996", "signé le 15 mai 1992": a date of the document signed
  return !dates.some(
    (d) => d.start >= end && d.start - end <= 6 && BEFORE_OWN_DATE.test(folded.slice(end, d.start)),
  );
}

/** Between a participle and the treaty it governs: "ont signé | mercredi au Kremlin | un accord". */
const OBJECT_GAP = /^[^.;:!?\n]{0,80}$/u;
/** Between a treaty and its passive participle: "la déclaration conjointe | a été | signée". */
const SUBJECT_GAP = /^[^.;:!?\n]{0,24}$/u;

/**
 * "ont signé mercredi un accord de partenariat stratégique": the signed treaty is the event of
 * the sentence, the participle none; "ont signé huit accords" stays a signing.
 */
export function withoutSigningsOfTreaties(
  text: string,
  events: readonly EventMention[],
  participles: ReadonlySet<EventMention>,
): EventMention[] {
  const treaties = events.filter((e) => e.format === 'TREATY');
  return events.filter(
    (e) =>
      !participles.has(e) ||
      !treaties.some((t) =>
        t.start >= e.start
          ? OBJECT_GAP.test(text.slice(e.start, t.start))
          : t.end <= e.start && SUBJECT_GAP.test(text.slice(t.end, e.start)),
      ),
  );
}
