// Organisations and places built from a pattern rather than a name list:
// "gouvernement de la Fédération de Russie", "chaîne de télévision Belarus-1",
// "Monument de la Victoire", "aéroport de Minsk".

import { findLexiconEntry } from '../lexicon/index.js';
import type { Mention } from './types.js';

const NAME_WORD = "[A-ZÀ-Ý][\\p{L}\\d’'\\-]*";
const LANDMARK = new RegExp(
  `(?<![\\p{L}])(?:Monument|Place|Palais|Musée|Mémorial|Cathédrale|Basilique|Pont|Parc|Stade|Tombe|Colline|Avenue|Boulevard|Rue|Square|Mausolée|Théâtre|Salle|Maison)\\s+(?:de la |du |des |de l[’']|d[’'])${NAME_WORD}(?:\\s+${NAME_WORD})*`,
  'gu',
);
const FACILITY =
  /(?<![\p{L}])(aéroport|gare|port|centrale nucléaire)(?: international)?\s+(?:de|d[’'])\s*([A-ZÀ-Ý][\p{L}-]+)/gu;
const MEDIA = new RegExp(
  `(?<![\\p{L}])(?:chaîne de télévision|chaîne|agence de presse|agence|journal|quotidien|hebdomadaire|radio|télévision)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})*)`,
  'gu',
);
/** Bodies of a country: "gouvernement" + "russe" | "de la Fédération de Russie". */
const COUNTRY_BODIES: readonly {
  readonly noun: RegExp;
  readonly subtype: string;
  readonly name: (country: string) => string;
}[] = [
  {
    noun: /(?:nouveau |actuel )?gouvernement/gu,
    subtype: 'government',
    name: (c) => `Government of ${c}`,
  },
  {
    noun: /ministère(?:\s+\S+)?\s+des Affaires étrangères/gu,
    subtype: 'ministry',
    name: (c) => `Ministry of Foreign Affairs of ${c}`,
  },
  {
    noun: /ministère des Affaires étrangères/gu,
    subtype: 'ministry',
    name: (c) => `Ministry of Foreign Affairs of ${c}`,
  },
  {
    noun: /ministère de la Défense/gu,
    subtype: 'ministry',
    name: (c) => `Ministry of Defence of ${c}`,
  },
  { noun: /parlement/gu, subtype: 'government', name: (c) => `Parliament of ${c}` },
];

export function findNamedPatterns(text: string): Mention[] {
  return [...findLandmarks(text), ...findFacilities(text), ...findMedia(text)];
}

function findLandmarks(text: string): Mention[] {
  return [...text.matchAll(LANDMARK)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
    type: 'Place' as const,
    subtype: 'landmark',
    rule: 'landmark-pattern',
  }));
}

function findFacilities(text: string): Mention[] {
  return [...text.matchAll(FACILITY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
    type: 'Place' as const,
    subtype: 'facility',
    rule: 'facility-pattern',
  }));
}

function findMedia(text: string): Mention[] {
  return [...text.matchAll(MEDIA)].map((m) => {
    const name = m[1] ?? '';
    return {
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      type: 'Organisation' as const,
      subtype: 'media',
      rule: 'media-pattern',
      canonical: name,
    };
  });
}

/**
 * Country bodies need the places found first: the country follows the noun as an adjective
 * ("gouvernement russe") or a complement ("gouvernement de la Fédération de Russie").
 */
export function findCountryBodies(text: string, places: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const body of COUNTRY_BODIES) {
    for (const m of text.matchAll(body.noun)) {
      const after = m.index + m[0].length;
      // "ministère russe des Affaires étrangères" | "gouvernement russe" | "gouvernement de la Russie"
      const inside = places.find(
        (p) => p.subtype === 'country' && p.start >= m.index && p.end <= after,
      );
      const following = places.find(
        (p) =>
          p.subtype === 'country' &&
          p.start >= after &&
          /^\s*(?:(?:de la|de l[’']|du|de|des)\s*)?$/u.test(text.slice(after, p.start)),
      );
      const country = inside ?? following;
      if (!country?.lexiconId) continue;
      const countryName = findLexiconEntry(country.lexiconId)?.name ?? country.lexiconId;
      const start = Math.min(m.index, country.start);
      const end = Math.max(after, country.end);
      out.push({
        start,
        end,
        surface: text.slice(start, end),
        type: 'Organisation',
        subtype: body.subtype,
        rule: 'country-body',
        country: country.lexiconId,
        canonical: body.name(countryName),
      });
    }
  }
  return out;
}
