// The read side of the graph for the API: indexes built once per graph (search, sorted lists,
// people's countries) and small queries the resolvers share.

import { compareEvents, overlapsPeriod } from '../6-graph/time.js';
import type { DocumentSummary, KnowledgeGraph } from '../6-graph/types.js';
import { findLexiconEntry } from '../lexicon/index.js';
import type { EntityType, EventFormat, RelationType } from '../types.js';
import { notFound } from './errors.js';
import { postIndexSteps, type PostIndex } from './posts.js';
import { roleIndexSteps, type RoleIndex } from './roles.js';
import { searchEntities, searchIndexSteps, type SearchIndex } from './search.js';
import { runSteps, runStepsInSlices, type Steps } from './steps.js';

export interface GraphView {
  readonly graph: KnowledgeGraph;
  readonly builtAt: Date;
  readonly documents: ReadonlyMap<string, DocumentSummary>;
  readonly search: SearchIndex;
  /** People by the words of their roles ("ambassador", "minister of foreign affairs"). */
  readonly roles: RoleIndex;
  /** Who serves in which organisation, ministries and governments included. */
  readonly posts: PostIndex;
  /** Keys of each type: events in chronological order, the others by name. */
  readonly byType: Readonly<Record<EntityType, readonly string[]>>;
  /** Events of each format, in chronological order. */
  readonly eventsByFormat: ReadonlyMap<EventFormat, readonly string[]>;
  /** Person key -> country key. */
  readonly countryOfPerson: ReadonlyMap<string, string>;
  /** Place key -> the place it is directly in: LOCATED_IN from the text, else the lexicon's country. */
  readonly parentPlace: ReadonlyMap<string, string>;
  /** The inverse of parentPlace. */
  readonly childPlaces: ReadonlyMap<string, readonly string[]>;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export function createGraphView(graph: KnowledgeGraph, builtAt = new Date()): GraphView {
  return runSteps(graphViewSteps(graph, builtAt));
}

/** createGraphView in slices of a few milliseconds: a server answers requests meanwhile. */
export function createGraphViewInSlices(
  graph: KnowledgeGraph,
  builtAt = new Date(),
): Promise<GraphView> {
  return runStepsInSlices(graphViewSteps(graph, builtAt));
}

/** localeCompare's order (the default locale), an order of magnitude faster over many names. */
const NAME_ORDER = new Intl.Collator();

function* graphViewSteps(graph: KnowledgeGraph, builtAt: Date): Steps<GraphView> {
  const byType: Record<EntityType, string[]> = {
    Person: [],
    Organisation: [],
    Place: [],
    Event: [],
  };
  graph.forEachNode((key, a) => byType[a.type].push(key));
  const byName = (a: string, b: string) =>
    NAME_ORDER.compare(graph.getNodeAttribute(a, 'name'), graph.getNodeAttribute(b, 'name')) ||
    a.localeCompare(b);
  byType.Person.sort(byName);
  yield;
  byType.Organisation.sort(byName);
  byType.Place.sort(byName);
  yield;
  byType.Event.sort((a, b) => compareEvents(graph, a, b));
  yield;
  const parentPlace = new Map<string, string>();
  for (const p of byType.Place) {
    const parent = findParentPlace(graph, p);
    if (parent) parentPlace.set(p, parent);
    yield;
  }
  const childPlaces = new Map<string, string[]>();
  for (const [child, parent] of parentPlace) {
    childPlaces.set(parent, [...(childPlaces.get(parent) ?? []), child]);
  }
  const eventsByFormat = new Map<EventFormat, string[]>();
  for (const event of byType.Event) {
    const format = graph.getNodeAttribute(event, 'format');
    if (!format) continue;
    const list = eventsByFormat.get(format);
    if (list) list.push(event);
    else eventsByFormat.set(format, [event]);
  }
  yield;
  const countryOfPerson = new Map<string, string>();
  for (const p of byType.Person) {
    const country = findCountryOfPerson(graph, p);
    if (country) countryOfPerson.set(p, country);
    yield;
  }
  return {
    graph,
    byType,
    eventsByFormat,
    builtAt,
    parentPlace,
    childPlaces,
    documents: new Map(graph.getAttribute('documents').map((d) => [d.id, d])),
    search: yield* searchIndexSteps(graph),
    roles: yield* roleIndexSteps(graph),
    posts: yield* postIndexSteps(graph),
    countryOfPerson,
  };
}

/** The node key for an id or a name; undefined when nothing matches. */
export function findEntity(view: GraphView, ref: string, type?: EntityType): string | undefined {
  if (view.graph.hasNode(ref)) {
    return !type || view.graph.getNodeAttribute(ref, 'type') === type ? ref : undefined;
  }
  return searchEntities(view.search, ref, { types: type ? [type] : null, first: 1 })[0]?.key;
}

export function requireEntity(view: GraphView, ref: string, type?: EntityType): string {
  const key = findEntity(view, ref, type);
  if (!key) throw notFound(`${type ?? 'Entity'} "${ref}"`);
  return key;
}

export interface EdgeFilter {
  readonly types?: readonly RelationType[] | null;
  readonly direction?: Direction | null;
}

export function edgesOf(view: GraphView, key: string, filter: EdgeFilter = {}): string[] {
  const { graph } = view;
  const direction = filter.direction ?? 'BOTH';
  const types = filter.types && filter.types.length > 0 ? filter.types : undefined;
  if (!types) {
    return direction === 'OUT'
      ? graph.outEdges(key)
      : direction === 'IN'
        ? graph.inEdges(key)
        : graph.edges(key);
  }
  // in the order of outEdges / inEdges / edges, without the array of every edge of the node
  const found: string[] = [];
  const keep = (edge: string, a: { type: RelationType }) => {
    if (types.includes(a.type)) found.push(edge);
  };
  if (direction === 'OUT') graph.forEachOutEdge(key, keep);
  else if (direction === 'IN') graph.forEachInEdge(key, keep);
  else graph.forEachEdge(key, keep);
  return found;
}

/** The node at the other end of each edge of the given types and direction, without repeats. */
export function neighboursOf(
  view: GraphView,
  key: string,
  types: readonly RelationType[],
  direction: Direction,
  ofType?: EntityType,
): string[] {
  const found = new Set<string>();
  for (const edge of edgesOf(view, key, { types, direction })) {
    const other = view.graph.opposite(key, edge);
    if (!ofType || view.graph.getNodeAttribute(other, 'type') === ofType) found.add(other);
  }
  return [...found];
}

function findParentPlace(graph: KnowledgeGraph, place: string): string | undefined {
  const stated = graph
    .outEdges(place)
    .find((e) => graph.getEdgeAttribute(e, 'type') === 'LOCATED_IN');
  if (stated) return graph.target(stated);
  const country = findLexiconEntry(place.slice(place.indexOf(':') + 1))?.country;
  const key = country ? `place:${country}` : undefined;
  return key && key !== place && graph.hasNode(key) ? key : undefined;
}

/** The place itself and every place located in it, at any depth. */
export function placesWithin(view: GraphView, place: string): Set<string> {
  const found = new Set([place]);
  const queue = [place];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    for (const inner of view.childPlaces.get(current) ?? []) {
      if (!found.has(inner)) {
        found.add(inner);
        queue.push(inner);
      }
    }
  }
  return found;
}

