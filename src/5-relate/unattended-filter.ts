// Drops ATTENDED assertions that mistake a mention for a presence: an anniversary or birthday
// (a date, not a sitting), the sender of a message ("le message du président X"), the one a
// monument or a mourning is for ("au monument à Gueorgui Joukov"), the one talked about ("il a
// évoqué le président X"), the source a sentence is attributed to ("..., Peskov told reporters"),
// and the person met during someone else's visit ("X a rencontré Y lors de sa visite à Pékin": the visit is X's).

import {
  ACCORDING_TO,
  ATTRIBUTING_VERBS,
  ATTRIBUTION_TAIL,
  COMMEMORATED_FORMATS,
  HONOURED_BEFORE,
  MET_DURING_VISIT,
  TALKED_ABOUT,
  SENT_WORD_NOUNS,
} from '../lexicon/participation-verbs.js';
import { VISIT_FORMATS } from '../lexicon/index.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import { wholeWords } from '../patterns.js';
import type { EventFormat } from '../types.js';
import { personMentionsIn } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

const NOT_ATTENDED: readonly EventFormat[] = COMMEMORATED_FORMATS;

// "message de salutations du président russe Vladimir " -> sender follows; at most 5 title words
// or initials ("M. "), no sentence end between
const SENDER_BEFORE = new RegExp(
  `${wholeWords(`(?:${SENT_WORD_NOUNS})`)}(?:\\s+(?:de|of)\\s+(?:salutations?|félicitations|vœux|greetings?|congratulations?|sympathy))?\\s+(?:de la part\\s+)?(?:de|du|des|d[’']|from|by)\\s*(?:\\p{Lu}\\.\\s*|[\\p{L}’'-]+\\s+){0,5}$`,
  'iu',
);
// "Putin's message to the participants", "Poutine's greetings"
const SENDER_AFTER = new RegExp(
  `^\\s*[’']s\\s+(?:\\p{L}+\\s+)?${wholeWords(`(?:${SENT_WORD_NOUNS})`)}`,
  'iu',
);
// "au monument à Gueorgui ", "la statue du maréchal ", "the death of former President ": the
// honoured person follows, after at most 4 title words or initials
const HONOURED = new RegExp(
  `${wholeWords(`(?:${HONOURED_BEFORE})`)}\\s+(?:à|au|aux|de|du|des|d[’']|to|of)\\s*(?:la\\s+|l[’']|the\\s+)?(?:\\p{Lu}\\.\\s*|[\\p{L}’'-]+\\s+){0,4}$`,
  'iu',
);
// "il a évoqué le président ", "criticised former President ": the one talked about follows
const TALKED_OF = new RegExp(
  `${wholeWords(`(?:${TALKED_ABOUT})`)}\\s+(?:(?!avec\\s|with\\s)[\\p{L}’'-]+\\s+){0,5}$`,
  'iu',
);
// a trailing attribution: ", Kremlin spokesman " before the name, " told reporters." after it;
// the source of a quotation ("« ... », a déclaré X") speaks where it was said and is left alone
const CLAUSE_OPENS_BEFORE = /(?:^|(?<![»”"]\s*),)\s*(?:[\p{L}’'.-]+\s+){0,6}$/u;
const ATTRIBUTION_ENDS_AFTER = new RegExp(
  `^\\s*(?:,[^,.;]{0,60},\\s*)?${wholeWords(`(?:${ATTRIBUTING_VERBS})`)}((?:\\s+[\\p{L}’'-]+){0,6})\\s*[.!?]?\\s*$`,
  'iu',
);
const TAIL_WORDS = new Set(ATTRIBUTION_TAIL.split('|'));
/** "reporters on Monday", "TASS": no clause of its own after the verb. */
const isAttributionTail = (words: string) =>
  words
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => TAIL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
/** The words between an attributing verb and its source: title words, not "que" or "that". */
const SOURCE_TITLE_WORDS = `(?:(?!(?:que|qu|that)(?![\\p{L}]))[\\p{L}’'.-]+\\s+){0,6}`;
// ", said Kremlin spokesman ", ", a déclaré le porte-parole du Kremlin, ", "according to "
const ATTRIBUTION_BEFORE = new RegExp(
  `(?:(?<![»”"]\\s*),\\s*${wholeWords(`(?:${ATTRIBUTING_VERBS})`)}\\s+${SOURCE_TITLE_WORDS}(?:,\\s*)?|(?:^|,)\\s*${wholeWords(`(?:${ACCORDING_TO})`)}\\s*${SOURCE_TITLE_WORDS})$`,
  'iu',
);
const MET = new RegExp(wholeWords(`(?:${MET_DURING_VISIT})`), 'iu');
const DURING = new RegExp(
  wholeWords(
    `(?:lors|au cours|pendant|during|on) (?:de |d[’']|du |of )?(?:sa|son|une|la|his|her|a|the)`,
  ),
  'iu',
);

/** Does the text name the person at `start..end` as the sender of a message? */
export function isSenderMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (SENDER_BEFORE.test(before)) return true;
  return SENDER_AFTER.test(text.slice(end, end + 40));
}

/** Is the person at `start` named as the one a monument, a tomb or a mourning is for? */
export function isHonouredMention(text: string, start: number): boolean {
  return HONOURED.test(text.slice(Math.max(0, start - 80), start));
}

/** Is the person at `start` named as the one someone talked about ("a évoqué le président X")? */
export function isTalkedAboutMention(text: string, start: number): boolean {
  return TALKED_OF.test(text.slice(Math.max(0, start - 80), start));
}

/** Is the person at `start..end` the source the sentence is attributed to ("..., X said")? */
export function isAttributionSource(text: string, start: number, end: number): boolean {
  const sentence = sentenceOf(text, start);
  const before = text.slice(Math.max(sentence.start, start - 100), start);
  if (ATTRIBUTION_BEFORE.test(before)) return true;
  if (!CLAUSE_OPENS_BEFORE.test(before) || !before.includes(',')) return false;
  const after = ATTRIBUTION_ENDS_AFTER.exec(text.slice(end, sentence.end));
  return after !== null && isAttributionTail(after[1] ?? '');
}

/** Does the sentence name the person as the one met during a visit ("a rencontré X lors de sa visite")? */
export function isMetDuringVisit(sentence: string, offset: number): boolean {
  const met = MET.exec(sentence);
  if (!met || met.index >= offset) return false;
  const during = DURING.exec(sentence.slice(met.index));
  if (during === null || met.index + during.index <= offset) return false;
  // "met Y, who is in Russia on a working visit": the visit set beside Y is Y's own
  return !OWN_VISIT_BESIDE.test(sentence.slice(offset, met.index + during.index));
}

/** "Y, who is in Russia on a", "Y, arrivé à Moscou pour une": the name's own visit follows it. */
const OWN_VISIT_BESIDE = /^[^,;]*,\s*(?:who|qui|arrivée?s?|venue?s?|en visite)(?![\p{L}])/iu;

export function dropMistakenAttendance(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const { text } = ctx.doc;
  return assertions.filter((a) => {
    if (a.type !== 'ATTENDED') return true;
    const format = ctx.resolution.entities.get(a.target)?.format;
    if (format && NOT_ATTENDED.includes(format)) return false;
    const { start, end } = a.evidence;
    const mentions = personMentionsIn(ctx, start, end).filter((p) => p.key === a.source);
    if (mentions.length === 0) return true;
    if (mentions.every((p) => isSenderMention(text, p.mention.start, p.mention.end))) return false;
    if (mentions.every((p) => isHonouredMention(text, p.mention.start))) return false;
    if (mentions.every((p) => isTalkedAboutMention(text, p.mention.start))) return false;
    if (mentions.every((p) => isAttributionSource(text, p.mention.start, p.mention.end)))
      return false;
    if (!format || !VISIT_FORMATS.includes(format)) return true;
    const sentence = text.slice(start, end);
    return !mentions.every((p) => isMetDuringVisit(sentence, p.mention.start - start));
  });
}
