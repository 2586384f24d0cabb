// Generated from schema.graphql by `npm run codegen`: do not edit.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  NodeKey,
  EdgeKey,
  PostModel,
  EvidenceModel,
  DocumentModel,
  PathModel,
  SubgraphModel,
  IngestResultModel,
  ServerContext,
} from '../model.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An ISO 8601 date or date-time at the precision the text gives: 2024-05-24T14:50, 2024-05-24, 2024-07, 2024, or --12-19 when no year is stated. */
  PartialDateTime: { input: string; output: string };
  /** A calendar date, YYYY-MM-DD (graphql-scalars). */
  Date: { input: Date; output: string };
  /** A date-time with time zone (graphql-scalars). */
  DateTime: { input: Date; output: Date | string };
  /** An absolute URL (graphql-scalars). */
  URL: { input: URL; output: string };
  /** An integer >= 0 (graphql-scalars). */
  NonNegativeInt: { input: number; output: number };
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type Query = {
  __typename?: 'Query';
  /** Entities whose names or aliases match `text`, best first. Folds case, accents and transliteration: 'lukashenko', 'Loukachenko' and 'LUKASHENKO' find the same person; acronyms in any language ('SCO', 'OCS') and words of a name ('Shanghai') find organisations; event formats have English labels ('restricted talks'). After the name matches come the people whose role has the words ('ambassador'). */
  search: Array<Entity>;
  /** One entity by node key (or by name). Null when nothing matches. */
  entity: Maybe<Entity>;
  /** People, sorted by name. */
  people: PersonConnection;
  /** Organisations, sorted by name. */
  organisations: OrganisationConnection;
  /** Places, sorted by name. */
  places: PlaceConnection;
  /** Events, in chronological order (events without a year come last). */
  events: EventConnection;
  /** How two entities are connected: the shortest chain of relations between them (edges followed in either direction), or null when none is at most `maxLength` long. */
  path: Maybe<Path>;
  /** The entities within `depth` relations of one entity, and the relations among them. */
  neighbourhood: Subgraph;
  /** The documents the graph was built from. */
  documents: Array<Document>;
  /** Counts and build information. */
  stats: GraphStats;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
  role?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryPeopleArgs = {
  text?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['ID']['input']>;
  event?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryOrganisationsArgs = {
  text?: InputMaybe<Scalars['String']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  member?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryPlacesArgs = {
  text?: InputMaybe<Scalars['String']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryEventsArgs = {
  format?: InputMaybe<EventFormat>;
  text?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  participant?: InputMaybe<Scalars['ID']['input']>;
  organisation?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * protokol's knowledge graph of Eurasian diplomacy: people, organisations, places and events read
 * from French and English news, linked by typed relations. Every relation carries the sentences it
 * was read from.
 *
 * Arguments typed `ID` that name an entity take its node key (`person:vladimir-putin`, `org:sco`,
 * `place:minsk`) or a name in any spelling the search understands ("Lukashenko", "OCS"): the best
 * search hit of the expected type is used. String and ID arguments hold at most 300 characters.
 */
export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Changes to the graph. Off unless the server has a token (PROTOKOL_TOKEN) and the request carries
 * it as `Authorization: Bearer <token>`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Stores a document under the sources folder (so it is never lost), ingests it and answers what it added. */
  ingestDocument: IngestResult;
};

/**
 * Changes to the graph. Off unless the server has a token (PROTOKOL_TOKEN) and the request carries
 * it as `Authorization: Bearer <token>`.
 */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

/** A document to add. The text is French or English plain text, at most 500,000 characters. */
export type IngestDocumentInput = {
  title: Scalars['String']['input'];
  text: Scalars['String']['input'];
  url?: InputMaybe<Scalars['URL']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** fr or en. */
  language?: InputMaybe<Scalars['String']['input']>;
};

/** What ingesting a document did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  document: Document;
  /** Where the text was stored, relative to the sources folder. */
  file: Scalars['String']['output'];
  /** Entities the document mentions, new or not. */
  mentioned: Scalars['NonNegativeInt']['output'];
  /** Entities that were not in the graph before. */
  addedEntities: Array<Entity>;
  /** Relations that were not in the graph before. */
  addedRelations: Array<Relation>;
};

/** Kinds of entity. */
export type EntityType = 'Person' | 'Organisation' | 'Place' | 'Event';

/** Kinds of relation. Directions: person->event ATTENDED and SPOKE_AT; event->place HELD_IN; sub-event->event and body->body PART_OF; place->place LOCATED_IN; person->country or organisation HOLDS_ROLE, HEAD_OF, REPRESENTS, WORKS_FOR; country->organisation MEMBER_OF; person->person MET_WITH (symmetric). */
export type RelationType =
  | 'ATTENDED'
  | 'SPOKE_AT'
  | 'HOLDS_ROLE'
  | 'HEAD_OF'
  | 'REPRESENTS'
  | 'MEMBER_OF'
  | 'HELD_IN'
  | 'PART_OF'
  | 'LOCATED_IN'
  | 'WORKS_FOR'
  | 'MET_WITH';

/** Which way a relation points from the entity asked about. */
export type Direction =
  /** Relations from this entity. */
  | 'OUT'
  /** Relations to this entity. */
  | 'IN'
  /** Both. */
  | 'BOTH';

/** The format of an event, read from its French or English keywords. */
export type EventFormat =
  | 'RESTRICTED_TALKS'
  | 'EXPANDED_TALKS'
  | 'TALKS'
  | 'NEGOTIATIONS'
  | 'PRESS_CONFERENCE'
  | 'CEREMONY'
  | 'ARRIVAL'
  | 'MEETING'
  | 'SUMMIT'
  | 'FORUM'
  | 'VISIT'
  | 'STATE_VISIT'
  | 'SIGNING'
  | 'PHONE_CALL'
  | 'VIDEOCONFERENCE'
  | 'EXERCISE'
  | 'ANNIVERSARY'
  | 'COMMEMORATION'
  | 'CONFERENCE'
  | 'ELECTION'
  | 'WAR'
  | 'MILITARY_OPERATION'
  | 'INCIDENT'
  | 'TREATY'
  | 'OTHER';

/** Where a country stands with an organisation. */
export type MembershipStatus =
  /** A member state. */
  | 'MEMBER'
  /** Expected to join, or in the process of joining. */
  | 'JOINING';

/** Codes found in `errors[].extensions.code`. */
export type ErrorCode =
  /** An ID or name matched no entity. */
  | 'NOT_FOUND'
  /** An argument is out of range or malformed (for example `first` above 100, or a string argument over 300 characters). */
  | 'BAD_USER_INPUT'
  /** The query is not valid GraphQL. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query does not fit the schema or exceeds the depth or alias limits. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The query would resolve more fields than the server allows: estimated before it runs (about 20,000: a list counts its `first`, or 10 items without one; `extensions.cost` and `extensions.maxCost` say by how much), or counted as it runs, every item of every list (50,000; `extensions.maxFields`). HTTP 400. Ask for a smaller page and follow `pageInfo.endCursor`. */
  | 'QUERY_TOO_COSTLY'
  /** The answer would hold more than 5,000,000 characters of text. HTTP 400. */
  | 'ANSWER_TOO_LARGE'
  /** The query ran longer than the server allows (1.5 s). HTTP 503. */
  | 'REQUEST_TIMEOUT'
  /** The HTTP request itself is wrong: malformed JSON, a mutation over GET, a missing CSRF header. */
  | 'BAD_REQUEST'
  /** A mutation without the server's token. */
  | 'UNAUTHENTICATED'
  /** Mutations are off: the server has no token configured. */
  | 'FORBIDDEN'
  /** A fault of the server; details are logged, not returned, in production. */
  | 'INTERNAL_SERVER_ERROR';

/** A node of the graph: a person, organisation, place or event. */
export type Entity = {
  /** Stable node key, <type>:<slug>, e.g. person:vladimir-putin. */
  id: Scalars['ID']['output'];
  type: EntityType;
  /** Canonical name, in English where the lexicon knows it. */
  name: Scalars['String']['output'];
  /** Every surface form seen in the sources, e.g. Loukachenko, le président biélorusse. */
  aliases: Array<Scalars['String']['output']>;
  /** Finer kind: head_of_state, minister, journalist; international_org, media; country, city; meeting... */
  subtype: Maybe<Scalars['String']['output']>;
  /** Wikidata id, where the lexicon knows it. */
  wikidata: Maybe<Scalars['String']['output']>;
  /** The spans of the sources that mention the entity, in document order. */
  evidence: Array<Evidence>;
  /** The relations of the entity, optionally by type and direction. */
  relations: Array<Relation>;
  /** The documents that mention the entity. */
  documents: Array<Document>;
};

/** A node of the graph: a person, organisation, place or event. */
export type EntityEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A node of the graph: a person, organisation, place or event. */
export type EntityRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person named in the sources. */
export type Person = Entity & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  type: EntityType;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  subtype: Maybe<Scalars['String']['output']>;
  wikidata: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  relations: Array<Relation>;
  documents: Array<Document>;
  /** Roles held (HOLDS_ROLE and HEAD_OF), with the country or organisation they are held at. */
  roles: Array<Role>;
  /** Events attended, with the delegation and role of each attendance. */
  attended: Array<Attendance>;
  /** Events the person spoke at (statements, questions, answers). */
  spokeAt: Array<Attendance>;
  /** Countries whose delegation the person was part of. */
  delegations: Array<Place>;
  /** The person's country: represented, held a role for, or went with the delegation of. */
  country: Maybe<Place>;
  /** Organisations the person works for, heads, holds a role at or (a ministry, a government) serves in by a role of its country. */
  organisations: Array<Organisation>;
  /** People the text says this person met. */
  metWith: Array<Person>;
};

/** A person named in the sources. */
export type PersonEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person named in the sources. */
export type PersonRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person named in the sources. */
export type PersonAttendedArgs = {
  format?: InputMaybe<EventFormat>;
};

/** An organisation: international body, government, ministry, church, media... */
export type Organisation = Entity & {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  type: EntityType;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  subtype: Maybe<Scalars['String']['output']>;
  wikidata: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  relations: Array<Relation>;
  documents: Array<Document>;
  /** Member countries, with their status. */
  members: Array<Membership>;
  /** People who work for, head, hold a role at or represent the organisation, and for a ministry or a government the officials of its country whose role names it (the Minister of Foreign Affairs of Russia serves in the Ministry of Foreign Affairs of Russia and the Government of Russia). */
  people: Array<Person>;
  /** Each post in the organisation: the person, the role and the relation that says so. */
  staff: Array<Post>;
  /** The body this one is part of. */
  parent: Maybe<Organisation>;
  /** Bodies that are part of this one. */
  parts: Array<Organisation>;
  /** Events linked to the organisation, directly or through the people who attended for it, in chronological order. */
  events: Array<Event>;
};

/** An organisation: international body, government, ministry, church, media... */
export type OrganisationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation: international body, government, ministry, church, media... */
export type OrganisationRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation: international body, government, ministry, church, media... */
export type OrganisationMembersArgs = {
  status?: InputMaybe<MembershipStatus>;
};

/** A country, city, region, landmark or facility. */
export type Place = Entity & {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  type: EntityType;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  subtype: Maybe<Scalars['String']['output']>;
  wikidata: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  relations: Array<Relation>;
  documents: Array<Document>;
  /** The place this one is directly inside: as the text says, else as the lexicon knows. */
  locatedIn: Maybe<Place>;
  /** The country this place is in (itself for a country). */
  country: Maybe<Place>;
  /** Places directly inside this one. */
  contains: Array<Place>;
  /** Events held here or in a place inside, in chronological order. */
  events: Array<Event>;
  /** For a country: people of that country (by role, delegation or representation). */
  people: Array<Person>;
  /** For a country: the organisations it belongs to or is joining. */
  memberships: Array<Membership>;
};

/** A country, city, region, landmark or facility. */
export type PlaceEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A country, city, region, landmark or facility. */
export type PlaceRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A country, city, region, landmark or facility. */
export type PlaceMembershipsArgs = {
  status?: InputMaybe<MembershipStatus>;
};

/** Something that happened, or will: talks, a ceremony, a press conference, a summit... */
export type Event = Entity & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  type: EntityType;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  subtype: Maybe<Scalars['String']['output']>;
  wikidata: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  relations: Array<Relation>;
  documents: Array<Document>;
  format: Maybe<EventFormat>;
  /** English label of the format, e.g. 'restricted talks'. */
  formatLabel: Maybe<Scalars['String']['output']>;
  /** When it started, at the precision the text gives. */
  start: Maybe<Scalars['PartialDateTime']['output']>;
  /** When it ended, for events over several days. */
  end: Maybe<Scalars['PartialDateTime']['output']>;
  /** The organisation or body it is a meeting of (a summit of the SCO, a session of its council). */
  organisation: Maybe<Organisation>;
  /** Where it was held: the most specific place. */
  place: Maybe<Place>;
  /** Every place it was held in (a landmark and its city, several cities of a forum). */
  places: Array<Place>;
  /** The event this one is a part of (restricted talks are part of the talks). */
  parent: Maybe<Event>;
  /** Sub-events, in chronological order. */
  parts: Array<Event>;
  /** Who attended, for which delegation, in which role. */
  attendees: Array<Attendance>;
  /** Who spoke (statements, questions, answers). */
  speakers: Array<Attendance>;
};

/** Something that happened, or will: talks, a ceremony, a press conference, a summit... */
export type EventEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something that happened, or will: talks, a ceremony, a press conference, a summit... */
export type EventRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something that happened, or will: talks, a ceremony, a press conference, a summit... */
export type EventAttendeesArgs = {
  delegation?: InputMaybe<Scalars['ID']['input']>;
};

/** A person's presence at an event (ATTENDED or SPOKE_AT), with the evidence. */
export type Attendance = {
  __typename?: 'Attendance';
  person: Person;
  event: Event;
  /** The country whose delegation the person was part of. */
  delegation: Maybe<Place>;
  /** The person's role there, in English: 'Minister of Foreign Affairs', 'journalist'. */
  role: Maybe<Scalars['String']['output']>;
  /** The relation itself. */
  relation: Relation;
  evidence: Array<Evidence>;
};

/** A role held by a person (HOLDS_ROLE or HEAD_OF). */
export type Role = {
  __typename?: 'Role';
  /** The role in English, e.g. 'Minister of Defence'. */
  title: Scalars['String']['output'];
  /** The country or organisation it is held at. */
  of: Maybe<Entity>;
  relation: Relation;
};

/** A person's post in an organisation. */
export type Post = {
  __typename?: 'Post';
  person: Person;
  organisation: Organisation;
  /** The role in English, when the text gives one: 'Minister of Foreign Affairs', 'photographer'. */
  role: Maybe<Scalars['String']['output']>;
  /** What says so: WORKS_FOR, HEAD_OF or HOLDS_ROLE at the organisation, or, for a ministry or a government, the HOLDS_ROLE at its country whose title names it. */
  relation: Relation;
};

/** A country's membership of an organisation (MEMBER_OF). */
export type Membership = {
  __typename?: 'Membership';
  country: Place;
  organisation: Organisation;
  status: MembershipStatus;
  relation: Relation;
};

/** A typed edge of the graph, with everything it was read from. */
export type Relation = {
  __typename?: 'Relation';
  /** Stable edge key: <type>:<source>-><target>. */
  id: Scalars['ID']['output'];
  type: RelationType;
  source: Entity;
  target: Entity;
  /** ATTENDED, SPOKE_AT, HOLDS_ROLE: the role in English. */
  role: Maybe<Scalars['String']['output']>;
  /** ATTENDED: the country whose delegation the person was in. */
  delegation: Maybe<Place>;
  /** MEMBER_OF: member or joining. */
  status: Maybe<MembershipStatus>;
  /** Every property as read, including those above. */
  props: Array<Property>;
  /** Between 0 and 1: how sure the extraction rule is. */
  confidence: Scalars['Float']['output'];
  /** The spans stating the relation, one per document and sentence. */
  evidence: Array<Evidence>;
};

/** A typed edge of the graph, with everything it was read from. */
export type RelationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A name-value property of a relation. */
export type Property = {
  __typename?: 'Property';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A span of a source document that states a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  /** Offset of the first character in the document's decoded text (UTF-16 code units). */
  start: Scalars['NonNegativeInt']['output'];
  /** Offset just after the last character. */
  end: Scalars['NonNegativeInt']['output'];
  /** Exactly the document's text between start and end. */
  quote: Scalars['String']['output'];
  /** The extraction rule that produced the fact. */
  rule: Scalars['String']['output'];
  /** Address of the page the quote comes from: its own section's when the document gathers several pages, else the document's. */
  url: Maybe<Scalars['URL']['output']>;
};

/** A source document. */
export type Document = {
  __typename?: 'Document';
  /** Content hash: stable whatever the file is called. */
  id: Scalars['ID']['output'];
  /** File name in the sources folder. */
  file: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['URL']['output']>;
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** fr or en. */
  language: Scalars['String']['output'];
};

/** A chain of relations between two entities. */
export type Path = {
  __typename?: 'Path';
  /** Number of relations. */
  length: Scalars['NonNegativeInt']['output'];
  /** The entities along the path, from `from` to `to`. */
  entities: Array<Entity>;
  /** The relations along the path, in order; each may point either way. */
  relations: Array<Relation>;
};

/** Part of the graph around an entity. */
export type Subgraph = {
  __typename?: 'Subgraph';
  center: Entity;
  entities: Array<Entity>;
  relations: Array<Relation>;
};

/** Counts and build information. */
export type GraphStats = {
  __typename?: 'GraphStats';
  entities: Scalars['NonNegativeInt']['output'];
  relations: Scalars['NonNegativeInt']['output'];
  documents: Scalars['NonNegativeInt']['output'];
  entitiesByType: Array<TypeCount>;
  relationsByType: Array<TypeCount>;
  /** When the graph was built. */
  builtAt: Scalars['DateTime']['output'];
  /** Version of the extraction rules that built it. */
  extractionVersion: Scalars['String']['output'];
};

/** How many items of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  type: Scalars['String']['output'];
  count: Scalars['NonNegativeInt']['output'];
};

/** Relay pagination state. */
export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
  endCursor: Maybe<Scalars['String']['output']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  /** The people of this page (shortcut for edges.node). */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An organisation and its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  nodes: Array<Place>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A place and its cursor. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An event and its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  IngestDocumentInput: IngestDocumentInput;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  EntityType: EntityType;
  RelationType: RelationType;
  Direction: Direction;
  EventFormat: EventFormat;
  MembershipStatus: MembershipStatus;
  ErrorCode: ErrorCode;
  PartialDateTime: ResolverTypeWrapper<Scalars['PartialDateTime']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Entity: ResolverTypeWrapper<NodeKey>;
  Person: ResolverTypeWrapper<NodeKey>;
  Organisation: ResolverTypeWrapper<NodeKey>;
  Place: ResolverTypeWrapper<NodeKey>;
  Event: ResolverTypeWrapper<NodeKey>;
  Attendance: ResolverTypeWrapper<EdgeKey>;
  Role: ResolverTypeWrapper<EdgeKey>;
  Post: ResolverTypeWrapper<PostModel>;
  Membership: ResolverTypeWrapper<EdgeKey>;
  Relation: ResolverTypeWrapper<EdgeKey>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Property: ResolverTypeWrapper<Property>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Document: ResolverTypeWrapper<DocumentModel>;
  Path: ResolverTypeWrapper<PathModel>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PersonConnection: ResolverTypeWrapper<
    Omit<PersonConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['PersonEdge']>;
      nodes: Array<ResolversTypes['Person']>;
    }
  >;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  OrganisationConnection: ResolverTypeWrapper<
    Omit<OrganisationConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['OrganisationEdge']>;
      nodes: Array<ResolversTypes['Organisation']>;
    }
  >;
  OrganisationEdge: ResolverTypeWrapper<
    Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }
  >;
  PlaceConnection: ResolverTypeWrapper<
    Omit<PlaceConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['PlaceEdge']>;
      nodes: Array<ResolversTypes['Place']>;
    }
  >;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  EventConnection: ResolverTypeWrapper<
    Omit<EventConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['EventEdge']>;
      nodes: Array<ResolversTypes['Event']>;
    }
  >;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  IngestDocumentInput: IngestDocumentInput;
  IngestResult: IngestResultModel;
  PartialDateTime: Scalars['PartialDateTime']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  URL: Scalars['URL']['output'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Entity: NodeKey;
  Person: NodeKey;
  Organisation: NodeKey;
  Place: NodeKey;
  Event: NodeKey;
  Attendance: EdgeKey;
  Role: EdgeKey;
  Post: PostModel;
  Membership: EdgeKey;
  Relation: EdgeKey;
  Float: Scalars['Float']['output'];
  Property: Property;
  Evidence: EvidenceModel;
  Document: DocumentModel;
  Path: PathModel;
  Subgraph: SubgraphModel;
  GraphStats: GraphStats;
  TypeCount: TypeCount;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['PersonEdge']>;
    nodes: Array<ResolversParentTypes['Person']>;
  };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  OrganisationConnection: Omit<OrganisationConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['OrganisationEdge']>;
    nodes: Array<ResolversParentTypes['Organisation']>;
  };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PlaceConnection: Omit<PlaceConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['PlaceEdge']>;
    nodes: Array<ResolversParentTypes['Place']>;
  };
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['EventEdge']>;
    nodes: Array<ResolversParentTypes['Event']>;
  };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
};

