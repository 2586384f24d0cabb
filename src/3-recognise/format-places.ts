// Where an event of a given kind is when its phrase says so without "à" or "in": a visit "to"
// ("visit to Tatarstan", "trip to Russia"), a war in the country it is waged on ("l’invasion
// russe de l’Ukraine", "the offensive against Ukraine"), an election in the country its
// adjective names ("la présidentielle biélorusse", "the Belarusian presidential election").

import { INVASION_WORDS, VISIT_FORMATS, WAGED_AGAINST } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import type { EventFormat, Span } from '../types.js';
import { placeMentionsWithin } from './event-places.js';
import type { Mention } from './types.js';

const ARTICLE = "(?:la\\s+|le\\s+|les\\s+|l[’']|the\\s+)?";
const VISIT_TO = new RegExp(`(?:^|\\s)to\\s+${ARTICLE}$`, 'iu');
const AGAINST = new RegExp(`(?:^|\\s)(?:${alternation(WAGED_AGAINST)})\\s+${ARTICLE}$`, 'iu');
/** "invasion russe de l’Ukraine", "invasion of Ukraine": nothing but an adjective between. */
const INVADED = new RegExp(
  `(?:${alternation(INVASION_WORDS)})(?:\\s+\\p{L}+)?\\s+(?:de\\s+|du\\s+|d[’']|of\\s+)${ARTICLE}$`,
  'iu',
);
const WAR_FORMATS = new Set<EventFormat>(['WAR', 'MILITARY_OPERATION']);

/** Indices of the Place mentions of the phrase that its kind of event is held in. */
export function findFormatPlaces(
  text: string,
  mentions: readonly Mention[],
  phrase: Span,
  keywordEnd: number,
  format: EventFormat,
): number[] {
  const found: number[] = [];
  const from = format === 'ELECTION' ? phrase.start : keywordEnd;
  for (const i of placeMentionsWithin(mentions, from, phrase.end)) {
    const m = mentions[i] as Mention;
    const before = text.slice(phrase.start, m.start);
    if (format === 'ELECTION') {
      // "la présidentielle biélorusse": the adjective's country, the first one only
      if (m.adjective && m.subtype === 'country') return [i];
      continue;
    }
    if (m.adjective) continue;
    if (VISIT_FORMATS.includes(format) && VISIT_TO.test(before)) found.push(i);
    else if (WAR_FORMATS.has(format) && (AGAINST.test(before) || INVADED.test(before)))
      found.push(i);
    if (found.length > 0) break;
  }
  return found;
}
