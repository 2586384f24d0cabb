// Who serves in each organisation: the people who work for, head or hold a role at it, and, for a
// ministry or a government no relation names, the officials of its country whose role does: "Sergueï
// Lavrov, ministre russe des Affaires étrangères" (HOLDS_ROLE Minister of Foreign Affairs at Russia)
// serves in the "Ministry of Foreign Affairs of Russia", and every minister of Russia in the
// "Government of Russia".

import { foldName } from '../4-resolve/normalise.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { RelationType } from '../types.js';
import { roleWords } from './roles.js';
import { runSteps, type Steps } from './steps.js';

/** A person's post at an organisation, and the relation that says so. */
export interface Post {
  readonly person: string;
  readonly organisation: string;
  readonly edge: string;
}

export interface PostIndex {
  readonly byOrganisation: ReadonlyMap<string, readonly Post[]>;
  readonly byPerson: ReadonlyMap<string, readonly Post[]>;
}

/** Relations that place their person at their target organisation. */
const POST_RELATIONS: readonly RelationType[] = ['WORKS_FOR', 'HOLDS_ROLE', 'HEAD_OF'];
/** Folded: "ministry of foreign affairs" -> the portfolio "foreign affairs". */
const MINISTRY_NAME = /^ministry of (.+)$/;
/** Folded roles: "first deputy minister of energy" -> the portfolio "energy". */
const MINISTER_ROLE = /^(?:first )?(?:deputy )?minister of (.+)$/;
/** A role with this word sits in its country's government (ministers, prime ministers). */
const GOVERNMENT_WORD = 'minister';

export function buildPostIndex(graph: KnowledgeGraph): PostIndex {
  return runSteps(postIndexSteps(graph));
}

/** buildPostIndex a few relations at a time (steps.ts). */
export function* postIndexSteps(graph: KnowledgeGraph): Steps<PostIndex> {
  const posts: Post[] = [];
  let read = 0;
  for (const { edge, attributes: a, source: person, target: organisation } of graph.edgeEntries()) {
    if ((read += 1) % 64 === 0) yield;
    if (POST_RELATIONS.includes(a.type) && isOfType(graph, organisation, 'Organisation'))
      posts.push({ person, organisation, edge });
  }
  posts.push(...(yield* countryPostSteps(graph)));
  const byOrganisation = new Map<string, Post[]>();
  const byPerson = new Map<string, Post[]>();
  for (const post of posts) {
    if (!isOfType(graph, post.person, 'Person')) continue;
    pushTo(byOrganisation, post.organisation, post);
    pushTo(byPerson, post.person, post);
  }
  return { byOrganisation, byPerson };
}

/** The people serving in an organisation, once each, in the order of their posts. */
export function peopleServing(index: PostIndex, organisation: string): string[] {
  return [...new Set((index.byOrganisation.get(organisation) ?? []).map((p) => p.person))];
}

/** The organisations a person serves in, once each. */
export function organisationsServed(index: PostIndex, person: string): string[] {
  return [...new Set((index.byPerson.get(person) ?? []).map((p) => p.organisation))];
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isOfType(graph: KnowledgeGraph, key: string, type: string): boolean {
  return graph.getNodeAttribute(key, 'type') === type;
}

/** Ministries by "country key|portfolio words", governments by country key. */
function ministriesAndGovernments(graph: KnowledgeGraph) {
  const countries = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.type === 'Place' && a.subtype === 'country') countries.set(foldName(a.name), key);
  });
  const ministries = new Map<string, string[]>();
  const governments = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'Organisation' || (a.subtype !== 'ministry' && a.subtype !== 'government'))
      return;
    const named = countryOfName(foldName(a.name), countries);
    if (!named) return;
    if (a.subtype === 'government') {
      pushTo(governments, named.country, key);
      return;
    }
    const portfolio = MINISTRY_NAME.exec(named.rest)?.[1];
    if (!portfolio) return;
    const id = `${named.country}|${roleWords(portfolio).join(' ')}`;
    pushTo(ministries, id, key);
  });
  return { ministries, governments };
}

/** "ministry of energy of russia" -> Russia's key and "ministry of energy". */
function countryOfName(
  folded: string,
  countries: ReadonlyMap<string, string>,
): { country: string; rest: string } | undefined {
  for (let at = folded.lastIndexOf(' of '); at > 0; at = folded.lastIndexOf(' of ', at - 1)) {
    const country = countries.get(folded.slice(at + 4));
    if (country) return { country, rest: folded.slice(0, at) };
  }
  return undefined;
}

/** Posts read from the roles people hold at their country. */
function* countryPostSteps(graph: KnowledgeGraph): Steps<Post[]> {
  const { ministries, governments } = ministriesAndGovernments(graph);
  if (ministries.size === 0 && governments.size === 0) return [];
  const posts: Post[] = [];
  let read = 0;
  for (const { edge, attributes: a, source: person, target: country } of graph.edgeEntries()) {
    if ((read += 1) % 64 === 0) yield;
    const role = a.props.role;
    if ((a.type !== 'HOLDS_ROLE' && a.type !== 'HEAD_OF') || !role) continue;
    const portfolio = MINISTER_ROLE.exec(foldName(role))?.[1];
    const inMinistries = portfolio
      ? (ministries.get(`${country}|${roleWords(portfolio).join(' ')}`) ?? [])
      : [];
    const inGovernments = roleWords(role).includes(GOVERNMENT_WORD)
      ? (governments.get(country) ?? [])
      : [];
    for (const organisation of [...inMinistries, ...inGovernments])
      posts.push({ person, organisation, edge });
  }
  return posts;
}
