// Event keywords of the lexicon as one pattern over folded text, and the format of a phrase:
// "la session en format restreint" -> RESTRICTED_TALKS (the most specific keyword wins). Verbs
// of meeting ("s’est entretenu avec") are keywords too: their phrase starts at the verb.

import { foldText } from '../4-resolve/normalise.js';
import { EVENT_FORMATS, NAMED_EVENTS } from '../lexicon/index.js';
import { FORMAT_QUALIFIERS, QUALIFIED_SITTINGS } from '../lexicon/event-formats.js';
import { MEETING_EVENT_VERBS } from '../lexicon/meeting-event-verbs.js';
import { memoiseString } from '../memoise.js';
import { alternation } from '../patterns.js';
import type { EventFormat } from '../types.js';

interface Keyword {
  readonly keyword: string;
  readonly format: EventFormat;
  readonly rank: number;
  readonly verb: boolean;
  readonly afterAuxiliary: boolean;
  /** "received": a sitting only with a person as its object. */
  readonly personObject?: boolean;
  /** "a reçu", "received": a host receiving a guest. */
  readonly reception?: boolean;
  /** "reçu": a participle, a sitting only after its auxiliary ("a reçu", "a été reçu par"). */
  readonly participle?: boolean;
  /** The English name of a named event ("Second World War"). */
  readonly name?: string;
}

