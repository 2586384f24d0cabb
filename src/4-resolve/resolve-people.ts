// Person mentions -> people. Full names cluster by transliteration key; surnames, initials and
// role phrases resolve to a person already named in the document, never to a new one. A known
// surname after another given name is a namesake ("Nurlan Japarov" is not Sadyr Japarov).

import { CHINESE_FAMILY_NAMES, EAST_ASIAN_FAMILY_NAMES } from '../lexicon/chinese-names.js';
import { PEOPLE, findLexiconEntry, type LexiconEntry } from '../lexicon/index.js';
import type { Mention } from '../3-recognise/types.js';
import { englishLikeness, slugify, translitKey } from './normalise.js';

export interface PersonIndex {
  /** Entity key -> the mentions indices that name it. */
  readonly byKey: Map<string, number[]>;
  readonly mentionKey: (string | undefined)[];
  readonly names: Map<string, string>;
  readonly lexiconIds: Map<string, string>;
}

const LEXICON_BY_TRANSLIT = new Map<string, LexiconEntry>(
  PEOPLE.flatMap((p) =>
    p.aliases.filter((a) => a.includes(' ')).map((a) => [translitKey(a), p] as const),
  ),
);

/** Single-word aliases of the lexicon's people ("Japarov", "Poutine") by transliteration key. */
const LEXICON_BY_SURNAME = new Map<string, LexiconEntry[]>();
for (const p of PEOPLE)
  for (const alias of p.aliases)
    if (!alias.includes(' ') && !alias.includes('.')) {
      const key = translitKey(alias);
      const list = LEXICON_BY_SURNAME.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      LEXICON_BY_SURNAME.set(key, list);
    }

const FAMILY_FIRST: ReadonlySet<string> = new Set([
  ...CHINESE_FAMILY_NAMES,
  ...EAST_ASIAN_FAMILY_NAMES,
]);

export const personKey = (idOrSlug: string) => `person:${idOrSlug}`;

export function resolvePeople(mentions: readonly Mention[]): PersonIndex {
  const index: PersonIndex = {
    byKey: new Map(),
    mentionKey: mentions.map(() => undefined),
    names: new Map(),
    lexiconIds: new Map(),
  };
  const surnames = new Map<string, Set<string>>();
  const initials = new Map<string, Set<string>>();
  /** Entity key -> the most English spelling seen so far. */
  const bestNames = new Map<string, string>();
  const clusters = new Map<string, string>();
  /** Entity key -> the transliterated words of each full name that named it (not the lexicon's). */
  const fullWords = new Map<string, string[][]>();
  const assign = (i: number, key: string) => {
    index.mentionKey[i] = key;
    const indices = index.byKey.get(key);
    if (indices) indices.push(i);
    else index.byKey.set(key, [i]);
  };
  const remember = (key: string, given: string, surname: string) => {
    const add = (map: Map<string, Set<string>>, k: string) => {
      const set = map.get(k);
      if (set) set.add(key);
      else map.set(k, new Set([key]));
    };
    add(surnames, translitKey(surname));
    // "Wang Yi" ... "M. Wang", "Kim Jong Un" ... "M. Kim": the family name is written first
    if (FAMILY_FIRST.has(given.toLowerCase())) add(surnames, translitKey(given));
    add(initials, `${given[0] ?? ''}${surname[0] ?? ''}`.toUpperCase());
  };

  const assignLexicon = (i: number, lexicon: LexiconEntry) => {
    const key = personKey(lexicon.id);
    index.names.set(key, lexicon.name);
    index.lexiconIds.set(key, lexicon.id);
    assign(i, key);
    const words = (mentions[i]?.surface ?? '').split(/\s+/u);
    if (words.length >= 2) remember(key, words[0] ?? '', words.at(-1) ?? '');
    for (const alias of lexicon.aliases) {
      const w = alias.split(/\s+/u);
      if (w.length >= 2) remember(key, w[0] ?? '', w.at(-1) ?? '');
    }
  };

  const bareLexicon: number[] = [];
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || m.partial) return;
    if (m.lexiconId && isBareSurname(m)) return void bareLexicon.push(i);
    const lexicon = m.lexiconId
      ? findLexiconEntry(m.lexiconId)
      : m.givenName && m.surname
        ? (LEXICON_BY_TRANSLIT.get(translitKey(`${m.givenName} ${m.surname}`)) ??
          LEXICON_BY_TRANSLIT.get(translitKey(m.canonical ?? m.surface)) ??
          LEXICON_BY_TRANSLIT.get(translitKey(m.surface)) ??
          findBySpelledGivenName(m.givenName, m.surname))
        : undefined;
    if (lexicon) return assignLexicon(i, lexicon);
    if (!m.givenName || !m.surname) return;
    // cluster by transliteration key, name the node by its first spelling: "person:nikolai-snopkov"
    const full = m.canonical ?? `${m.givenName} ${m.surname}`;
    // "Karim Youssef Haddad" and "Karim Haddad" are one person: middle names do not cluster
    const cluster = translitKey(`${m.givenName} ${m.surname}`);
    const key = clusters.get(cluster) ?? personKey(slugify(full));
    clusters.set(cluster, key);
    // the most English spelling names the person: "Mikhail Mishustin" over "Mikhail Michoustine";
    // on a tie the first seen, kept as it comes (not re-sorting every spelling at each mention)
    const previous = bestNames.get(key);
    const best = previous === undefined || moreEnglish(full, previous) ? full : previous;
    bestNames.set(key, best);
    index.names.set(key, best);
    assign(i, key);
    remember(key, m.givenName, m.surname);
    const words = fullWords.get(key) ?? [];
    words.push(translitKey(m.surface).split(' '));
    fullWords.set(key, words);
  });
  for (const [from, to] of findMiddleNameMerges(fullWords)) {
    for (const i of index.byKey.get(from) ?? []) assign(i, to);
    index.byKey.delete(from);
    index.names.delete(from);
    for (const keys of [...surnames.values(), ...initials.values()])
      if (keys.delete(from)) keys.add(to);
  }

  // "Japarov" after "Nurlan Japarov": the namesake named in full, unless the known one is too
  for (const i of bareLexicon) {
    const m = mentions[i] as Mention;
    const lexicon = findLexiconEntry(m.lexiconId as string);
    const known = personKey(m.lexiconId as string);
    const namesakes = index.byKey.has(known) ? undefined : surnames.get(translitKey(m.surface));
    const namesake = namesakes?.size === 1 ? [...namesakes][0] : undefined;
    if (namesake) assign(i, namesake);
    else if (lexicon) assignLexicon(i, lexicon);
    else assign(i, known);
  }

  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || !m.partial || index.mentionKey[i]) return;
    if (m.lexiconId) return assign(i, personKey(m.lexiconId));
    const candidates =
      m.partial === 'initials'
        ? initials.get(m.surface)
        : surnames.get(translitKey(m.surname ?? m.surface));
    // "M. Wang" is Monsieur Wang, not an initial
    const given = m.givenName === 'M' ? undefined : m.givenName;
    const filtered = [...(candidates ?? [])].filter(
      (key) => !given || (index.names.get(key) ?? '').startsWith(given),
    );
    if (filtered.length === 1 && filtered[0]) assign(i, filtered[0]);
    else if (filtered.length === 0 && (candidates?.size ?? 0) === 0 && namesItself(m)) {
      // "S. Jaishankar", "Ms Kallas" with no fuller name in the document: a person of its own
      const cluster = `partial:${translitKey(m.surname ?? m.surface)}`;
      const key = clusters.get(cluster) ?? personKey(slugify(m.surface));
      clusters.set(cluster, key);
      if (!index.names.has(key))
        index.names.set(key, m.surface.replace(/\.(?=\p{Lu}\p{Ll})/gu, '. '));
      assign(i, key);
    }
  });
  // a lexicon surname alias ("Poutine") is a person of the document even when not written in full
  mentions.forEach((m, i) => {
    if (m.type === 'Person' && m.lexiconId && !index.mentionKey[i])
      assign(i, personKey(m.lexiconId));
  });
  return index;
}

