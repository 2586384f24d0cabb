// Named halls, squares, parks and palaces written with a lower-case head, as French news does
// ("la salle Saint-Georges", "la place Kim Il-sung de Pyongyang", "le parc Patriot de Koubinka",
// "la résidence officielle Kumsusan"), and English ones ending in their kind ("Kim Il Sung Square").

import { matchLexicon } from './lexicon-matcher.js';
import type { Mention } from './types.js';

const CAP_WORD = "[A-ZÀ-Ý][\\p{L}’'-]*";
const NAME = `${CAP_WORD}(?: ${CAP_WORD})*`;
// not "à": "monument à Gueorgui Joukov" would hide the person it honours
const CONNECTOR = "(?:de la |du |des |de l[’']|d[’']|de )";
/** Kinds of places French writes before the name, in lower case or capitalised. */
const FRENCH_HEADS = [
  'salle',
  'place',
  'parc',
  'grand palais',
  'palais',
  'monument',
  'mémorial',
  'résidence officielle',
  "résidence d[’']État",
  'centre des congrès',
  'centre de congrès',
  // "au palais des congrès de Tachkent", "au Centre national des congrès de Chine"
  'palais des congrès',
  'centre national des congrès',
  'centre international des congrès',
  'complexe touristique',
  'aéroport international',
  'cathédrale',
  'mosquée',
  'mausolée',
  'musée',
  'stade',
  'théâtre',
  'cosmodrome',
  'base aérienne',
];
/** "grand palais" -> "[gG]rand [pP]alais": each word in lower case or capitalised. */
const eitherCase = (head: string) =>
  head
    .split(' ')
    .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
    .join(' ');
const FRENCH_FACILITY = new RegExp(
  `(?<![\\p{L}])(?:${FRENCH_HEADS.map(eitherCase).join('|')})(?: ${NAME}| ?${CONNECTOR}${NAME})+`,
  'gu',
);
// "Foreign Minister Park Jin", "l'ambassadeur Park Jong-hoon": "Park" before a capitalised word
// is a Korean family name
const ENGLISH_KINDS =
  'Convention and Exhibition Cent(?:er|re)|Convention Cent(?:er|re)|Exhibition Cent(?:er|re)|State Guesthouse|Guesthouse|Hall|Palace|Square|International Airport|Airport|Spaceport|Cosmodrome|Stadium|Cathedral|Mosque|Memorial|Monument|Guest House|Park(?! [A-ZÀ-Ý])';
const ENGLISH_FACILITY = new RegExp(
  `(?<![\\p{L}])(?!The )(?:${CAP_WORD} ){1,4}(?:${ENGLISH_KINDS})(?: of the ${CAP_WORD})?(?![\\p{L}])`,
  'gu',
);

/** "at the Palace of Nations in Dushanbe", "the Palace of Peace and Reconciliation", "at the
 * Government House": palaces named by their complement, after "the". */
const ENGLISH_PALACE_OF = new RegExp(
  `(?<=(?<![\\p{L}])the )(?:Palace of (?:the )?${CAP_WORD}(?: and ${CAP_WORD})?|Government House)(?![\\p{L}])`,
  'gu',
);

const KNOWN_SITES: ReadonlySet<string> = new Set(['facility', 'landmark']);

export function findFacilityNames(text: string): Mention[] {
  const found = [
    ...text.matchAll(FRENCH_FACILITY),
    ...text.matchAll(ENGLISH_FACILITY),
    ...text.matchAll(ENGLISH_PALACE_OF),
  ];
  return found.flatMap((m): Mention[] => {
    // the lexicon reads each match once; a cut name ("parc Patriot") is read again
    const places = placesIn(m[0]);
    // "salle Saint-Georges du Grand Palais du Kremlin": the lexicon knows the hall and the palace
    if (places.some((p) => p.start === 0 && KNOWN_SITES.has(p.subtype ?? ''))) return [];
    const { surface, name } = trimPlaceAfter(m[0], places);
    if (namesOnlyAPlace(surface, surface === m[0] ? places : placesIn(surface))) return [];
    return [
      {
        start: m.index,
        end: m.index + surface.length,
        surface,
        type: 'Place',
        subtype: 'facility',
        rule: 'facility-name',
        ...(name !== surface ? { canonical: name } : {}),
      },
    ];
  });
}

/**
 * "place Kim Il-sung de Pyongyang": the city is not part of the name, cut off for the place
 * chain to read.
 */
function trimPlaceAfter(
  found: string,
  places: readonly Mention[],
): { surface: string; name: string } {
  const last = places.filter((c) => c.start > 0).at(-1);
  if (!last || last.end !== found.length) return { surface: found, name: found };
  const before = found.slice(0, last.start);
  // "parc Patriot de Koubinka" -> "parc Patriot": a city or landmark after a name stays its own
  const of = / (?:de|du|d[’'])\s*$/u.exec(before);
  const cut = of && /\s\p{Lu}/u.test(before.slice(0, of.index));
  if (cut && (last.subtype === 'city' || last.subtype === 'landmark'))
    return { surface: before.slice(0, of.index), name: before.slice(0, of.index) };
  return { surface: found, name: found };
}

/**
 * "la place de la Russie dans le monde", "stade de France": the complement is only a country (or
 * any place after "place"); "centre des congrès d’Avaza" stays.
 */
function namesOnlyAPlace(surface: string, inner: readonly Mention[]): boolean {
  const last = inner.at(-1);
  if (!last || last.end !== surface.length) return false;
  if (/[A-ZÀ-Ý]/u.test(surface.slice(1, last.start))) return false;
  // "le Centre national des congrès de Chine": a national venue is named after its country
  if (/^centre national\s/iu.test(surface)) return false;
  return last.subtype === 'country' || /^place\s/iu.test(surface);
}

/** The lexicon's places (not adjectives) inside a facility's name. */
function placesIn(surface: string): Mention[] {
  return matchLexicon(surface).filter((c) => c.type === 'Place' && !c.adjective);
}