const FORMAT_KEYWORDS: Keyword[] = EVENT_FORMATS.flatMap((entry, rank) =>
  [
    ...entry.keywords.map((keyword) => ({ keyword, verb: false })),
    ...(entry.verbs ?? []).map((keyword) => ({ keyword, verb: true })),
  ].map(({ keyword, verb }) => ({
    keyword: foldText(keyword),
    format: entry.format,
    rank,
    verb,
    afterAuxiliary: verb && entry.verbsAfterAuxiliary === true,
  })),
);
// "la Seconde Guerre mondiale": a named event ranks with its format's keywords
const NAMED_KEYWORDS: Keyword[] = NAMED_EVENTS.flatMap((named) => {
  const rank = EVENT_FORMATS.findIndex((entry) => entry.format === named.format);
  return named.aliases.map((alias) => ({
    keyword: foldText(alias),
    format: named.format,
    rank: rank < 0 ? EVENT_FORMATS.length : rank,
    verb: false,
    afterAuxiliary: false,
    name: named.name,
  }));
});
// "s’est entretenu avec", "held talks": sittings reported by a verb only (meeting-event-verbs.ts)
const MEETING_VERBS: Keyword[] = MEETING_EVENT_VERBS.flatMap((entry) =>
  entry.verbs.map((keyword) => ({
    keyword: foldText(keyword),
    format: entry.format,
    rank: EVENT_FORMATS.findIndex((e) => e.format === entry.format),
    verb: true,
    afterAuxiliary: entry.afterAuxiliary ?? false,
    personObject: entry.personObject ?? false,
    reception: entry.reception ?? false,
    participle: entry.afterAuxiliary ?? false,
  })),
);
// their auxiliary is checked by reportsSitting, not by the signing participles' rule
const KEYWORDS = [
  ...FORMAT_KEYWORDS,
  ...NAMED_KEYWORDS,
  ...MEETING_VERBS.map((v) => ({ ...v, afterAuxiliary: false })),
].sort((a, b) => b.keyword.length - a.keyword.length);
// "entretiens élargis", "restricted-level talks": a sitting noun and its qualifier, as two words
const foldedWords = (words: readonly string[]) => alternation(words.map(foldText));
const QUALIFIED = FORMAT_QUALIFIERS.map(({ format, after, before }) => ({
  format,
  source: `(?:${foldedWords(QUALIFIED_SITTINGS.fr)}) (?:${foldedWords(after)})|(?:${foldedWords(before)}) (?:${foldedWords(QUALIFIED_SITTINGS.en)})`,
}));
const QUALIFIED_KEYWORDS = QUALIFIED.map(({ format, source }) => ({
  pattern: new RegExp(`^(?:${source})$`, 'u'),
  keyword: {
    keyword: '',
    format,
    rank: EVENT_FORMATS.findIndex((e) => e.format === format),
    verb: false,
    afterAuxiliary: false,
  },
}));
// the qualified pairs come first: "entretiens elargis" before "entretiens"
export const KEYWORD_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${[...QUALIFIED.map((q) => q.source), alternation(KEYWORDS.map((k) => k.keyword))].join('|')})(?![\\p{L}])`,
  'gu',
);
const FORMAT_BY_KEYWORD = new Map(KEYWORDS.map((k) => [k.keyword, k]));

/** The keyword a hit of KEYWORD_PATTERN is (folded): a word of the lexicon or a qualified sitting. */
function keywordOf(folded: string): Keyword | undefined {
  return (
    FORMAT_BY_KEYWORD.get(folded) ?? QUALIFIED_KEYWORDS.find((q) => q.pattern.test(folded))?.keyword
  );
}
export const NATURALLY_PLURAL = new Set([
  'pourparlers',
  'negociations',
  'entretiens',
  'consultations',
  'exercices',
  'manœuvres',
  'talks',
  'negotiations',
  'exercises',
  'drills',
  // "les élections présidentielles", "de violents troubles": one election, one unrest
  'elections',
  'manifestations',
  'troubles',
  'emeutes',
  'affrontements',
  'protests',
  'riots',
  'clashes',
  // "huit accords ont été signés": one signing
  'signes',
  'signees',
]);

/** "rencontré", "met with": a verb keyword, whose phrase starts at the verb (folded keyword). */
export function isVerbKeyword(folded: string): boolean {
  return FORMAT_BY_KEYWORD.get(folded)?.verb ?? false;
}

/** Where the first verb keyword of a phrase starts ("Les présidents ont | déposé une gerbe"), if any. */
export function verbOffset(phrase: string): number | undefined {
  for (const hit of foldText(phrase).matchAll(KEYWORD_PATTERN))
    if (isVerbKeyword(hit[0])) return hit.index;
  return undefined;
}

/** "received", "a reçu": a verb keyword that reports a sitting only with a person as its object. */
export function needsPersonObject(folded: string): boolean {
  return FORMAT_BY_KEYWORD.get(folded)?.personObject ?? false;
}

/** "a reçu", "received", "hosted": a verb keyword of a host receiving a guest (folded keyword). */
function isReceptionVerb(folded: string): boolean {
  return FORMAT_BY_KEYWORD.get(folded)?.reception ?? false;
}

/** "reçu": a verb keyword that is a participle, read only after its auxiliary (folded keyword). */
export function isParticipleVerb(folded: string): boolean {
  return FORMAT_BY_KEYWORD.get(folded)?.participle ?? false;
}

/** "a reçu le ministre X" as an event's phrase: it opens on a reception verb. */
export function isReceptionPhrase(phrase: string): boolean {
  KEYWORD_PATTERN.lastIndex = 0;
  const hit = KEYWORD_PATTERN.exec(foldText(phrase));
  KEYWORD_PATTERN.lastIndex = 0;
  return hit?.index === 0 && isReceptionVerb(hit[0]);
}

/** "signé", "signed": a participle that reports its event only after an auxiliary (folded keyword). */
export function needsAuxiliary(folded: string): boolean {
  return FORMAT_BY_KEYWORD.get(folded)?.afterAuxiliary ?? false;
}

/** "seconde guerre mondiale" -> "Second World War": the proper name a keyword is (folded keyword). */
export function namedEventOf(folded: string): string | undefined {
  return FORMAT_BY_KEYWORD.get(folded)?.name;
}

/** Phrases and event names are asked about again and again (each pair of events compared):
 * answered once each. */
export const formatOf = memoiseString(formatOfOnce);

function formatOfOnce(text: string): EventFormat | undefined {
  const hits = [...foldText(text).matchAll(KEYWORD_PATTERN)].map((m) => keywordOf(m[0]));
  return hits.sort((a, b) => (a?.rank ?? 99) - (b?.rank ?? 99))[0]?.format;
}

/** The first word of the first event keyword in a phrase, folded: "la réunion restreinte" -> "reunion". */
export const headOf = memoiseString(headOfOnce);

function headOfOnce(phrase: string): string | undefined {
  KEYWORD_PATTERN.lastIndex = 0;
  const hit = KEYWORD_PATTERN.exec(foldText(phrase));
  KEYWORD_PATTERN.lastIndex = 0;
  return hit?.[0].split(' ')[0];
}

const verbStart = (auxiliary: boolean) =>
  new RegExp(
    `^(?:${alternation(MEETING_VERBS.filter((v) => v.afterAuxiliary === auxiliary).map((v) => v.keyword))})(?![\\p{L}])`,
    'u',
  );
const FINITE_VERB_START = verbStart(false);
const PARTICIPLE_START = verbStart(true);
/** "a discuté", "s’est entretenu", "se sont entretenus": the auxiliary right before. */
const AUXILIARY = /(?:^|\s)(?:a|ont|avait|avaient|s[’']est|se sont|s[’']était|s[’']étaient)\s+$/iu;

/** "s’est entretenu avec X", "held a series of meetings": a phrase at `start` that reports a
 * sitting by a verb of meeting-event-verbs.ts (not "rencontre", as often a noun once folded). */
export function reportsSitting(text: string, start: number, end: number): boolean {
  const phrase = foldText(text.slice(start, end));
  if (FINITE_VERB_START.test(phrase)) return true;
  return (
    PARTICIPLE_START.test(phrase) && AUXILIARY.test(text.slice(Math.max(0, start - 14), start))
  );
}
