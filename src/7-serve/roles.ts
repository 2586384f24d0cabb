// Who holds a role, asked in English role words: "ambassador", "ministers of foreign affairs",
// "foreign minister". Roles are read from the relations that carry one (HOLDS_ROLE, HEAD_OF,
// WORKS_FOR, ATTENDED, SPOKE_AT), folded, function words dropped, plurals made singular.

import { foldName } from '../4-resolve/normalise.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { SEARCH_STOPWORDS } from '../lexicon/index.js';
import type { RelationType } from '../types.js';
import { runSteps, type Steps } from './steps.js';

/** Relations whose `role` is a role of their source person. */
export const ROLE_CARRIERS: readonly RelationType[] = [
  'HOLDS_ROLE',
  'HEAD_OF',
  'WORKS_FOR',
  'ATTENDED',
  'SPOKE_AT',
];

interface RoleEntry {
  readonly person: string;
  readonly words: ReadonlySet<string>;
}

export interface RoleIndex {
  readonly entries: readonly RoleEntry[];
  /** Role word -> the entries whose role has it. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}

const STOPWORDS = new Set(SEARCH_STOPWORDS);

/** "ministries" -> "ministry", "ambassadors" -> "ambassador", "affairs" -> "affair"; "press" stays. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "Ministers of Foreign Affairs" -> minister, foreign, affair. */
export function roleWords(text: string): string[] {
  return foldName(text)
    .split(/[\s']+/)
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .map(singular);
}

export function buildRoleIndex(graph: KnowledgeGraph): RoleIndex {
  return runSteps(roleIndexSteps(graph));
}

/** buildRoleIndex a few relations at a time (steps.ts). */
export function* roleIndexSteps(graph: KnowledgeGraph): Steps<RoleIndex> {
  const entries: RoleEntry[] = [];
  const byWord = new Map<string, number[]>();
  const seen = new Set<string>();
  let read = 0;
  for (const { attributes: a, source } of graph.edgeEntries()) {
    if ((read += 1) % 64 === 0) yield;
    const role = a.props.role;
    if (!role || !ROLE_CARRIERS.includes(a.type)) continue;
    if (graph.getNodeAttribute(source, 'type') !== 'Person') continue;
    const words = new Set(roleWords(role));
    const id = `${source}\u0000${[...words].sort().join(' ')}`;
    if (words.size === 0 || seen.has(id)) continue;
    seen.add(id);
    const index = entries.push({ person: source, words }) - 1;
    for (const word of words) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  }
  return { entries, byWord };
}

/** People with a role that has every word asked for ("minister foreign": Lavrov, not Belousov). */
export function findRoleHolders(index: RoleIndex, text: string): Set<string> {
  const words = roleWords(text);
  const found = new Set<string>();
  const [first, ...rest] = words;
  if (first === undefined) return found;
  for (const i of index.byWord.get(first) ?? []) {
    const entry = index.entries[i] as RoleEntry;
    if (rest.every((word) => entry.words.has(word))) found.add(entry.person);
  }
  return found;
}
