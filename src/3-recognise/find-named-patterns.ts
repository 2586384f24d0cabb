// Organisations and places built from a pattern rather than a name list:
// "chaîne de télévision Belarus 1", "Monument de la Victoire", "aéroport de Minsk".
// Bodies named around a country or an organisation: organisation-shapes.ts.

import { findFacilityNames } from './find-facility-names.js';
import type { Mention } from './types.js';

const NAME_WORD = "[A-ZÀ-Ý][\\p{L}\\d’'\\-]*";
const LANDMARK = new RegExp(
  `(?<![\\p{L}])(?:Grande? )?(?:Monument|Place|Palais|Musée|Mémorial|Cathédrale|Basilique|Pont|Parc|Stade|Tombe|Colline|Avenue|Boulevard|Rue|Square|Mausolée|Théâtre|Salle|Maison)\\s+(?:de la |du |des |de l[’']|d[’'])${NAME_WORD}(?:\\s+${NAME_WORD})*`,
  'gu',
);
const FACILITY =
  /(?<![\p{L}])(aéroport|gare|port|centrale nucléaire)(?: international)?\s+(?:de|d[’'])\s*([A-ZÀ-Ý][\p{L}-]+)/gu;
const MEDIA = new RegExp(
  `(?<![\\p{L}])(?:chaîne de télévision|chaîne|agence de presse|agence|journal|quotidien|hebdomadaire|radio|télévision)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})*(?:[ -]\\d{1,2}(?!\\d|[.,]\\d))?)`,
  'gu',
);
/** Platforms carry channels but are not outlets: "la chaîne Telegram du Kremlin". */
const PLATFORMS = /^(?:Telegram|YouTube|Youtube|WhatsApp|TikTok|VKontakte|Rutube)$/u;
export function findNamedPatterns(text: string): Mention[] {
  return [
    ...findLandmarks(text),
    ...findFacilities(text),
    ...findFacilityNames(text),
    ...findMedia(text),
  ];
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
  return [...text.matchAll(MEDIA)].flatMap((m) => {
    const name = m[1] ?? '';
    if (PLATFORMS.test(name)) return [];
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        surface: m[0],
        type: 'Organisation' as const,
        subtype: 'media',
        rule: 'media-pattern',
        canonical: name,
      },
    ];
  });
}
