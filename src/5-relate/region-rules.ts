// LOCATED_IN from the phrasings that put countries in their region: a list after the region's
// countries ("les cinq pays d’Asie centrale (Kazakhstan, ...)", "five Central Asian nations –
// Kazakhstan, ...") and an apposition ("la Guinée équatoriale, petit pays d’Afrique centrale").

import type { Mention } from '../3-recognise/types.js';
import { assertion } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

interface PlaceAt {
  readonly m: Mention;
  readonly key: string;
}

const COUNTRY_NOUN = '(?:pays|États|Etats|républiques|nations|countries|nations|states|republics)';
/** "pays d’Asie centrale (", "nations – ", ", à savoir ": the list opens (a bare comma may
 * as well go on to other countries: "les pays d’Asie centrale, la Russie et la Chine"). */
const LIST_OPENS =
  /^\s*(?:[:(–—]|-\s|,\s*(?:à\s+savoir|soit|namely|notamment|including)\s*:?)\s*(?:(?:le|la|les|l[’']|the)\s+)?$/iu;
/** "cinq pays d’", "the states of ": the country noun before a region named as a noun. */
const NOUN_OF_BEFORE = new RegExp(
  `${COUNTRY_NOUN}\\s+(?:d[’']|de\\s+l[’']|de|of(?:\\s+the)?)\\s*$`,
  'iu',
);
/** "Central Asian | nations", "d’Asie centrale" then the list. */
const NOUN_AFTER = new RegExp(`^\\s+${COUNTRY_NOUN}`, 'iu');
/** Between two items of the list: ", ", " et ", ", and ", with an article. */
const LIST_GAP = /^\s*(?:,|et|and|,\s*et|,\s*and)\s*(?:(?:le|la|les|l[’']|the)\s*)?$/iu;
/** "la Guinée équatoriale, | petit pays d’ | Afrique centrale". */
const APPOSED_COUNTRY =
  /^\s*,\s*(?:(?:un|le|ce)\s+)?(?:(?:petit|grand|plus\s+grand|vaste|jeune)\s+)?pays\s+(?:d[’']|de\s+l[’']|de)\s*$/iu;

const isRegion = (p: PlaceAt | undefined) => p?.m.subtype === 'region';
const isCountry = (p: PlaceAt | undefined) => p?.m.subtype === 'country' && !p.m.adjective;

export function relateCountryRegions(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const places: PlaceAt[] = [];
  recognised.mentions.forEach((m, i) => {
    const key = resolution.mentionEntity[i];
    if (m.type === 'Place' && key) places.push({ m, key });
  });
  const text = doc.text;
  const out: Assertion[] = [];
  const push = (country: PlaceAt, region: PlaceAt, rule: string) => {
    const start = Math.min(country.m.start, region.m.start);
    const end = Math.max(country.m.end, region.m.end);
    out.push(assertion(ctx, 'LOCATED_IN', country.key, region.key, { start, end }, rule));
  };
  places.forEach((region, i) => {
    if (!isRegion(region)) return;
    const previous = places[i - 1];
    const before = text.slice(Math.max(0, region.m.start - 30), region.m.start);
    // "Guinée équatoriale, petit pays d’Afrique centrale"
    if (
      isCountry(previous) &&
      previous &&
      APPOSED_COUNTRY.test(text.slice(previous.m.end, region.m.start))
    )
      push(previous, region, 'country-of-region-apposition');
    // the list opens after "pays d’Asie centrale" or "Central Asian nations"
    const nounAfter = region.m.adjective
      ? NOUN_AFTER.exec(text.slice(region.m.end, region.m.end + 20))
      : null;
    if (!nounAfter && !(NOUN_OF_BEFORE.test(before) && !region.m.adjective)) return;
    let cursor = region.m.end + (nounAfter?.[0].length ?? 0);
    const first = places[i + 1];
    if (!isCountry(first) || !first || !LIST_OPENS.test(text.slice(cursor, first.m.start))) return;
    for (let j = i + 1; j < places.length; j++) {
      const item = places[j] as PlaceAt;
      if (!isCountry(item)) break;
      if (j > i + 1 && !LIST_GAP.test(text.slice(cursor, item.m.start))) break;
      push(item, region, 'countries-of-region-list');
      cursor = item.m.end;
    }
  });
  return out;
}
