// "la capitale russe", "capitale de la Biélorussie", "the Kazakh capital": the capital named by its
// country, a Place mention of that capital (the word "capitale") with the country it lies in.
// Needs the country hits of the lexicon matcher; "capitale économique" and "l’ancienne capitale" name none.

import { CAPITAL_OF } from '../lexicon/index.js';
import type { Mention } from './types.js';

const CAPITAL_WORD = /(?<![\p{L}])(capitale|capital)(?![\p{L}])/giu;
/** "l’ancienne capitale", "the former capital": another city than today's capital. */
const NOT_TODAY = /(?:ancienne|former|old|première|historique|deuxième|seconde)\s+$/iu;
const OF_COUNTRY = /^\s+(?:de la|de l[’']|du|des|de|d[’']|of the|of)\s*$/iu;

const isCountry = (m: Mention) => m.type === 'Place' && m.subtype === 'country' && !!m.lexiconId;

export function findCapitals(text: string, hits: readonly Mention[]): Mention[] {
  const countries = hits.filter(isCountry).sort((a, b) => a.start - b.start);
  if (countries.length === 0) return [];
  const out: Mention[] = [];
  for (const word of text.matchAll(CAPITAL_WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    if (NOT_TODAY.test(text.slice(Math.max(0, start - 20), start))) continue;
    const french = word[0].toLowerCase() === 'capitale';
    const after = countryAfter(text, end, countries);
    // "the Kazakh capital", "the capital of Kazakhstan" (never "capital russe": money)
    const country = french
      ? after
      : (countryBefore(text, start, countries) ?? (after?.adjective ? undefined : after));
    const city = country?.lexiconId ? CAPITAL_OF.get(country.lexiconId) : undefined;
    if (!country?.lexiconId || !city) continue;
    out.push({
      start,
      end,
      surface: word[0],
      type: 'Place',
      subtype: 'city',
      rule: 'capital-of',
      lexiconId: city,
      country: country.lexiconId,
    });
  }
  return out;
}

/** "capitale russe" (the adjective right after) or "capitale de la Biélorussie" (a name). */
function countryAfter(
  text: string,
  end: number,
  countries: readonly Mention[],
): Mention | undefined {
  const next = countries.find((c) => c.start >= end);
  if (!next) return undefined;
  const gap = text.slice(end, next.start);
  if (next.adjective) return /^\s+$/.test(gap) ? next : undefined;
  return OF_COUNTRY.test(gap) ? next : undefined;
}

/** "the Kazakh capital": the adjective right before, after "the". */
function countryBefore(
  text: string,
  start: number,
  countries: readonly Mention[],
): Mention | undefined {
  const previous = countries.filter((c) => c.end <= start).at(-1);
  if (!previous?.adjective || !/^\s+$/.test(text.slice(previous.end, start))) return undefined;
  return /(?:^|[^\p{L}])(?:the|la|its)\s+$/iu.test(
    text.slice(Math.max(0, previous.start - 8), previous.start),
  )
    ? previous
    : undefined;
}
