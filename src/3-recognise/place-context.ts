// Lexicon place hits read in their context: a language ("traduit du russe", "en chinois") names no
// country, "latino-américain" no United States, "indo-pacifique" no India, an address names
// nothing, and "le leader du Kremlin" no place.

import { findCountryOfAdjective, findCountryOfPrefix, SEATS_OF_POWER } from '../lexicon/index.js';
import { REGION_ADJECTIVES } from '../lexicon/regions.js';
import type { Mention } from './types.js';

/** "en russe", "in Russian", "du chinois": a language when nothing follows but "et"/punctuation. */
const LANGUAGE_BEFORE = /(?:^|[^\p{L}])(?:en|in|du|from|into)\s+$/iu;
const LANGUAGE_AFTER = /^\s*(?:$|[.,;:)!?»"]|(?:et|ou|and|or|par|by|dans|sur)(?![\p{L}]))/iu;
/** "version française", "langue russe", "traduction russe". */
const LANGUAGE_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:version|langue|traduction|sous-titres|language)\s+$/iu;
const REGION_FORMS = new Set(
  Object.values(REGION_ADJECTIVES).flatMap((f) => f.map((x) => x.toLowerCase())),
);
const isAdjectiveWord = (word: string) =>
  findCountryOfAdjective(word) !== undefined ||
  findCountryOfPrefix(word) !== undefined ||
  REGION_FORMS.has(word.toLowerCase());

/** "www.x.com/guinee-equatoriale", "/2023/premieres-...-asia": words of an address name nothing. */
const URL_MARK = /:\/\/|www\.|\.[a-z]{2,6}\/|\/[\p{L}\d]+-[\p{L}\d]+-|-[\p{L}\d]+-[\p{L}\d]+\//iu;
/**
 * "le leader du Kremlin" is a person, "Kremlin Spokesman" a title: no place (whether the seat is
 * the body inside it, "selon le Kremlin", is read by organisation-metonyms.ts).
 */
const SEAT_IN_TITLE_BEFORE = /(?:^|[^\p{L}])(?:leader|chef|maître|locataire)\s+du\s+$/iu;
const SEAT_IN_TITLE_AFTER =
  /^\s+(?:spokesman|spokesperson|spokeswoman|press secretary|aide|chief of staff)/i;

function isInsideAddress(text: string, m: Mention): boolean {
  let start = m.start;
  while (start > 0 && !/\s/.test(text[start - 1] ?? ' ') && m.start - start < 300) start -= 1;
  let end = m.end;
  while (end < text.length && !/\s/.test(text[end] ?? ' ') && end - m.end < 300) end += 1;
  return URL_MARK.test(text.slice(start, end));
}

export function reviewPlaceHits(text: string, hits: readonly Mention[]): Mention[] {
  return hits.flatMap((m): Mention[] => {
    if (isInsideAddress(text, m)) return [];
    if (m.rule === 'country-adjective' && !isCountryUse(text, m)) return [];
    if (m.rule === 'country-prefix' && !isAdjectiveWord(wordAfterHyphen(text, m.end))) return [];
    if (m.lexiconId && SEATS_OF_POWER.has(m.lexiconId) && isInTitle(text, m)) return [];
    return [m];
  });
}

function isCountryUse(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (before.endsWith('-') && !isAdjectiveWord(lastWord(before.slice(0, -1)))) return false;
  if (LANGUAGE_NOUN_BEFORE.test(before)) return false;
  return !(LANGUAGE_BEFORE.test(before) && LANGUAGE_AFTER.test(text.slice(m.end, m.end + 8)));
}

function isInTitle(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return (
    SEAT_IN_TITLE_BEFORE.test(before) || SEAT_IN_TITLE_AFTER.test(text.slice(m.end, m.end + 30))
  );
}

const lastWord = (text: string) => /[\p{L}]+$/u.exec(text)?.[0] ?? '';
const wordAfterHyphen = (text: string, end: number) =>
  /^-([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
