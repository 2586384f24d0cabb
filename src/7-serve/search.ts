// Name search over the graph: folds case, accents and transliteration, knows the lexicon's
// aliases in every language (SCO/OCS/ShOS) and the English labels of event formats.

import { foldName, translitKey } from '../4-resolve/normalise.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import {
  FORMAT_LABELS,
  NAME_GLOSSARY,
  SEARCH_STOPWORDS,
  findLexiconEntry,
} from '../lexicon/index.js';
import type { EntityType } from '../types.js';
import { runSteps, type Steps } from './steps.js';

interface SearchName {
  readonly folded: string;
  readonly translit: string;
  readonly tokens: readonly string[];
  readonly translitTokens: readonly string[];
}

interface SearchEntry {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly names: readonly SearchName[];
  /** Number of relations: breaks ties in favour of the entities the sources say most about. */
  readonly degree: number;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Folded and transliterated word -> the entries with a name containing it. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  /** The distinct words, sorted, for prefix lookups ("lukashenk"). */
  readonly tokens: readonly string[];
}

const STOPWORDS = new Set(SEARCH_STOPWORDS);
const GLOSSARY = new Map(Object.entries(NAME_GLOSSARY));

function searchName(text: string): SearchName {
  const folded = foldName(text);
  const tokens = folded.split(/[\s']+/).filter(Boolean);
  return { folded, translit: translitKey(text), tokens, translitTokens: tokens.map(translitKey) };
}

/** The query, without function words unless it is made of nothing else. */
function queryOf(text: string): SearchName {
  const query = searchName(text);
  const content = query.tokens.filter((t) => !STOPWORDS.has(t));
  if (content.length === 0 || content.length === query.tokens.length) return query;
  return { ...query, tokens: content, translitTokens: content.map(translitKey) };
}

/** Names an entity can be found by: its own, the lexicon's aliases, an event's format label. */
function namesOf(graph: KnowledgeGraph, key: string): string[] {
  const a = graph.getNodeAttributes(key);
  const lexiconId = key.slice(key.indexOf(':') + 1);
  const lexicon = findLexiconEntry(lexiconId);
  const fromLexicon = lexicon && lexicon.type === a.type ? [lexicon.name, ...lexicon.aliases] : [];
  const label = a.format ? FORMAT_LABELS.get(a.format) : undefined;
  return [a.name, ...a.aliases, ...fromLexicon, ...(label ? [label] : [])];
}

export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  return runSteps(searchIndexSteps(graph));
}

/** buildSearchIndex a node at a time (steps.ts). */
export function* searchIndexSteps(graph: KnowledgeGraph): Steps<SearchIndex> {
  const entries: SearchEntry[] = [];
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const unique = new Map(namesOf(graph, key).map((n) => [foldName(n), n]));
    entries.push({
      key,
      type: a.type,
      name: a.name,
      names: [...unique.values()].map(searchName).filter((n) => n.folded !== ''),
      degree: graph.degree(key),
    });
    yield;
  }
  const byToken = new Map<string, number[]>();
  for (const [i, entry] of entries.entries()) {
    const words = new Set(entry.names.flatMap((n) => [...n.tokens, ...n.translitTokens]));
    for (const word of words) {
      const list = byToken.get(word);
      if (list) list.push(i);
      else byToken.set(word, [i]);
    }
    if (i % 64 === 0) yield;
  }
  return { entries, byToken, tokens: [...byToken.keys()].sort() };
}

/** Entries that can match: a name holds the query's first word, its transliteration, a
 * translation of it, or (from three letters) a word it begins. Every match needs that word. */
function candidates(index: SearchIndex, query: SearchName): Set<number> {
  const word = query.tokens[0] ?? '';
  const translit = query.translitTokens[0] ?? word;
  const found = new Set<number>();
  const add = (w: string) => index.byToken.get(w)?.forEach((i) => found.add(i));
  [word, translit, ...(GLOSSARY.get(word) ?? [])].forEach(add);
  for (const prefix of word.length >= 3 ? new Set([word, translit]) : []) {
    let lo = 0;
    let hi = index.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((index.tokens[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (
      let i = lo;
      i < index.tokens.length && (index.tokens[i] as string).startsWith(prefix);
      i += 1
    ) {
      add(index.tokens[i] as string);
    }
  }
  return found;
}

function tokenScore(query: string, queryTranslit: string, name: SearchName, i: number): number {
  const token = name.tokens[i] ?? '';
  const translit = name.translitTokens[i] ?? '';
  if (token === query || translit === queryTranslit) return 1;
  if (GLOSSARY.get(query)?.includes(token)) return 0.9;
  if (query.length >= 3 && (token.startsWith(query) || translit.startsWith(queryTranslit))) {
    return 0.8;
  }
  return 0;
}

/** 0 when the name does not match; higher is better. */
function scoreName(query: SearchName, name: SearchName): number {
  if (name.folded === query.folded) return 100;
  if (name.translit === query.translit) return 95;
  if (` ${name.folded} `.includes(` ${query.folded} `)) {
    return 70 + 20 * (query.folded.length / name.folded.length);
  }
  let matched = 0;
  let covered = 0;
  query.tokens.forEach((token, q) => {
    const queryTranslit = query.translitTokens[q] ?? token;
    let best = 0;
    for (let i = 0; i < name.tokens.length; i += 1) {
      best = Math.max(best, tokenScore(token, queryTranslit, name, i));
    }
    if (best > 0) {
      matched += best;
      covered += 1;
    }
  });
  if (covered < query.tokens.length) return 0;
  return 40 * (matched / query.tokens.length) + 20 * (covered / Math.max(name.tokens.length, 1));
}

export interface SearchOptions {
  readonly types?: readonly EntityType[] | null;
  readonly first: number;
}

export interface SearchHit {
  readonly key: string;
  readonly score: number;
}

export function searchEntities(
  index: SearchIndex,
  text: string,
  options: SearchOptions,
): SearchHit[] {
  const query = queryOf(text);
  if (query.tokens.length === 0) return [];
  const types = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
  const hits: (SearchHit & { entry: SearchEntry })[] = [];
  for (const i of candidates(index, query)) {
    const entry = index.entries[i] as SearchEntry;
    if (types && !types.has(entry.type)) continue;
    let score = 0;
    for (const name of entry.names) score = Math.max(score, scoreName(query, name));
    if (score > 0) hits.push({ key: entry.key, score, entry });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.entry.degree - a.entry.degree ||
      a.entry.name.localeCompare(b.entry.name) ||
      a.key.localeCompare(b.key),
  );
  return hits.slice(0, options.first).map(({ key, score }) => ({ key, score }));
}
