// Event keywords that are events only in some uses, read on the folded text around the hit:
// "a rendu hommage" at a memorial, "addressed" a community, "l’ouverture" of an exhibition,
// "par téléphone" after a verb of talking, "consultations" that are no "plan de consultations".
// And a verb of talks followed by its means: "s’est entretenu avec X par téléphone" is a call.

import { foldText } from '../4-resolve/normalise.js';
import {
  ADDRESS_VERBS,
  AUDIENCE_NOUNS,
  HOMAGE_VERBS,
  MEMORIAL_NOUNS,
  NOT_SITTING_CONSULTATIONS,
  OPENED_GATHERINGS,
  OPENING_WORDS,
  PHONE_MEANS,
  TALKING_VERBS,
} from '../lexicon/event-formats.js';
import { alternation } from '../patterns.js';
import type { EventMention } from './types.js';

const words = (list: readonly string[]) => alternation(list.map(foldText));
// "*?" over a slice of `reach` characters: V8 unrolls a bounded repeat of a class when compiling
const wordsAhead = (list: readonly string[], reach: number) => {
  const pattern = new RegExp(`^[^.;!?\\n]*?(?<![\\p{L}])(?:${words(list)})(?![\\p{L}])`, 'u');
  return { exec: (text: string) => pattern.exec(text.slice(0, reach)) };
};

interface Guard {
  readonly keywords: ReadonlySet<string>;
  /** Whether the hit is an event, given the folded text before it (from its sentence's start)
   * and after it. */
  readonly holds: (before: string, after: string) => boolean;
}

const MEMORIAL_AHEAD = wordsAhead(MEMORIAL_NOUNS, 50);
const AUDIENCE_AHEAD = wordsAhead(AUDIENCE_NOUNS, 30);
// "l’ouverture de la 8e Exposition Russie-Chine", "the opening of the trade fair"
const GATHERING_OPENED = new RegExp(
  `^\\s*(?:officielle\\s+)?(?:de la|du|de l'|des|d'|the)?\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${words(OPENED_GATHERINGS)})(?![\\p{L}])`,
  'u',
);
const TALKING_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${words(TALKING_VERBS)})(?![\\p{L}])[^.;!?\\n]*$`,
  'u',
);
const NOT_SITTING_BEFORE = new RegExp(`(?:${words(NOT_SITTING_CONSULTATIONS)})\\s+$`, 'u');

const GUARDS: readonly Guard[] = [
  {
    keywords: new Set(HOMAGE_VERBS.map(foldText)),
    holds: (_, after) => MEMORIAL_AHEAD.exec(after) !== null,
  },
  {
    keywords: new Set(ADDRESS_VERBS.map(foldText)),
    holds: (_, after) => AUDIENCE_AHEAD.exec(after) !== null,
  },
  {
    keywords: new Set(OPENING_WORDS.map(foldText)),
    holds: (_, after) => GATHERING_OPENED.test(after),
  },
  {
    keywords: new Set(PHONE_MEANS.map(foldText)),
    holds: (before) => TALKING_BEFORE.test(before),
  },
  {
    keywords: new Set(['consultations']),
    holds: (before) => !NOT_SITTING_BEFORE.test(before),
  },
];

const REACH = 120;

/** A keyword hit (folded) that is no event where it stands: "paid tribute to his work". */
export function isGuardedKeyword(
  folded: string,
  keyword: string,
  start: number,
  end: number,
  sentenceStart: number,
): boolean {
  const guard = GUARDS.find((g) => g.keywords.has(keyword));
  if (!guard) return false;
  const before = folded.slice(Math.max(sentenceStart, start - REACH), start);
  return !guard.holds(before, folded.slice(end, end + REACH));
}

const MEANS_AHEAD = wordsAhead(PHONE_MEANS, 80);

/** "s’est entretenu avec le président X par téléphone": talks or a meeting reported by a verb
 * whose clause ends on the means of a call is the call, its phrase running to the means. */
export function withPhoneMeans(
  text: string,
  folded: string,
  mention: EventMention,
  sentence: { readonly start: number; readonly end: number },
): EventMention {
  if (mention.format === 'PHONE_CALL')
    return fromTalkingVerb(text, folded, mention, sentence.start);
  if (!mention.verb || (mention.format !== 'TALKS' && mention.format !== 'MEETING')) return mention;
  const means = MEANS_AHEAD.exec(folded.slice(mention.end, sentence.end));
  if (!means) return mention;
  const end = mention.end + means[0].length;
  return { ...mention, end, surface: text.slice(mention.start, end), format: 'PHONE_CALL' };
}

const MEANS_KEYWORDS = PHONE_MEANS.map(foldText);
const TALKING_VERB = new RegExp(`(?<![\\p{L}])(?:${words(TALKING_VERBS)})(?![\\p{L}])`, 'gu');

/** "Xi spoke with President X over the phone": the call's phrase opens on its verb of talking,
 * whose object is the other side. */
function fromTalkingVerb(
  text: string,
  folded: string,
  mention: EventMention,
  sentenceStart: number,
): EventMention {
  if (!MEANS_KEYWORDS.some((m) => folded.startsWith(m, mention.start))) return mention;
  const from = Math.max(sentenceStart, mention.start - REACH);
  const verbs = [...folded.slice(from, mention.start).matchAll(TALKING_VERB)];
  const last = verbs[verbs.length - 1];
  if (!last) return mention;
  const start = from + last.index;
  return { ...mention, start, surface: text.slice(start, mention.end) };
}

const NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}/u;

/** Keywords whose object the phrase runs to: "l’ouverture de la 8e Exposition | Russie-Chine"
 * past the ordinal, "addressed the Indian community", "rendu hommage ... devant le monument". */
const OBJECTS: readonly {
  readonly keywords: readonly string[];
  readonly ahead: { exec: (text: string) => RegExpExecArray | null };
}[] = [
  { keywords: OPENING_WORDS.map(foldText), ahead: GATHERING_OPENED },
  { keywords: ADDRESS_VERBS.map(foldText), ahead: AUDIENCE_AHEAD },
  { keywords: HOMAGE_VERBS.map(foldText), ahead: MEMORIAL_AHEAD },
];

/** The phrase of a guarded keyword, to the end of the object its guard found (and the name that
 * goes on after it). */
export function withGuardedObject(
  text: string,
  folded: string,
  mention: EventMention,
): EventMention {
  const phrase = folded.slice(mention.start, mention.end);
  for (const { keywords, ahead } of OBJECTS) {
    const word = keywords.find((w) => phrase.startsWith(w));
    if (!word) continue;
    const object = ahead.exec(folded.slice(mention.start + word.length));
    if (!object) return mention;
    const objectEnd = mention.start + word.length + object[0].length;
    const end = objectEnd + (NAME_AFTER.exec(text.slice(objectEnd))?.[0].length ?? 0);
    return end > mention.end
      ? { ...mention, end, surface: text.slice(mention.start, end) }
      : mention;
  }
  return mention;
}
