// Where an event phrase's event is held, as a sentence says it: inside the phrase ("le sommet
// de l’OCS à Astana", "le sommet de Samarcande"), before it ("Bichkek a accueilli la réunion",
// "s’est tenue à Minsk la réunion"), or after it ("La réunion ... s’est tenue le 16 septembre à
// Samarcande", "la visite d’État du président à Téhéran", "the summit was held in Bishkek").

import { WEEKDAYS } from '../lexicon/index.js';
import { TOPIC_NOUNS } from '../lexicon/event-place-cues.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import type { EventFormat, Span } from '../types.js';
import { findPlacesBefore } from './place-before-event.js';
import type { Mention } from './types.js';

/** A holding verb after the phrase, then what may stand before the place (a date, "hier"); or
 * the relative of a visit made: "la visite d’État que je viens de terminer en Chine". */
const HELD_AFTER =
  /^[^.;!?\n]{0,260}?(?:s[’']est\s+(?:tenue?|déroulée?|ouverte?)|se\s+sont\s+(?:tenue?s|déroulée?s|ouverte?s)|s[’']étai(?:en)?t\s+tenue?s?|a\s+eu\s+lieu|ont\s+eu\s+lieu|avai(?:en)?t\s+eu\s+lieu|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+dérouler(?:a|ont)|se\s+dérouler?a?|se\s+déroulent|se\s+tien(?:t|nent)|s[’']ouvre|(?:a|ont)\s+(?:officiellement\s+)?(?:débuté|démarré|commencé)|took\s+place|taking\s+place|takes\s+place|(?:has|have)\s+(?:been\s+)?(?:launched|opened|started|begun)|(?:opened|began|started|kicked\s+off)|(?:was|were|will\s+be|is|are|is\s+being)\s+held|vien[st]\s+de\s+(?:terminer|achever|effectuer)|(?:a|ai|avait|avons|ont)\s+(?:effectuée?s?|terminée?s?|achevée?s?))(?![\p{L}])[^.;!?\n]{0,50}?$/iu;
/** "Après la cérémonie, | la réunion a eu lieu dans": the holding verb has a subject of its own. */
const OTHER_SUBJECT =
  /,\s*(?:la|le|les|l[’']|une?|the|a)\s*\p{L}+\s+(?:s[’']est|se|a|ont|avait|aura|sera|was|were|took|is|has)\s/iu;
/** "à Samarcande", "au Kremlin", "dans la salle", "in Bishkek", "at the Kremlin". */
const LOCATIVE_BEFORE =
  /(?:^|\s)(?:à|au|aux|en|dans|in|at)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
/** "la visite d’État du président | à Téhéran": the place right after the phrase. */
const RIGHT_AFTER = /^\s*,?\s*(?:à|au|aux|en|dans|in|at)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
/** "le sommet de l’OCS, | le 4 juillet 2024 à | Astana", "the summit | on 4 July in | Astana". */
const DAY_THEN_PLACE = new RegExp(
  `^\\s*,?\\s*(?:(?:ce|le|on)\\s+)?(?:(?:(?:${alternation(WEEKDAYS)})\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+\\p{L}+` +
    // "met with X on Tuesday in Beijing": a weekday alone
    `(?:\\s+\\d{4})?|(?:${alternation(WEEKDAYS)})(?:\\s+(?:dernier|last))?)\\s*,?\\s*(?:à|au|aux|en|dans|in|at)\\s+(?:la\\s+|le\\s+|les\\s+|l[’']|the\\s+)?$`,
  'iu',
);
/** "hosted X | at the Akorda presidential residence in | Astana", "au palais Akorda d’ | Astana"
 * (or from inside the phrase, "at the Akorda | presidential residence in | Astana"):
 * a building the text does not name as a place, then its city. */
const BUILDING_THEN_PLACE =
  /^\s*(?:(?:at\s+the|au|à\s+la)\s+(?:\p{Lu}[\p{L}-]*\s+)?)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:residence|palace|house|hall|centre|center|résidence|palais|maison|salle|centre)(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:in|à|de|d[’'])\s*$/u;
/** "salle Saint-Alexandre du Kremlin", "Samarcande, en Ouzbékistan": a second place of the same spot. */
const PLACE_CHAIN = /^\s*(?:,\s*(?:à|au|en)?\s*|du\s+|de\s+la\s+|de\s+l[’']|de\s+|à\s+)$/iu;
/** "se tiendra à Moscou | le vendredi 4 septembre au | parc Patriot": the day, then the spot. */
const DATED_CHAIN = new RegExp(
  `^\\s*,?\\s*(?:le\\s+)?(?:(?:${alternation(WEEKDAYS)})\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+(?:\\s+\\d{4})?\\s*,?\\s*` +
    `(?:à|au|aux|dans)\\s+(?:la\\s+|le\\s+|les\\s+|l[’'])?$`,
  'iu',
);
/** "le sommet de l’OCS à Astana", "visite en Chine": a place inside the phrase after a locative. */
const LOCATIVE_IN_PHRASE = /(?:à|au|aux|en|in|at)\s+(?:la\s+|l[’']|the\s+)?$/i;
/** "la situation à | Gaza", "the crisis in | Sudan": a topic of the talks, not their place; not a
 * body's name ("the Cooperation Committee in | Beijing"), whose words are capitalised. */
const TOPIC_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(TOPIC_NOUNS)})(?:\\s+\\p{L}+)?\\s+(?:à|au|aux|en|dans|in|at)\\s+(?:la\\s+|le\\s+|les\\s+|l[’']|the\\s+)?$`,
  'iu',
);
function isTopicPlace(before: string): boolean {
  const topic = TOPIC_BEFORE.exec(before);
  return topic !== null && !/(?:^|\s)\p{Lu}/u.test(topic[0].replace(/\s+\S+\s*$/u, ''));
}
/** "in Russia’s Far East": the possessive's country is not the spot. */
const POSSESSIVE_AFTER = /^[’']s(?![\p{L}])/u;
/** "le sommet de Samarcande", "Forum économique international de Saint-Pétersbourg". */
const OF_CITY_IN_PHRASE = /(?:^|\s)(?:de|d[’'])\s*$/iu;
/** Gatherings named after their city; "la visite de Minsk" may be the visitor's city. */
const NAMED_AFTER_CITY = new Set<EventFormat>(['SUMMIT', 'FORUM', 'CONFERENCE', 'VIDEOCONFERENCE']);
/** "Bichkek a accueilli la réunion", "Astana hosted the summit": the host before the event. */
const HOSTED =
  /(?:a\s+(?:non\s+seulement\s+)?accueilli|accueille|accueillera|accueillait|hosted|hosts|will\s+host|is\s+hosting|was\s+hosting)(?![\p{L}])[^.;!?\n]{0,40}$/iu;
const LOOKAHEAD_CHARS = 320;

const isPlace = (m: Mention) => m.type === 'Place' && !m.adjective;

/** Indices of the Place mentions (names and adjectives) lying wholly inside [from, end). */
export function placeMentionsWithin(
  mentions: readonly Mention[],
  from: number,
  end: number,
): number[] {
  const found: number[] = [];
  for (let i = firstStartingFrom(mentions, from); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= end) break;
    if (m.type === 'Place' && m.end <= end) found.push(i);
  }
  return found;
}

/** Indices of the Place mentions inside [keywordEnd, phraseEnd) that say where the event is. */
export function findPlacesInPhrase(
  text: string,
  mentions: readonly Mention[],
  phrase: Span,
  keywordEnd: number,
  format: EventFormat,
): number[] {
  const found: number[] = [];
  for (const i of placeMentionsWithin(mentions, keywordEnd, phrase.end)) {
    const m = mentions[i] as Mention;
    if (m.adjective) continue;
    const before = text.slice(Math.max(phrase.start, m.start - 12), m.start);
    const namedAfter =
      NAMED_AFTER_CITY.has(format) && m.subtype === 'city' && OF_CITY_IN_PHRASE.test(before);
    if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) continue;
    if (isTopicPlace(text.slice(Math.max(keywordEnd, m.start - 40), m.start))) continue;
    if (LOCATIVE_IN_PHRASE.test(before) || namedAfter) found.push(i);
  }
  return found;
}

/**
 * "Le Palais de la Nation à Douchanbé a accueilli une réunion": the host and the place it is in;
 * else "arrivé à Moscou pour une visite": the place the event is the purpose of.
 */
export function findHostPlaces(
  text: string,
  mentions: readonly Mention[],
  sentence: Span,
  phraseStart: number,
  format?: EventFormat,
): number[] {
  const hosted = HOSTED.exec(text.slice(sentence.start, phraseStart));
  if (!hosted) return findPlacesBefore(text, mentions, sentence, phraseStart, format);
  const verbAt = sentence.start + hosted.index;
  const found: number[] = [];
  for (let i = firstStartingFrom(mentions, sentence.start); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= verbAt) break;
    if (!isPlace(m)) continue;
    const previous = found.at(-1);
    if (previous === undefined) found.push(i);
    else if (PLACE_CHAIN.test(text.slice((mentions[previous] as Mention).end, m.start))) {
      found.push(i);
    } else break;
  }
  return found;
}

/** Indices of the Place mentions the sentence gives after [phraseEnd, sentenceEnd). */
export function findPlacesHeldAfter(
  text: string,
  mentions: readonly Mention[],
  phraseEnd: number,
  sentenceEnd: number,
): number[] {
  const limit = Math.min(sentenceEnd, phraseEnd + LOOKAHEAD_CHARS);
  const found: number[] = [];
  // "la visite d’État du président | Alexandre Loukachenko | à Téhéran": the name ends the phrase
  let cursor = phraseEnd;
  for (let i = firstStartingFrom(mentions, phraseEnd); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= limit) break;
    if (m.type === 'Person' && /^\s*$/u.test(text.slice(cursor, m.start))) cursor = m.end;
    if (!isPlace(m)) continue;
    const previous = found.at(-1);
    if (previous !== undefined) {
      const gap = text.slice((mentions[previous] as Mention).end, m.start);
      if (PLACE_CHAIN.test(gap) || DATED_CHAIN.test(gap)) found.push(i);
      break;
    }
    const before = text.slice(phraseEnd, m.start);
    if (
      RIGHT_AFTER.test(text.slice(cursor, m.start)) ||
      DAY_THEN_PLACE.test(text.slice(cursor, m.start)) ||
      BUILDING_THEN_PLACE.test(text.slice(cursor, m.start)) ||
      (LOCATIVE_BEFORE.test(before) &&
        HELD_AFTER.test(before.replace(LOCATIVE_BEFORE, '')) &&
        !OTHER_SUBJECT.test(before))
    )
      found.push(i);
  }
  return found;
}

/** "Le 3 juin à | Astana |, X a rencontré", "On Monday in | Astana |, X held talks": a sentence
 * that opens on where it happened, the date around it. */
const FRONTED_BEFORE = new RegExp(
  // "Le 16 mai, à", "Mardi à", "On Tuesday, in": the date may stand before, with its comma
  `^\\s*(?:(?:(?:le|on)\\s+[^,.;:!?\\n]{1,28}?|(?:${alternation(WEEKDAYS)})(?:\\s+\\d{1,2}(?:er)?\\s+\\p{L}+)?)\\s*,?\\s+)?(?:à|au|en|in|at)\\s+(?:the\\s+)?$`,
  'iu',
);
const FRONTED_AFTER = /^\s*(?:(?:le|on)\s+[^,.;:!?\n]{1,28}?)?\s*,/iu;

/** The Place a sentence opens on, for the verb of its main clause (index, or none). */
export function findFrontedPlace(
  text: string,
  mentions: readonly Mention[],
  sentence: Span,
  phraseStart: number,
): number[] {
  const i = firstStartingFrom(mentions, sentence.start);
  const m = mentions[i];
  if (!m || !isPlace(m) || m.end > phraseStart) return [];
  const opens = FRONTED_BEFORE.test(text.slice(sentence.start, m.start));
  return opens && FRONTED_AFTER.test(text.slice(m.end, phraseStart)) ? [i] : [];
}
