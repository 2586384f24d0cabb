// Root queries: search, lookups, filtered and paginated lists, paths, neighbourhoods, stats.

import type { EntityType } from '../../types.js';
import { paginate } from '../connection.js';
import { bounded, pageSize } from '../errors.js';
import type { QueryResolvers } from '../generated/schema-types.js';
import {
  eventInRange,
  findEntity,
  neighboursOf,
  placesWithin,
  requireEntity,
  type GraphView,
} from '../graph-view.js';
import { searchEntities } from '../search.js';
import { findPath, neighbourhood } from '../walk.js';
import { findMatches } from '../find-matches.js';
import { findRoleHolders } from '../roles.js';
import { PRESENCE, eventsInPlace, eventsOfOrganisation, peopleOf } from './entities.js';
import { isoDay } from './scalars.js';

/** Keys of `type` matching the text, as a set (every match, not a page). */
function matching(view: GraphView, type: EntityType, text: string): Set<string> {
  const hits = searchEntities(view.search, text, { types: [type], first: Infinity });
  return new Set(hits.map((h) => h.key));
}

type Filter = (key: string) => boolean;

/**
 * The keys of `base` (in its order) that pass every filter asked for; `base` itself when none
 * is (not a copy: a list of every event of a large graph, copied per request, kept GC busy).
 */
function select(
  base: readonly string[],
  filters: readonly (Filter | undefined)[],
): readonly string[] {
  const active = filters.filter((f): f is Filter => f !== undefined);
  return active.length === 0 ? base : base.filter((key) => active.every((f) => f(key)));
}

function inSet(set: Set<string>): Filter {
  return (key) => set.has(key);
}

function counts(values: Iterable<string>) {
  const byType = new Map<string, number>();
  for (const v of values) byType.set(v, (byType.get(v) ?? 0) + 1);
  return [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => ({ type, count }));
}

export const Query: QueryResolvers = {
  search: (_, { text, types, role, first }, { view }) =>
    findMatches(view, text, { types, role, first: pageSize(first, 10) }),

  entity: (_, { id }, { view }) => findEntity(view, id) ?? null,

  people: (_, args, { view }) => {
    const org = args.organisation ? requireEntity(view, args.organisation, 'Organisation') : null;
    const country = args.country ? requireEntity(view, args.country, 'Place') : null;
    const event = args.event ? requireEntity(view, args.event, 'Event') : null;
    const keys = select(view.byType.Person, [
      args.text ? inSet(matching(view, 'Person', args.text)) : undefined,
      org ? inSet(new Set(peopleOf(view, org))) : undefined,
      args.role ? inSet(findRoleHolders(view.roles, args.role)) : undefined,
      country ? (key) => view.countryOfPerson.get(key) === country : undefined,
      event ? inSet(new Set(neighboursOf(view, event, PRESENCE, 'IN', 'Person'))) : undefined,
    ]);
    return paginate(keys, args.first, args.after);
  },

  organisations: (_, args, { view }) => {
    const member = args.member ? requireEntity(view, args.member, 'Place') : null;
    const keys = select(view.byType.Organisation, [
      args.text ? inSet(matching(view, 'Organisation', args.text)) : undefined,
      args.subtype
        ? (key) => view.graph.getNodeAttribute(key, 'subtype') === args.subtype
        : undefined,
      member ? inSet(new Set(neighboursOf(view, member, ['MEMBER_OF'], 'OUT'))) : undefined,
    ]);
    return paginate(keys, args.first, args.after);
  },

  places: (_, args, { view }) => {
    const within = args.within ? requireEntity(view, args.within, 'Place') : null;
    const inside = within ? placesWithin(view, within) : undefined;
    const keys = select(view.byType.Place, [
      args.text ? inSet(matching(view, 'Place', args.text)) : undefined,
      args.subtype
        ? (key) => view.graph.getNodeAttribute(key, 'subtype') === args.subtype
        : undefined,
      inside && within ? (key) => key !== within && inside.has(key) : undefined,
    ]);
    return paginate(keys, args.first, args.after);
  },

  events: (_, args, { view }) => {
    const place = args.place ? requireEntity(view, args.place, 'Place') : null;
    const participant = args.participant ? requireEntity(view, args.participant, 'Person') : null;
    const org = args.organisation ? requireEntity(view, args.organisation, 'Organisation') : null;
    const from = isoDay(args.from);
    const to = isoDay(args.to);
    const base = args.format ? (view.eventsByFormat.get(args.format) ?? []) : view.byType.Event;
    const keys = select(base, [
      args.text ? inSet(matching(view, 'Event', args.text)) : undefined,
      from || to ? (key) => eventInRange(view, key, from, to) : undefined,
      place ? inSet(new Set(eventsInPlace(view, place))) : undefined,
      participant
        ? inSet(new Set(neighboursOf(view, participant, PRESENCE, 'OUT', 'Event')))
        : undefined,
      org ? inSet(new Set(eventsOfOrganisation(view, org))) : undefined,
    ]);
    return paginate(keys, args.first, args.after);
  },

  path: (_, args, { view }) => {
    const maxLength = bounded(args.maxLength ?? 4, 'maxLength', 1, 6);
    const from = requireEntity(view, args.from);
    const to = requireEntity(view, args.to);
    return findPath(view, from, to, maxLength) ?? null;
  },

  neighbourhood: (_, args, { view }) =>
    neighbourhood(view, requireEntity(view, args.id), {
      depth: bounded(args.depth ?? 1, 'depth', 1, 3),
      types: args.types,
      first: pageSize(args.first, 50),
    }),

  documents: (_, __, { view }) => [...view.documents.values()],

  stats: (_, __, { view }) => ({
    entities: view.graph.order,
    relations: view.graph.size,
    documents: view.documents.size,
    entitiesByType: counts(view.graph.mapNodes((_, a) => a.type)),
    relationsByType: counts(view.graph.mapEdges((_, a) => a.type)),
    builtAt: view.builtAt,
    extractionVersion: view.graph.getAttribute('extractionVersion'),
  }),
};
