// Every place of the lexicon: the listed rows of places.ts merged by id with the countries of the
// world (world-countries.ts), the cities of cities.ts and each country's capital.
// "kazakhstan" -> capital "astana", so "la capitale kazakhe" can name Astana.

import { foldName, slugify } from '../4-resolve/normalise.js';
import { WORLD_CITIES } from './cities.js';
import { LISTED_PLACES } from './places.js';
import type { LexiconEntry } from './types.js';
import { WORLD_CAPITALS, WORLD_COUNTRIES } from './world-countries.js';

/** Same id twice (a listed row and the package's): one entry, the listed row's name, all aliases. */
function mergeById(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const known = byId.get(entry.id);
    byId.set(
      entry.id,
      known
        ? { ...entry, ...known, aliases: [...new Set([...known.aliases, ...entry.aliases])] }
        : entry,
    );
  }
  return [...byId.values()];
}

/** Capital names that name something else first (a country, a word): "Luxembourg", "Sucre". */
const UNLISTED_CAPITALS = new Set([
  'Victoria',
  'City of Victoria',
  'Sucre',
  'Malé',
  "St. George's",
  "Saint John's",
  'Kingston',
  'Kingstown',
]);

/** Cities of cities.ts, then each country's capital unless a listed city already has its name. */
function cityEntries(listed: readonly LexiconEntry[]): LexiconEntry[] {
  const cities: LexiconEntry[] = Object.entries(WORLD_CITIES).flatMap(([country, rows]) =>
    rows.map(([name, ...aliases]) => ({
      id: slugify(name),
      type: 'Place' as const,
      name,
      subtype: 'city',
      country,
      aliases: [name, ...aliases],
    })),
  );
  const known = new Set(
    [...listed, ...cities].flatMap((e) => [e.name, ...e.aliases]).map((n) => foldName(n)),
  );
  const capitals: LexiconEntry[] = [...WORLD_CAPITALS]
    .filter(([, name]) => !known.has(foldName(name)) && !UNLISTED_CAPITALS.has(name))
    .map(([country, name]) => ({
      id: slugify(name),
      type: 'Place',
      name,
      subtype: 'city',
      country,
      aliases: [name],
    }));
  return [...cities, ...capitals];
}

const MERGED = mergeById([...LISTED_PLACES, ...WORLD_COUNTRIES]);

export const PLACES: readonly LexiconEntry[] = mergeById([...MERGED, ...cityEntries(MERGED)]);

const CITY_BY_NAME = new Map(
  PLACES.filter((e) => e.subtype === 'city').flatMap((e) =>
    [e.name, ...e.aliases].map((n) => [foldName(n), e.id] as const),
  ),
);

/** Capital city id by country id: "kazakhstan" -> "astana" ("la capitale kazakhe"). */
export const CAPITAL_OF: ReadonlyMap<string, string> = new Map(
  [...WORLD_CAPITALS].flatMap(([country, name]) => {
    const city = CITY_BY_NAME.get(foldName(name));
    return city ? [[country, city] as const] : [];
  }),
);
