// Where an event is held when the place comes before its phrase, joined by the purpose or a
// relative: "arrivé à Moscou pour une visite", "se sont rendus dans la salle Sainte-Catherine pour
// des entretiens", "in Kazan to attend the summit", "arrivé à Sotchi, où se tient la session".

import { VISIT_FORMATS, WEEKDAYS } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import type { EventFormat, Span } from '../types.js';
import type { Mention } from './types.js';

const WEEKDAY = alternation(WEEKDAYS);
/** What joins the place to the event: "pour (participer à)", "à l’occasion de", "to attend". */
const JOINS_EVENT = new RegExp(
  '^\\s*,?\\s*' +
    // "à Malabo samedi pour la signature": a weekday may stand between
    `(?:(?:${WEEKDAY})\\s+)?` +
    '(?:pour\\s+(?:(?:participer|prendre\\s+part|assister)\\s+)?|' +
    "à\\s+l[’']occasion\\s+|for\\s+|during\\s+|to\\s+(?:attend|take\\s+part\\s+in)\\s+)" +
    // the determiner of the phrase: "pour une visite", "lors d’une réunion", "au sommet"
    "(?:(?:à\\s+la|à\\s+l[’']|au|aux|à|de\\s+la|de\\s+l[’']|du|des|de|d[’'])\\s*)?" +
    "(?:(?:la|le|les|l[’']|un|une|des|son|sa|ses|leur|leurs|the|a|an|its|his|her|their)\\s*)?$",
  'iu',
);
/** "était déjà au Turkménistan en visite officielle": a visit the traveller is on. */
const ON_A_VISIT = /^\s*,?\s*en\s+$/iu;
/** "en Russie pour un déplacement, où se tient, aujourd’hui, la session": held where "où" points. */
const WHERE_HELD = new RegExp(
  "^[^.;!?\\n]{0,60}?,\\s*où\\s+(?:se\\s+tien(?:t|nent|dra|dront)|s[’']est\\s+tenue?|se\\s+sont\\s+tenue?s|" +
    "a\\s+lieu|ont\\s+lieu|a\\s+eu\\s+lieu|aur(?:a|ont)\\s+lieu|se\\s+déroul(?:e|ent|era|eront)|s[’']est\\s+déroulée?)" +
    // "la session en | format restreint": the noun a format keyword qualifies
    "(?:\\s*,[^,.;!?\\n]{1,25},)?\\s*(?:(?:la|le|les|l[’']|un|une|des)\\s*)?(?:\\p{Ll}+\\s+(?:en|au)\\s+)?$",
  'iu',
);
/** "à Moscou", "au Kremlin", "dans la salle", "en Russie", "in Kazan", "at the Kremlin". */
const LOCATIVE =
  /(?:^|[^\p{L}])(?:à|au|aux|en|dans|sur|in|at)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
/** "au Grand Palais du Peuple | à | Pékin": a second name of the same spot. */
const CHAIN = /^\s*(?:,\s*(?:à|au|en)?\s*|du\s+|de\s+la\s+|de\s+l[’']|de\s+|à\s+|in\s+)$/iu;

/** Indices of the Place mentions a locative before the phrase names, joined to it by "pour". */
export function findPlacesBefore(
  text: string,
  mentions: readonly Mention[],
  sentence: Span,
  phraseStart: number,
  format?: EventFormat,
): number[] {
  const last = lastPlaceBefore(mentions, sentence.start, phraseStart);
  if (last < 0) return [];
  const place = mentions[last] as Mention;
  const gap = text.slice(place.end, phraseStart);
  const visit = format !== undefined && VISIT_FORMATS.includes(format);
  const purpose = JOINS_EVENT.test(gap) || (visit && ON_A_VISIT.test(gap));
  if (!purpose && !WHERE_HELD.test(gap)) return [];
  // "arrivé au Kirghizistan pour assister à une réunion": a visit is to the country (its city is
  // where the visitor lands, the visit named after it elsewhere), a meeting is held in a city
  if (purpose && (place.subtype === 'country') !== visit) return [];
  const found = [last];
  // "au Grand Palais du Peuple à Pékin pour": walk back the chain to its locative
  let first = place;
  for (let i = last - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start < sentence.start) break;
    if (m.end > first.start || m.type !== 'Place' || m.adjective) continue;
    if (!CHAIN.test(text.slice(m.end, first.start))) break;
    found.unshift(i);
    first = m;
  }
  const locativeBefore = (m: Mention) =>
    LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));
  if (locativeBefore(first)) return found;
  return locativeBefore(place) ? [last] : [];
}

/** The last Place mention ending before `to`, with no other mention between it and `to`. */
function lastPlaceBefore(mentions: readonly Mention[], from: number, to: number): number {
  for (let i = firstStartingFrom(mentions, to) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start < from) return -1;
    if (m.end > to) continue;
    return m.type === 'Place' && !m.adjective ? i : -1;
  }
  return -1;
}
