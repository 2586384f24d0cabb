// A title held of a region or a city, not of a country: "le gouverneur de la région de Léningrad",
// "le maire de Moscou", "head of the Republic of Tatarstan", "président du Tatarstan". The place
// mention must follow the title's preposition directly (an optional "région/ville/city of" aside).

import { findLexiconEntry } from '../lexicon/index.js';
import { firstStartingFrom } from '../spans.js';
import type { Mention } from './types.js';

/** Between the title word and the place: "de la région de ", "du ", "of the Republic of ". */
const PREPOSITION = String.raw`\s*(?:de la |de l['’]|du |de |d['’]|of the |of )`;
const THEN = String.raw` (?:de |d['’]|du |of )?`;
const REGION_WORDS = 'région|province|république|oblast|region|republic|krai|emirate|émirat';
/** "la région de Riyad" names a region after its city: the city holds no governor. */
const TITLE_TO_PLACE: Readonly<Record<string, RegExp>> = {
  region: new RegExp(`^${PREPOSITION}(?:(?:${REGION_WORDS})${THEN})?$`, 'i'),
  city: new RegExp(`^${PREPOSITION}(?:(?:ville|city)${THEN})?$`, 'i'),
};
/** Titles held of a place: governors, mayors, heads and chairs, never ministers or envoys. */
const LOCAL_TITLES = new Set([
  'Governor',
  'Mayor',
  'Head',
  'President',
  'Chairman',
  'Deputy Governor',
]);

export interface RolePlace {
  /** Lexicon id of the region or city. */
  readonly place: string;
  /** The country it lies in, the holder's side. */
  readonly country?: string;
}

/**
 * The region or city mention right after the title (from `titleEnd`), before `to` (the name, or
 * the phrase end), when the title is one held of a place.
 */
export function findRolePlace(
  text: string,
  mentions: readonly Mention[],
  title: string,
  titleEnd: number,
  to: number,
): RolePlace | undefined {
  if (!LOCAL_TITLES.has(title)) return undefined;
  const place = mentions[firstStartingFrom(mentions, titleEnd)];
  if (!place || place.end > to || place.type !== 'Place') return undefined;
  const between = TITLE_TO_PLACE[place.subtype ?? ''];
  if (!place.lexiconId || !between?.test(text.slice(titleEnd, place.start))) return undefined;
  // "le maire de Moscou Sergueï Sobianine", "…de Léningrad, Alexandre Drozdenko": nothing between
  if (!/^[\s,]*$/u.test(text.slice(place.end, to))) return undefined;
  const country = findLexiconEntry(place.lexiconId)?.country;
  return { place: place.lexiconId, ...(country ? { country } : {}) };
}