export type QueryResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  search?: Resolver<
    Array<ResolversTypes['Entity']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'text' | 'first'>
  >;
  entity?: Resolver<
    Maybe<ResolversTypes['Entity']>,
    ParentType,
    ContextType,
    RequireFields<QueryEntityArgs, 'id'>
  >;
  people?: Resolver<
    ResolversTypes['PersonConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPeopleArgs, 'first'>
  >;
  organisations?: Resolver<
    ResolversTypes['OrganisationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOrganisationsArgs, 'first'>
  >;
  places?: Resolver<
    ResolversTypes['PlaceConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPlacesArgs, 'first'>
  >;
  events?: Resolver<
    ResolversTypes['EventConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryEventsArgs, 'first'>
  >;
  path?: Resolver<
    Maybe<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<QueryPathArgs, 'from' | 'to' | 'maxLength'>
  >;
  neighbourhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighbourhoodArgs, 'id' | 'depth' | 'first'>
  >;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  ingestDocument?: Resolver<
    ResolversTypes['IngestResult'],
    ParentType,
    ContextType,
    RequireFields<MutationIngestDocumentArgs, 'input'>
  >;
};

export type IngestResultResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentioned?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  addedEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  addedRelations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export interface PartialDateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['PartialDateTime'],
  any
> {
  name: 'PartialDateTime';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['NonNegativeInt'],
  any
> {
  name: 'NonNegativeInt';
}

export type EntityResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'],
> = {
  __resolveType: TypeResolveFn<
    'Person' | 'Organisation' | 'Place' | 'Event',
    ParentType,
    ContextType
  >;
};

export type PersonResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<
    Array<ResolversTypes['Evidence']>,
    ParentType,
    ContextType,
    RequireFields<PersonEvidenceArgs, 'first'>
  >;
  relations?: Resolver<
    Array<ResolversTypes['Relation']>,
    ParentType,
    ContextType,
    RequireFields<PersonRelationsArgs, 'direction' | 'first'>
  >;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  attended?: Resolver<
    Array<ResolversTypes['Attendance']>,
    ParentType,
    ContextType,
    Partial<PersonAttendedArgs>
  >;
  spokeAt?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  metWith?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<
    Array<ResolversTypes['Evidence']>,
    ParentType,
    ContextType,
    RequireFields<OrganisationEvidenceArgs, 'first'>
  >;
  relations?: Resolver<
    Array<ResolversTypes['Relation']>,
    ParentType,
    ContextType,
    RequireFields<OrganisationRelationsArgs, 'direction' | 'first'>
  >;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  members?: Resolver<
    Array<ResolversTypes['Membership']>,
    ParentType,
    ContextType,
    Partial<OrganisationMembersArgs>
  >;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<
    Array<ResolversTypes['Evidence']>,
    ParentType,
    ContextType,
    RequireFields<PlaceEvidenceArgs, 'first'>
  >;
  relations?: Resolver<
    Array<ResolversTypes['Relation']>,
    ParentType,
    ContextType,
    RequireFields<PlaceRelationsArgs, 'direction' | 'first'>
  >;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  locatedIn?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  memberships?: Resolver<
    Array<ResolversTypes['Membership']>,
    ParentType,
    ContextType,
    Partial<PlaceMembershipsArgs>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<
    Array<ResolversTypes['Evidence']>,
    ParentType,
    ContextType,
    RequireFields<EventEvidenceArgs, 'first'>
  >;
  relations?: Resolver<
    Array<ResolversTypes['Relation']>,
    ParentType,
    ContextType,
    RequireFields<EventRelationsArgs, 'direction' | 'first'>
  >;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['EventFormat']>, ParentType, ContextType>;
  formatLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDateTime']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDateTime']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  attendees?: Resolver<
    Array<ResolversTypes['Attendance']>,
    ParentType,
    ContextType,
    Partial<EventAttendeesArgs>
  >;
  speakers?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  delegation?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type RoleResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'],
> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type PostResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post'],
> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type MembershipResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = {
  country?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegation?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MembershipStatus']>, ParentType, ContextType>;
  props?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<
    Array<ResolversTypes['Evidence']>,
    ParentType,
    ContextType,
    RequireFields<RelationEvidenceArgs, 'first'>
  >;
};

export type PropertyResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type DocumentResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path'],
> = {
  length?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type SubgraphResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats'],
> = {
  entities?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relationsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  builtAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extractionVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeCountResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount'],
> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['PersonConnection'] =
    ResolversParentTypes['PersonConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['OrganisationConnection'] =
    ResolversParentTypes['OrganisationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['OrganisationEdge'] =
    ResolversParentTypes['OrganisationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PlaceConnectionResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['PlaceConnection'] =
    ResolversParentTypes['PlaceConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type EventConnectionResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['EventConnection'] =
    ResolversParentTypes['EventConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type EventEdgeResolvers<
  ContextType = ServerContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ServerContext> = {
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  PartialDateTime?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  URL?: GraphQLScalarType;
  NonNegativeInt?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
};
