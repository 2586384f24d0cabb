// Every lexicon alias and country adjective in the folded text, as whole words: each word of the
// text is looked up among the first words of the aliases, and the candidates compared in place.
// Case rules keep "OCS" from matching "ocs" and "Chine" from matching "chine" inside a word.

import { foldText } from '../4-resolve/normalise.js';
import {
  COUNTRY_ADJECTIVES,
  COUNTRY_PREFIXES,
  LEXICON_ENTRIES,
  REGION_ADJECTIVES,
  findLexiconEntry,
  type LexiconEntry,
} from '../lexicon/index.js';
import { memoiseString } from '../memoise.js';
import { findCapitals } from './find-capitals.js';
import { reviewPlaceHits } from './place-context.js';
import type { Mention } from './types.js';

interface Pattern {
  readonly id: string;
  readonly alias: string;
  readonly adjective: boolean;
}

interface Matcher {
  /** Folded aliases by their first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  readonly patterns: ReadonlyMap<string, readonly Pattern[]>;
}

let matcher: Matcher | undefined;

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function buildMatcher(): Matcher {
  const patterns = new Map<string, Pattern[]>();
  const add = (alias: string, pattern: Pattern) => {
    const key = foldText(alias);
    if (!WORD_CHAR.test(key[0] ?? ''))
      throw new Error(`lexicon: the alias "${alias}" must begin with a letter or a digit`);
    patterns.set(key, [...(patterns.get(key) ?? []), pattern]);
  };
  for (const entry of LEXICON_ENTRIES) {
    for (const alias of new Set([entry.name, ...entry.aliases]))
      add(alias, { id: entry.id, alias, adjective: false });
  }
  // "africains": a continent named by its adjective, after the countries' adjectives
  for (const adjectives of [COUNTRY_ADJECTIVES, REGION_ADJECTIVES])
    for (const [place, forms] of Object.entries(adjectives))
      for (const form of forms) add(form, { id: place, alias: form, adjective: true });
  const byFirstWord = new Map<string, string[]>();
  for (const key of patterns.keys()) {
    const first = key.match(WORD)?.[0] ?? key;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  return { byFirstWord, patterns };
}

const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Whole-word occurrences of the aliases: [start, end, folded alias], ordered by end. */
function findAliases(folded: string, { byFirstWord }: Matcher): [number, number, string][] {
  const found: [number, number, string][] = [];
  for (const word of folded.matchAll(WORD)) {
    const start = word.index;
    for (const key of byFirstWord.get(word[0]) ?? []) {
      const end = start + key.length;
      if (folded.startsWith(key, start) && !isWordChar(folded[end])) found.push([start, end, key]);
    }
  }
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function caseAgrees(alias: string, surface: string): boolean {
  const first = alias[0] ?? '';
  if (alias.length > 1 && alias === alias.toUpperCase() && /\p{Lu}/u.test(alias))
    return surface === surface.toUpperCase();
  if (first !== first.toLowerCase()) return surface[0] !== surface[0]?.toLowerCase();
  return true;
}

/** "wang yi", "sergei lavrov": a known person's full name written in lower case. */
function isLowerCaseFullName(entry: LexiconEntry | undefined, surface: string): boolean {
  return entry?.type === 'Person' && /\s/u.test(surface) && surface === surface.toLowerCase();
}

/** Names and title phrases are matched again and again (one per mention): answered once each. */
const SHORT_TEXT = 300;
const matchShortText = {
  exact: memoiseString((text) => Object.freeze(findLexiconMentions(text, false))),
  ignoringCase: memoiseString((text) => Object.freeze(findLexiconMentions(text, true))),
};

export function matchLexicon(
  text: string,
  options: { readonly ignoreCase?: boolean } = {},
): readonly Mention[] {
  const ignoreCase = options.ignoreCase ?? false;
  if (text.length > SHORT_TEXT) return findLexiconMentions(text, ignoreCase);
  return (ignoreCase ? matchShortText.ignoringCase : matchShortText.exact)(text);
}

function findLexiconMentions(text: string, ignoreCase: boolean): Mention[] {
  const folded = foldText(text);
  matcher ??= buildMatcher();
  const hits: Mention[] = [];
  for (const [start, end, key] of findAliases(folded, matcher)) {
    const surface = text.slice(start, end);
    for (const pattern of matcher.patterns.get(key) ?? []) {
      const entry = findLexiconEntry(pattern.id);
      if (
        !ignoreCase &&
        !caseAgrees(pattern.alias, surface) &&
        !isLowerCaseFullName(entry, surface)
      )
        continue;
      hits.push({
        start,
        end,
        surface,
        type: pattern.adjective ? 'Place' : (entry?.type ?? 'Place'),
        rule: pattern.adjective ? 'country-adjective' : 'lexicon-alias',
        lexiconId: pattern.id,
        ...(pattern.adjective
          ? { adjective: true, subtype: entry?.subtype ?? 'country' }
          : entry?.subtype
            ? { subtype: entry.subtype }
            : {}),
      });
      break;
    }
  }
  const reviewed = reviewPlaceHits(text, [...hits, ...matchCompoundPrefixes(text)]);
  return [...reviewed, ...findCapitals(text, reviewed)];
}

const PREFIX_PATTERN = new RegExp(
  `(?<![\\p{L}])(${Object.keys(COUNTRY_PREFIXES).join('|')})-(?=\\p{L})`,
  'giu',
);

/** "russo-biélorusses": the "russo" half names Russia. */
function matchCompoundPrefixes(text: string): Mention[] {
  return [...text.matchAll(PREFIX_PATTERN)].flatMap((m) => {
    const prefix = m[1] ?? '';
    const country = COUNTRY_PREFIXES[prefix.toLowerCase()];
    if (!country) return [];
    return [
      {
        start: m.index,
        end: m.index + prefix.length,
        surface: prefix,
        type: 'Place' as const,
        rule: 'country-prefix',
        lexiconId: country,
        adjective: true,
        subtype: 'country',
      },
    ];
  });
}
