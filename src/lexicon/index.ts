// The lexicon: every piece of world knowledge the extractors use, gathered for lookup.

import { COUNTRY_ADJECTIVES, COUNTRY_PREFIXES } from './country-adjectives.js';
import { ORGANISATIONS } from './organisations.js';
import { PEOPLE } from './people.js';
import { PLACES } from './world-places.js';
import type { EventFormat } from '../types.js';
import { EVENT_FORMATS } from './event-formats.js';
import type { LexiconEntry } from './types.js';

export { BOILERPLATE_LINES, NON_SPEAKER_LABELS } from './boilerplate.js';
export { CURRENT_MONTH, FRENCH_MONTHS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from './calendar.js';
export { COUNTRY_ADJECTIVES, COUNTRY_PREFIXES } from './country-adjectives.js';
export {
  EVENT_AUXILIARIES,
  EVENT_FORMATS,
  EVENT_LEVELS,
  FORMAT_FAMILIES,
  OTHER_OCCURRENCE_WORDS,
  MAINTAINED_THINGS,
  MODIFIERS_BEFORE_EVENT,
  NOT_ARRIVAL_OBJECTS,
  NOT_MET_OBJECTS,
  PHRASE_END_WORDS,
  SIMPLE_PAST_VERBS,
  UNATTENDED_FORMATS,
  VISIT_FORMATS,
} from './event-formats.js';
export { GATHERING_VERBS, INVASION_WORDS, WAGED_AGAINST } from './event-place-cues.js';
export { EXERCISE_CONTEXT_WORDS, NAMED_EVENTS } from './named-events.js';
export type { NamedEvent } from './named-events.js';
export { FAMILY_NAME_FIRST, FIRST_NAMES, PATRONYMIC_ENDINGS } from './first-names.js';
export { CYRILLIC_HOMOGLYPHS } from './homoglyphs.js';
export { NAME_GLOSSARY } from './glossary.js';
export { CABINET_HEAD_ROLES, CABINET_NOUNS, NAMED_CABINETS } from './national-bodies.js';
export { PEOPLE } from './people.js';
export { SEATS_OF_POWER } from './places.js';
export { CAPITAL_OF } from './world-places.js';
export { REGION_ADJECTIVES } from './regions.js';
export {
  HEADLINE_LOWER_WORDS,
  HEADLINE_STOP_WORDS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  SEARCH_STOPWORDS,
} from './stopwords.js';
export { PORTFOLIOS, TITLES } from './titles.js';
export type { EventFormatEntry, LexiconEntry, LexiconRole, TitleEntry } from './types.js';

/** English label of each event format ("restricted talks"), for names and search. */
export const FORMAT_LABELS: ReadonlyMap<EventFormat, string> = new Map(
  EVENT_FORMATS.map((entry) => [entry.format, entry.label]),
);

/** Bump when the extraction rules or the building of the graph (6-graph) change in a way that
 * changes output: stored extractions and the store's built graph (graph.bin) are keyed by it. */
export const EXTRACTION_VERSION = '20';

export const LEXICON_ENTRIES: readonly LexiconEntry[] = [...PEOPLE, ...ORGANISATIONS, ...PLACES];

const BY_ID = new Map(LEXICON_ENTRIES.map((entry) => [entry.id, entry]));

export function findLexiconEntry(id: string): LexiconEntry | undefined {
  return BY_ID.get(id);
}

/** "biélorusses" -> "belarus". Case-insensitive. */
export function findCountryOfAdjective(word: string): string | undefined {
  return ADJECTIVE_INDEX.get(word.toLowerCase());
}

export function findCountryOfPrefix(prefix: string): string | undefined {
  return COUNTRY_PREFIXES[prefix.toLowerCase()];
}

const ADJECTIVE_INDEX = new Map<string, string>(
  Object.entries(COUNTRY_ADJECTIVES).flatMap(([country, forms]) =>
    forms.map((form) => [form, country] as const),
  ),
);
