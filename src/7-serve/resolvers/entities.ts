// Resolvers of the four entity types. Parents are node keys; everything is read from the view.

import { evidenceRows } from '../../6-graph/evidence-table.js';
import type { DocumentSummary } from '../../6-graph/types.js';
import type { EventFormat, RelationType } from '../../types.js';
import { FORMAT_LABELS } from '../../lexicon/index.js';
import { pageSize } from '../errors.js';
import type {
  EntityResolvers,
  EventResolvers,
  OrganisationResolvers,
  PersonResolvers,
  PlaceResolvers,
} from '../generated/schema-types.js';
import {
  countryOfPlace,
  edgesOf,
  neighboursOf,
  placeAncestry,
  placesWithin,
  requireEntity,
  type GraphView,
} from '../graph-view.js';
import { organisationsServed, peopleServing } from '../posts.js';
import { membershipStatus } from './relations.js';

/** Relations that tie a person to an organisation or country, and to an event. */
export const AFFILIATIONS: readonly RelationType[] = [
  'WORKS_FOR',
  'HOLDS_ROLE',
  'HEAD_OF',
  'REPRESENTS',
];
export const PRESENCE: readonly RelationType[] = ['ATTENDED', 'SPOKE_AT'];

/** Keeps the view's order (chronological for events) for a set of keys. */
function inViewOrder(view: GraphView, type: 'Event', keys: Iterable<string>): string[] {
  const wanted = new Set(keys);
  return view.byType[type].filter((k) => wanted.has(k));
}

const entityFields = {
  id: (key: string) => key,
  type: (key: string, _: unknown, { view }: { view: GraphView }) =>
    view.graph.getNodeAttribute(key, 'type'),
  name: (key: string, _: unknown, { view }: { view: GraphView }) =>
    view.graph.getNodeAttribute(key, 'name'),
  aliases: (key: string, _: unknown, { view }: { view: GraphView }) =>
    view.graph.getNodeAttribute(key, 'aliases'),
  subtype: (key: string, _: unknown, { view }: { view: GraphView }) =>
    view.graph.getNodeAttribute(key, 'subtype') ?? null,
  wikidata: (key: string, _: unknown, { view }: { view: GraphView }) =>
    view.graph.getNodeAttribute(key, 'wikidata') ?? null,
  evidence: (key: string, args: { first?: number | null }, { view }: { view: GraphView }) =>
    evidenceRows(view.graph.getNodeAttributes(key), pageSize(args.first, 20)),
  relations: (
    key: string,
    args: {
      types?: readonly RelationType[] | null;
      direction?: 'OUT' | 'IN' | 'BOTH' | null;
      first?: number | null;
    },
    { view }: { view: GraphView },
  ) => edgesOf(view, key, args).slice(0, pageSize(args.first, 50)),
  documents: (key: string, _: unknown, { view }: { view: GraphView }) => {
    const table = view.graph.getAttribute('evidence');
    const indices = new Set(
      evidenceRows(view.graph.getNodeAttributes(key)).map((row) => table.documentIndex(row)),
    );
    return [...indices].sort((a, b) => a - b).map((i) => table.documents[i] as DocumentSummary);
  },
};

export const Entity: EntityResolvers = {
  __resolveType: (key, { view }) => view.graph.getNodeAttribute(key, 'type'),
};

export const Person: PersonResolvers = {
  ...entityFields,
  roles: (key, _, { view }) =>
    edgesOf(view, key, { types: ['HOLDS_ROLE', 'HEAD_OF'], direction: 'OUT' }),
  attended: (key, { format }, { view }) =>
    edgesOf(view, key, { types: ['ATTENDED'], direction: 'OUT' }).filter(
      (edge) =>
        !format || view.graph.getNodeAttribute(view.graph.target(edge), 'format') === format,
    ),
  spokeAt: (key, _, { view }) => edgesOf(view, key, { types: ['SPOKE_AT'], direction: 'OUT' }),
  delegations: (key, _, { view }) => {
    const delegations = edgesOf(view, key, { types: ['ATTENDED'], direction: 'OUT' }).map(
      (edge) => view.graph.getEdgeAttribute(edge, 'props').delegation,
    );
    return [...new Set(delegations)].filter(
      (d): d is string => d !== undefined && view.graph.hasNode(d),
    );
  },
  country: (key, _, { view }) => view.countryOfPerson.get(key) ?? null,
  organisations: (key, _, { view }) => [
    ...new Set([
      ...neighboursOf(view, key, AFFILIATIONS, 'OUT', 'Organisation'),
      ...organisationsServed(view.posts, key),
    ]),
  ],
  metWith: (key, _, { view }) => neighboursOf(view, key, ['MET_WITH'], 'BOTH', 'Person'),
};

/** Who serves in the organisation, or represents it. */
export function peopleOf(view: GraphView, org: string): string[] {
  return [
    ...new Set([
      ...peopleServing(view.posts, org),
      ...neighboursOf(view, org, AFFILIATIONS, 'IN', 'Person'),
    ]),
  ];
}

