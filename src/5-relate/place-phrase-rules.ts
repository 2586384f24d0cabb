// LOCATED_IN from the phrasings that place a place in another, read over the document's place
// mentions in order: "la capitale russe", "la ville ouzbèke de Samarkand", "the Russian city of
// Kazan", "Téhéran, Iran", "Xi'an (Chine)". Each edge's rule id names the phrasing.

import type { Mention } from '../3-recognise/types.js';
import { findLexiconEntry } from '../lexicon/index.js';
import { assertion } from './helpers.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

interface PlaceAt {
  readonly m: Mention;
  readonly key: string;
}

/** "la ville ouzbèke de", "la station balnéaire russe de": a place noun, the adjective, "de". */
const NOUN_BEFORE_ADJECTIVE =
  /(?:ville|cité|station balnéaire|station|localité|port|capitale|région|république)\s+$/iu;
const OF_AFTER_FRENCH_ADJECTIVE = /^\s+(?:de|d[’'])\s*$/iu;
/** "the Russian city of", "the Black Sea resort of" (English: the noun after the adjective). */
const ENGLISH_NOUN_OF = /^\s+(?:city|town|resort|port|region|capital|republic)\s+of\s+$/iu;
/** "Russia’s Far East": the region of the country before the possessive. */
const POSSESSIVE = /^[’']s\s+$/u;
/** "Téhéran, Iran", "Xi'an (Chine)": a name then its country, nothing else between. */
const APPOSITION = /^\s*(?:,|\()\s*$/u;

/** "Xi'an, capitale de la province du Shaanxi", "Qingdao, ville côtière de la province du
 * Shandong", "Chengdu, the capital of Sichuan": a city, then what it is of its region. */
const CITY_OF_REGION =
  /^\s*,\s*(?:(?:the|its)\s+)?(?:\p{Ll}[\p{Ll}’'-]*\s+){1,3}(?:de la|du|de l[’']|de|d[’']|of(?: the)?)\s*$/u;

/** "la capitale économique, Almaty", "Harare, la capitale": a city called the capital. */
const CAPITAL_BEFORE = /(?:capitale|capital)(?:\s+\p{Ll}+)?\s*,\s*$/u;
const CAPITAL_AFTER = /^\s*,\s*(?:la|sa|leur|the|its)\s+(?:capitale|capital)(?![\p{L}])/u;
/** "à Minsk", "in Minsk": the city as a place, not its government. */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:à|au|dans|près de|in|at|near)\s+$/iu;

const countryOf = (m: Mention) =>
  m.lexiconId ? findLexiconEntry(m.lexiconId)?.country : undefined;

export function relatePlacePhrases(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const places: PlaceAt[] = [];
  recognised.mentions.forEach((m, i) => {
    const key = resolution.mentionEntity[i];
    if (m.type === 'Place' && key) places.push({ m, key });
  });
  const edges: Assertion[] = [];
  const push = (inner: PlaceAt, outer: PlaceAt, rule: string) => {
    if (inner.key === outer.key) return;
    const start = Math.min(inner.m.start, outer.m.start);
    const end = Math.max(inner.m.end, outer.m.end);
    edges.push(assertion(ctx, 'LOCATED_IN', inner.key, outer.key, { start, end }, rule));
  };
  places.forEach((here, i) => {
    const next = places[i + 1];
    const previous = places[i - 1];
    // "la capitale russe": the capital's mention carries its country
    if (here.m.rule === 'capital-of' && here.m.country) {
      const country = [previous, next].find((p) => p?.m.lexiconId === here.m.country);
      if (country) push(here, country, 'capital-of-country');
    }
    if (!next) return;
    const gap = doc.text.slice(here.m.end, next.m.start);
    if (here.m.adjective && here.m.subtype === 'country' && !next.m.adjective) {
      const before = doc.text.slice(Math.max(0, here.m.start - 30), here.m.start);
      // "la ville ouzbèke de Samarkand" | "the Russian city of Kazan"
      if (
        (NOUN_BEFORE_ADJECTIVE.test(before) && OF_AFTER_FRENCH_ADJECTIVE.test(gap)) ||
        ENGLISH_NOUN_OF.test(gap)
      )
        push(next, here, 'city-of-country-adjective');
      return;
    }
    if (!here.m.adjective && here.m.subtype === 'country' && POSSESSIVE.test(gap))
      push(next, here, 'place-of-country-possessive');
    // "Xi'an, capitale de la province du Shaanxi": only where the lexicon puts both in one country
    if (
      here.m.subtype === 'city' &&
      next.m.subtype === 'region' &&
      countryOf(here.m) !== undefined &&
      countryOf(here.m) === countryOf(next.m) &&
      CITY_OF_REGION.test(gap)
    )
      push(here, next, 'city-of-region-apposition');
    // "Téhéran, Iran": only where the lexicon agrees, a list "Minsk, Moscou, Chine" says nothing
    if (!here.m.adjective && !next.m.adjective && APPOSITION.test(gap)) {
      if (countryOf(here.m) === next.m.lexiconId && next.m.lexiconId)
        push(here, next, 'place-apposition');
    }
  });
  return [...edges, ...relateCitiesToCountriesInSentence(ctx, places)];
}

/**
 * "Poutine est arrivé au Kirghizistan ... à Bichkek": a city and the country the lexicon puts it
 * in, named in one sentence.
 */
function relateCitiesToCountriesInSentence(ctx: RelateContext, places: readonly PlaceAt[]) {
  const sentences = sentencesOf(ctx.doc);
  const bySentence = new Map<number, PlaceAt[]>();
  for (const p of places) {
    const index = sentenceIndexAt(sentences, p.m.start);
    if (index >= 0) bySentence.set(index, [...(bySentence.get(index) ?? []), p]);
  }
  const edges: Assertion[] = [];
  for (const [index, inSentence] of bySentence) {
    const sentence = sentences[index];
    if (!sentence) continue;
    for (const city of inSentence) {
      const country = countryOf(city.m);
      if (city.m.subtype !== 'city' || !country) continue;
      // "à Bichkek" is where; "avec Téhéran", "Damascus is represented" are governments
      const before = ctx.doc.text.slice(Math.max(0, city.m.start - 30), city.m.start);
      const after = ctx.doc.text.slice(city.m.end, city.m.end + 20);
      // "au Zimbabwe. ... Harare, la capitale": the capital of the country just named
      const capital = CAPITAL_BEFORE.test(before) || CAPITAL_AFTER.test(after);
      if (!capital && !LOCATIVE_BEFORE.test(before.slice(-12))) continue;
      const candidates = capital
        ? [...(bySentence.get(index - 1) ?? []), ...inSentence]
        : inSentence;
      const named = candidates.find((p) => p.m.lexiconId === country && !p.m.adjective);
      if (named)
        edges.push(
          assertion(
            ctx,
            'LOCATED_IN',
            city.key,
            named.key,
            sentence,
            'city-and-country-in-sentence',
            {},
            0.7,
          ),
        );
    }
  }
  return edges;
}
