// Document + structure -> mentions, roles and events. Runs the recognisers in order: lexicon and
// patterns, then bodies of countries and titled names (which need places and people found first).

import { basename } from 'node:path';
import { keepNonOverlapping, spanAt } from '../spans.js';
import type { DocumentStructure, Segment } from '../2-segment/types.js';
import type { SourceDocument } from '../types.js';
import { documentYear } from './dates/document-year.js';
import { findDates, type DateMention } from './dates/find-dates.js';
import { parseIsoDate } from './dates/partial-date.js';
import { findEvents } from './find-events.js';
import { findNamedPatterns } from './find-named-patterns.js';
import { findPersonNames } from './find-person-names.js';
import { findRoles } from './find-roles.js';
import { findGrammarPeople } from './person-grammar/find-grammar-people.js';
import { matchLexicon } from './lexicon-matcher.js';
import { dropPatronymicTails } from './patronymic-tail.js';
import { findOrganisationAliases } from './organisation-aliases.js';
import { findOrganisationMetonyms } from './organisation-metonyms.js';
import { findStateForms } from './find-state-forms.js';
import { findOrganisationShapes } from './organisation-shapes.js';
import { findStandaloneBodies } from './standalone-bodies.js';
import type { Mention, Recognised } from './types.js';

const IGNORED_SEGMENTS = new Set<Segment['kind']>([
  'counter',
  'source-url',
  'boilerplate',
  'separator',
]);
const RULE_PRIORITY: Readonly<Record<string, number>> = {
  'organisation-metonym': -1,
  'lexicon-alias': 0,
  'organisation-shape': 1,
  'organisation-alias': 1,
  'body-shape': 2,
  'media-pattern': 2,
  'speaker-label': 3,
  'given-name': 4,
};

export interface RecognisedDocument extends Recognised {
  readonly dates: readonly DateMention[];
}

export function recogniseDocument(
  doc: SourceDocument,
  structure: DocumentStructure,
): RecognisedDocument {
  const text = doc.text;
  const contextYear = documentYear(doc.publishedAt, doc.url, basename(doc.file));
  const keep = (m: Mention) => {
    const kind = spanAt(structure.segments, m.start)?.kind;
    return kind === undefined || !IGNORED_SEGMENTS.has(kind);
  };
  const candidates = [
    ...dropPatronymicTails(text, matchLexicon(text)),
    ...findPersonNames(text, structure.segments),
    ...findNamedPatterns(text),
    ...findStandaloneBodies(text),
    ...findOrganisationMetonyms(text),
  ].filter(keep);
  let mentions = selectMentions([
    ...candidates,
    ...findOrganisationShapes(text, candidates),
    ...findStateForms(text, candidates),
  ]);
  mentions = selectMentions([...mentions, ...findOrganisationAliases(text, mentions)].filter(keep));
  mentions = selectMentions([...mentions, ...findGrammarPeople(text, mentions)].filter(keep));
  mentions = selectMentions([...mentions, ...findSurnameRepeats(text, mentions)].filter(keep));
  const dates = findDates(text, doc.language, contextYear, parseIsoDate(doc.publishedAt));
  return {
    mentions,
    roles: findRoles(text, mentions),
    events: findEvents({ text, structure, mentions, dates }),
    dates,
  };
}

/** Overlapping mentions: the longest wins, then the most trusted rule. */
export function selectMentions(candidates: readonly Mention[]): Mention[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (RULE_PRIORITY[a.rule] ?? 9) - (RULE_PRIORITY[b.rule] ?? 9) ||
      a.start - b.start,
  );
  return keepNonOverlapping(ranked);
}

/** "Snopkov a déclaré" after "Nikolaï Snopkov": later bare surnames of people found by full name. */
function findSurnameRepeats(text: string, mentions: readonly Mention[]): Mention[] {
  const surnames = new Set(
    mentions
      .filter(
        (m) =>
          m.type === 'Person' &&
          m.givenName &&
          m.surname &&
          !m.lexiconId &&
          (m.surname.length ?? 0) >= 4,
      )
      .map((m) => m.surname as string)
      .filter((surname) => ONE_CAPITALISED_WORD.test(surname)),
  );
  return [...surnames].flatMap((surname) =>
    occurrencesAsWord(text, surname).map((start) => ({
      start,
      end: start + surname.length,
      surface: surname,
      type: 'Person' as const,
      rule: 'surname-repeat',
      surname,
      partial: 'surname' as const,
    })),
  );
}

const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*(?![\p{L}])/gu;
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*$/u;
const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;

/**
 * Where `word` stands as a whole capitalised word, not inside a hyphenated one ("Jean-Snopkov"):
 * the surname searched as a string, each find checked against the capitalised word around it.
 */
function occurrencesAsWord(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (LETTER.test(before) || LETTER.test(after)) continue;
    if (after === '-' && UPPERCASE.test(text[at + word.length + 1] ?? '')) continue;
    if (before === '-' && !standsAlone(text, at, word)) continue;
    found.push(at);
  }
  return found;
}

/** After a hyphen: the capitalised words of the chain decide ("anti-Snopkov" yes, "Jean-Snopkov" no). */
function standsAlone(text: string, at: number, word: string): boolean {
  let chainStart = at;
  while (chainStart > 0 && /[\p{L}-]/u.test(text[chainStart - 1] ?? '')) chainStart -= 1;
  const chain = text.slice(chainStart, at + word.length + 1);
  return [...chain.matchAll(CAPITALISED_WORD)].some(
    (m) => chainStart + m.index === at && m[0] === word,
  );
}