/**
 * "Tesfaye Yilma" … "Tesfaye Yilma Sabo": a person only ever named by two words that open the
 * longer name of exactly one other person is that person, named without a last name.
 */
function findMiddleNameMerges(fullWords: ReadonlyMap<string, string[][]>): [string, string][] {
  const merges: [string, string][] = [];
  for (const [key, names] of fullWords) {
    const pair = names[0];
    if (!pair || names.some((n) => n.length !== 2 || n.join(' ') !== pair.join(' '))) continue;
    const longer = [...fullWords].filter(
      ([other, otherNames]) =>
        other !== key &&
        otherNames.some((n) => n.length >= 3 && n[0] === pair[0] && n[1] === pair[1]),
    );
    if (longer.length === 1) merges.push([key, (longer[0] as [string, string[][]])[0]]);
  }
  return merges;
}

/** Does `a` name a person better than `b`: more English, else shorter. */
function moreEnglish(a: string, b: string): boolean {
  return (
    englishLikeness(a) - englishLikeness(b) > 0 ||
    (englishLikeness(a) === englishLikeness(b) && a.length < b.length)
  );
}

const INITIALS_THEN_SURNAME = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}/u;
const HONORIFIC_RULES = new Set(['honorific', 'honorific-name']);

/** "S. Jaishankar", "K.P. Sharma Oli", "M. Raïssi": a partial name that still names someone. */
function namesItself(m: Mention): boolean {
  if (m.partial !== 'surname' || (m.surname ?? '').length < 3) return false;
  return HONORIFIC_RULES.has(m.rule) || INITIALS_THEN_SURNAME.test(m.surface);
}

/** "Poutine", "Japarov": a lexicon person written by one word. */
function isBareSurname(m: Mention): boolean {
  return !/[\s.]/u.test(m.surface);
}

/**
 * "Yury Ushakov", "Kasym-Jomart Tokayev": a known surname with a spelling of the known given name
 * (same transliteration start); "Nurlan Japarov" beside Sadyr Japarov is someone else.
 */
function findBySpelledGivenName(given: string, surname: string): LexiconEntry | undefined {
  const candidates = LEXICON_BY_SURNAME.get(translitKey(surname)) ?? [];
  const key = translitKey(given);
  return candidates.find((p) =>
    p.aliases.some((alias) => {
      const words = alias.split(/\s+/u);
      return words.length >= 2 && sameGivenName(translitKey(words[0] ?? ''), key);
    }),
  );
}

function sameGivenName(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const n = Math.min(3, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