export function eventsOfOrganisation(view: GraphView, org: string): string[] {
  const events = new Set(neighboursOf(view, org, ['PART_OF', 'HELD_IN'], 'BOTH', 'Event'));
  // meetings of the organisation and of its bodies ("session of the SCO Council of Ministers")
  const bodies = new Set([org, ...neighboursOf(view, org, ['PART_OF'], 'IN', 'Organisation')]);
  for (const event of view.byType.Event) {
    const of = view.graph.getNodeAttribute(event, 'organisation');
    if (of !== undefined && bodies.has(of)) events.add(event);
  }
  for (const person of neighboursOf(view, org, AFFILIATIONS, 'IN', 'Person')) {
    for (const event of neighboursOf(view, person, PRESENCE, 'OUT', 'Event')) events.add(event);
  }
  return inViewOrder(view, 'Event', events);
}

export const Organisation: OrganisationResolvers = {
  ...entityFields,
  members: (key, { status }, { view }) =>
    edgesOf(view, key, { types: ['MEMBER_OF'], direction: 'IN' }).filter(
      (edge) => !status || membershipStatus(view, edge) === status,
    ),
  people: (key, _, { view }) => peopleOf(view, key),
  staff: (key, _, { view }) => [...(view.posts.byOrganisation.get(key) ?? [])],
  parent: (key, _, { view }) =>
    neighboursOf(view, key, ['PART_OF'], 'OUT', 'Organisation')[0] ?? null,
  parts: (key, _, { view }) => neighboursOf(view, key, ['PART_OF'], 'IN', 'Organisation'),
  events: (key, _, { view }) => eventsOfOrganisation(view, key),
};

export function eventsInPlace(view: GraphView, place: string): string[] {
  const events = [...placesWithin(view, place)].flatMap((p) =>
    neighboursOf(view, p, ['HELD_IN'], 'IN', 'Event'),
  );
  return inViewOrder(view, 'Event', events);
}

export const Place: PlaceResolvers = {
  ...entityFields,
  locatedIn: (key, _, { view }) =>
    neighboursOf(view, key, ['LOCATED_IN'], 'OUT', 'Place')[0] ?? null,
  country: (key, _, { view }) => countryOfPlace(view, key) ?? null,
  contains: (key, _, { view }) => [...(view.childPlaces.get(key) ?? [])],
  events: (key, _, { view }) => eventsInPlace(view, key),
  people: (key, _, { view }) =>
    view.byType.Person.filter((person) => view.countryOfPerson.get(person) === key),
  memberships: (key, { status }, { view }) =>
    edgesOf(view, key, { types: ['MEMBER_OF'], direction: 'OUT' }).filter(
      (edge) => !status || membershipStatus(view, edge) === status,
    ),
};

/** A landmark is deeper than its city, a city than its country. */
const placeDepth = (view: GraphView, place: string) => placeAncestry(view, place).length;

export const Event: EventResolvers = {
  ...entityFields,
  format: (key, _, { view }) => view.graph.getNodeAttribute(key, 'format') ?? null,
  formatLabel: (key, _, { view }) => {
    const format: EventFormat | undefined = view.graph.getNodeAttribute(key, 'format');
    return (format && FORMAT_LABELS.get(format)) ?? null;
  },
  start: (key, _, { view }) => view.graph.getNodeAttribute(key, 'start') ?? null,
  end: (key, _, { view }) => view.graph.getNodeAttribute(key, 'end') ?? null,
  organisation: (key, _, { view }) => {
    const org = view.graph.getNodeAttribute(key, 'organisation');
    return org !== undefined && view.graph.hasNode(org) ? org : null;
  },
  place: (key, _, { view }) => {
    // the deepest place; among places as deep (a forum in three cities), the one its name gives
    const name = view.graph.getNodeAttribute(key, 'name');
    const named = (place: string) =>
      name.includes(view.graph.getNodeAttribute(place, 'name')) ? 1 : 0;
    const places = neighboursOf(view, key, ['HELD_IN'], 'OUT', 'Place');
    return (
      places.sort((a, b) => placeDepth(view, b) - placeDepth(view, a) || named(b) - named(a))[0] ??
      null
    );
  },
  places: (key, _, { view }) => neighboursOf(view, key, ['HELD_IN'], 'OUT', 'Place'),
  parent: (key, _, { view }) => neighboursOf(view, key, ['PART_OF'], 'OUT', 'Event')[0] ?? null,
  parts: (key, _, { view }) =>
    inViewOrder(view, 'Event', neighboursOf(view, key, ['PART_OF'], 'IN', 'Event')),
  attendees: (key, { delegation }, { view }) => {
    const country = delegation ? requireEntity(view, delegation, 'Place') : undefined;
    return edgesOf(view, key, { types: ['ATTENDED'], direction: 'IN' }).filter(
      (edge) => !country || view.graph.getEdgeAttribute(edge, 'props').delegation === country,
    );
  },
  speakers: (key, _, { view }) => edgesOf(view, key, { types: ['SPOKE_AT'], direction: 'IN' }),
};