/** The place and the places it is in, innermost first. */
export function placeAncestry(view: GraphView, place: string): string[] {
  const chain: string[] = [];
  for (let p: string | undefined = place; p && !chain.includes(p); p = view.parentPlace.get(p)) {
    chain.push(p);
  }
  return chain;
}

export function countryOfPlace(view: GraphView, place: string): string | undefined {
  return placeAncestry(view, place).find(
    (p) => view.graph.getNodeAttribute(p, 'subtype') === 'country',
  );
}

const ROLE_RELATIONS: readonly RelationType[] = ['HOLDS_ROLE', 'HEAD_OF', 'WORKS_FOR'];

/** Represented country, else the country of a role, else the most frequent delegation. */
function findCountryOfPerson(graph: KnowledgeGraph, person: string): string | undefined {
  const isCountry = (key: string) =>
    graph.getNodeAttribute(key, 'type') === 'Place' &&
    graph.getNodeAttribute(key, 'subtype') === 'country';
  const votes = new Map<string, number>();
  const vote = (key: string | undefined, weight: number) => {
    if (key && graph.hasNode(key) && isCountry(key)) votes.set(key, (votes.get(key) ?? 0) + weight);
  };
  graph.forEachOutEdge(person, (_, a, __, target) => {
    if (a.type === 'REPRESENTS') vote(target, 100);
    else if (ROLE_RELATIONS.includes(a.type)) vote(target, 10);
    else if (a.type === 'ATTENDED') vote(a.props.delegation, 1);
  });
  let best: string | undefined;
  for (const [country, count] of votes) {
    if (!best || count > (votes.get(best) ?? 0)) best = country;
  }
  return best;
}

/** Does the event overlap [from, to] (YYYY-MM-DD, either open)? */
export function eventInRange(
  view: GraphView,
  event: string,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  if (!from && !to) return true;
  const a = view.graph.getNodeAttributes(event);
  return overlapsPeriod(a.start, a.end, from, to);
}
