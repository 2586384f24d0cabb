// Mentions -> entities for one document: people (resolve-people), organisations and places
// (lexicon id or pattern name), role phrases (holder from the document, else the lexicon),
// and events (headings, then anchored references, then references that corefer).

import type { DocumentStructure } from '../2-segment/types.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { determinerBefore } from '../3-recognise/find-events.js';
import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import type { EventMention, Mention, RecognisedDocumentLike } from '../3-recognise/types.js';
import {
  FORMAT_LABELS,
  LEXICON_ENTRIES,
  VISIT_FORMATS,
  findLexiconEntry,
  type LexiconEntry,
} from '../lexicon/index.js';
import type { EntityType, EventFormat, SourceDocument, Span } from '../types.js';
import { formatsAgree, moreSpecificFormat } from './event-formats-agree.js';
import { foldName, slugify } from './normalise.js';
import { personKey, resolvePeople } from './resolve-people.js';
import type { Resolution, ResolvedEntity } from './types.js';

const TYPE_PREFIX: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Organisation: 'org',
  Place: 'place',
  Event: 'event',
};
const LEXICON_BY_NAME = new Map<string, LexiconEntry>(
  LEXICON_ENTRIES.flatMap((e) =>
    [e.name, ...e.aliases].map((a) => [`${e.type}|${foldName(a)}`, e] as const),
  ),
);
/** Formats that stand on their own even when the phrase gives no date or place ("les exercices conjoints"). */
const STANDALONE_FORMATS = new Set<EventFormat>([
  'VISIT',
  'STATE_VISIT',
  'PHONE_CALL',
  'VIDEOCONFERENCE',
  'EXERCISE',
  'SUMMIT',
  'FORUM',
  'ANNIVERSARY',
  'COMMEMORATION',
  'ELECTION',
  'WAR',
  'MILITARY_OPERATION',
  'TREATY',
]);
/** Formats a news report is about: in a document without headings they make its main events. */
const REPORTED_FORMATS = new Set<EventFormat>([
  'MEETING',
  'TALKS',
  'PRESS_CONFERENCE',
  'NEGOTIATIONS',
  'SIGNING',
]);
const FACILITY_NAMES: Readonly<Record<string, string>> = {
  aéroport: 'Airport',
  gare: 'Railway Station',
  port: 'Port',
  'centrale nucléaire': 'Nuclear Power Plant',
};

export function keyOf(type: EntityType, slug: string): string {
  return `${TYPE_PREFIX[type]}:${slug}`;
}

export function resolveDocument(
  doc: SourceDocument,
  structure: DocumentStructure,
  recognised: RecognisedDocumentLike,
): Resolution {
  const { mentions, roles, events } = recognised;
  const entities = new Map<string, ResolvedEntity>();
  const ensure = (key: string, type: EntityType, name: string): ResolvedEntity => {
    let entity = entities.get(key);
    if (!entity) {
      entity = { key, type, name, aliases: new Set(), mentions: [], places: new Set() };
      entities.set(key, entity);
    }
    return entity;
  };
  const note = (entity: ResolvedEntity, start: number, end: number, rule: string) => {
    const surface = doc.text.slice(start, end);
    entity.aliases.add(surface);
    entity.mentions.push({ start, end, surface, rule });
  };

  // "État fédéré de la Russie et de la Biélorussie": the member countries are mentioned too
  const noteNamedMembers = (m: Mention) => {
    const inner = matchLexicon(m.surface).filter(
      (c) =>
        c.lexiconId &&
        !c.adjective &&
        ((c.subtype === 'country' && m.subtype !== 'media') ||
          (c.type === 'Organisation' &&
            c.lexiconId !== m.lexiconId &&
            c.surface !== m.surface &&
            /\p{Ll}/u.test(m.surface))),
    );
    for (const c of inner) {
      const country = findLexiconEntry(c.lexiconId as string);
      if (country)
        note(
          ensure(keyOf(country.type, country.id), country.type, country.name),
          m.start + c.start,
          m.start + c.end,
          'member-in-name',
        );
    }
  };
  // "Conseil des chefs d’État de l’OCS": the SCO is mentioned too (within), and so are countries
  function resolveNamed(m: Mention): string {
    const lexicon = m.lexiconId
      ? findLexiconEntry(m.lexiconId)
      : LEXICON_BY_NAME.get(`${m.type}|${foldName(m.canonical ?? m.surface)}`);
    const name = lexicon?.name ?? m.canonical ?? patternName(m);
    const key = keyOf(m.type, lexicon?.id ?? slugify(name));
    const entity = ensure(key, m.type, name);
    if (lexicon) applyLexicon(entity, lexicon);
    else if (m.subtype) entity.subtype = m.subtype;
    if (m.country && !entity.country) entity.country = m.country;
    note(entity, m.start, m.end, m.rule);
    if (m.type === 'Organisation') noteNamedMembers(m);
    if (m.within && m.within.type === 'Organisation') resolveNamed(m.within);
    return key;
  }
  const people = resolvePeople(mentions);
  const mentionEntity: (string | undefined)[] = mentions.map((m, i) => {
    if (m.type === 'Person') {
      const key = people.mentionKey[i];
      if (!key) return undefined;
      const lexicon = findLexiconEntry(key.slice('person:'.length));
      const entity = ensure(key, 'Person', lexicon?.name ?? people.names.get(key) ?? m.surface);
      if (lexicon) applyLexicon(entity, lexicon);
      if (m.subtype && !entity.subtype) entity.subtype = m.subtype;
      note(entity, m.start, m.end, m.rule);
      return key;
    }
    return resolveNamed(m);
  });

  const roleHolder = roles.map((role) =>
    role.person !== undefined ? mentionEntity[role.person] : undefined,
  );
  roles.forEach((role, i) => {
    if (!role.bare) return;
    const holder = findRoleHolder(role.role, roles, roleHolder, entities, doc.publishedAt);
    if (!holder) return;
    roleHolder[i] = holder;
    const entity = entities.get(holder);
    if (entity) note(entity, role.start, role.end, 'role-phrase');
  });
  for (const [i, role] of roles.entries()) {
    const entity = roleHolder[i] ? entities.get(roleHolder[i] as string) : undefined;
    if (entity && !entity.subtype) entity.subtype = role.subtype;
    if (entity && !entity.country && role.country) entity.country = role.country;
  }

  const context = findDocumentContext(doc.text, recognised);
  const { eventEntity, sectionEvent } = resolveEvents(
    doc,
    structure,
    events,
    context,
    mentionEntity,
    entities,
    ensure,
    note,
  );
  return { entities, mentionEntity, roleHolder, eventEntity, sectionEvent };
}

function applyLexicon(entity: ResolvedEntity, lexicon: LexiconEntry): void {
  entity.name = lexicon.name;
  if (lexicon.subtype) entity.subtype = lexicon.subtype;
  if (lexicon.wikidata) entity.wikidata = lexicon.wikidata;
  if (lexicon.country) entity.country = lexicon.country;
}

/** "aéroport de Minsk" -> "Minsk Airport"; "Monument de la Victoire" stays as written. */
function patternName(m: Mention): string {
  if (m.rule === 'facility-pattern') {
    const [, noun = '', city = ''] =
      /^(aéroport|gare|port|centrale nucléaire)(?: international)?\s+(?:de|d[’'])\s*(.+)$/u.exec(
        m.surface,
      ) ?? [];
    const cityName = LEXICON_BY_NAME.get(`Place|${foldName(city)}`)?.name ?? city;
    return `${cityName} ${FACILITY_NAMES[noun] ?? noun}`;
  }
  return m.surface.replace(/^(?:le|la|les|l[’'])\s*/i, '');
}

/** "le président biélorusse": whoever the document names with that role, else the lexicon's holder. */
function findRoleHolder(
  role: string,
  roles: RecognisedDocumentLike['roles'],
  holders: readonly (string | undefined)[],
  entities: ReadonlyMap<string, ResolvedEntity>,
  date?: string,
): string | undefined {
  const named = roles.findIndex((r, i) => !r.bare && r.role === role && holders[i]);
  if (named >= 0) return holders[named];
  const when = date ?? '9999';
  const holders2 = LEXICON_ENTRIES.filter(
    (e) => e.type === 'Person' && entities.has(personKey(e.id)),
  )
    .flatMap((e) =>
      (e.roles ?? [])
        .filter((r) => r.role === role && (r.from ?? '') <= when)
        .map((r) => ({ e, r })),
    )
    .sort((a, b) => (b.r.from ?? '').localeCompare(a.r.from ?? ''));
  return holders2[0] ? personKey(holders2[0].e.id) : undefined;
}

type Ensure = (key: string, type: EntityType, name: string) => ResolvedEntity;
type Note = (entity: ResolvedEntity, start: number, end: number, rule: string) => void;

function resolveEvents(
  doc: SourceDocument,
  structure: DocumentStructure,
  events: readonly EventMention[],
  context: DocumentContext | undefined,
  mentionEntity: readonly (string | undefined)[],
  entities: Map<string, ResolvedEntity>,
  ensure: Ensure,
  note: Note,
) {
  const eventEntity: (string | undefined)[] = events.map(() => undefined);
  const sectionEvent = new Map<number, string>();
  const docEvents: ResolvedEntity[] = [];
  const placeKeys = (e: EventMention) =>
    e.places.map((i) => mentionEntity[i]).filter((k): k is string => k !== undefined);
  const countryOf = (placeKey: string) =>
    entities.get(placeKey)?.country ??
    (entities.get(placeKey)?.subtype === 'country' ? placeKey.slice('place:'.length) : undefined);
  const addAliases = (entity: ResolvedEntity, e: EventMention) => {
    note(entity, e.start, e.end, e.rule);
    const det = determinerBefore(doc.text, e.start);
    for (const end of [...(e.shorter ?? []), e.end]) {
      entity.aliases.add(doc.text.slice(e.start, end));
      if (det) entity.aliases.add(doc.text.slice(e.start - det.length, end));
    }
    const keyword = /^\S+(?:\s+(?:de|d[’'])\s*presse|\s+restreinte?s?|\s+élargie?s?)?/u.exec(
      e.surface,
    )?.[0];
    if (keyword && keyword !== e.surface) entity.aliases.add(keyword);
  };
  const create = (e: EventMention, section?: number): ResolvedEntity => {
    const places = placeKeys(e);
    const date = e.date ? formatPartialDate(e.date) : undefined;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    const placeName = places[0] ? entities.get(places[0])?.name : undefined;
    const label = FORMAT_LABELS.get(e.format) ?? e.format.toLowerCase();
    const orgName = org ? entities.get(org)?.name : undefined;
    const name =
      [
        capitalise(label),
        orgName ? `of ${orgName}` : '',
        placeName
          ? `${VISIT_FORMATS.includes(e.format) || e.format === 'ARRIVAL' ? 'to' : 'in'} ${placeName}`
          : '',
      ]
        .filter(Boolean)
        .join(' ') + (date ? `, ${date}` : '');
    const discriminator = date || placeName || orgName ? '' : doc.id.slice(0, 8);
    const key = keyOf(
      'Event',
      slugify([date, placeName, orgName, label, discriminator].filter(Boolean).join(' ')),
    );
    const entity = ensure(key, 'Event', name);
    entity.format = e.format;
    entity.subtype = e.format.toLowerCase();
    if (date) entity.start = date;
    if (e.endDate) entity.end = formatPartialDate(e.endDate);
    for (const p of places) entity.places.add(p);
    if (org) entity.organisation = org;
    if (section !== undefined) entity.section = section;
    docEvents.push(entity);
    return entity;
  };
  const compatible = (entity: ResolvedEntity, e: EventMention) => {
    if (!formatsAgree(entity.format, e.format)) return false;
    const date = e.date ? formatPartialDate(e.date) : undefined;
    if (date && entity.start && !entity.start.startsWith(date) && !date.startsWith(entity.start))
      return false;
    const org = e.organisation !== undefined ? mentionEntity[e.organisation] : undefined;
    if (org && entity.organisation && org !== entity.organisation) return false;
    const countries = placeKeys(e).map(countryOf);
    const existing = [...entity.places].map(countryOf);
    return (
      countries.length === 0 || existing.length === 0 || countries.some((c) => existing.includes(c))
    );
  };

  const createInContext = (e: EventMention, context: DocumentContext | undefined) => {
    if (!context) return create(e);
    const entity = create({ ...e, date: context.date, places: context.places });
    if (context.places.length > 0) entity.contextSpan = context.span;
    return entity;
  };

  // 1. headings: one event per section
  events.forEach((e, i) => {
    if (e.headingOf === undefined) return;
    const entity = create(e, e.headingOf);
    sectionEvent.set(e.headingOf, entity.key);
    for (const occurrence of structure.sections[e.headingOf]?.heading?.occurrences ?? []) {
      const offset =
        e.start - (structure.sections[e.headingOf]?.heading?.occurrences.at(-1)?.start ?? e.start);
      if (occurrence.start + offset !== e.start)
        note(
          entity,
          occurrence.start + offset,
          occurrence.start + offset + (e.end - e.start),
          'event-heading',
        );
    }
    addAliases(entity, e);
    eventEntity[i] = entity.key;
  });
  // 2. anchored references: merge with a compatible event of the document, else a new event
  events.forEach((e, i) => {
    if (e.headingOf !== undefined || !e.anchored || e.plural) return;
    const family = sectionFamily(structure, sectionOfOffset(structure, e.start));
    const target =
      (e.otherOccurrence
        ? undefined
        : docEvents.find(
            (d) => compatible(d, e) && (d.section === undefined || family.has(d.section)),
          )) ?? create(e);
    for (const p of placeKeys(e)) target.places.add(p);
    if (!target.start && e.date) target.start = formatPartialDate(e.date);
    if (target.format) {
      target.format = moreSpecificFormat(target.format, e.format);
      target.subtype = target.format.toLowerCase();
    }
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  // 3. references without anchor: the section's own event or a document event of that format
  const headed = sectionEvent.size > 0;
  events.forEach((e, i) => {
    if (e.headingOf !== undefined || e.anchored || e.plural) return;
    const section = sectionOfOffset(structure, e.start);
    const family = sectionFamily(structure, section);
    const sectionPlaces = new Set(
      [...(entities.get(sectionEvent.get(section) ?? '')?.places ?? [])].map(countryOf),
    );
    const sameFormat = (d: ResolvedEntity) => formatsAgree(d.format, e.format);
    const target =
      docEvents.find((d) => sameFormat(d) && d.section === section) ??
      docEvents.find((d) => sameFormat(d) && d.section !== undefined && family.has(d.section)) ??
      docEvents.find(
        (d) =>
          sameFormat(d) &&
          d.section === undefined &&
          (sectionPlaces.size === 0 || [...d.places].some((p) => sectionPlaces.has(countryOf(p)))),
      ) ??
      docEvents.find((d) => sameFormat(d) && d.section === undefined) ??
      (STANDALONE_FORMATS.has(e.format) || (!headed && REPORTED_FORMATS.has(e.format))
        ? createInContext(e, context && !headed ? context : undefined)
        : undefined);
    if (!target) return;
    addAliases(target, e);
    eventEntity[i] = target.key;
  });
  return { eventEntity, sectionEvent };
}

const CONTEXT_CHARS = 800;

interface DocumentContext {
  readonly date: NonNullable<EventMention['date']>;
  readonly places: readonly number[];
  /** From the date to the place. */
  readonly span: Span;
}

/** A report without headings: its first "le 19 décembre à Minsk" dates and places its events. */
function findDocumentContext(
  text: string,
  recognised: RecognisedDocumentLike,
): DocumentContext | undefined {
  const date = recognised.dates.find((d) => d.start < CONTEXT_CHARS && d.date.day !== undefined);
  if (!date) return undefined;
  const place = recognised.mentions.findIndex(
    (m) =>
      m.type === 'Place' &&
      !m.adjective &&
      m.start >= date.end &&
      /^\s*,?\s*(?:à|en|in)\s+$/u.test(text.slice(date.end, m.start)),
  );
  const placeEnd = recognised.mentions[place]?.end;
  return {
    date: date.date,
    places: place >= 0 ? [place] : [],
    span: { start: date.start, end: placeEnd ?? date.end },
  };
}

export function sectionOfOffset(structure: DocumentStructure, offset: number): number {
  let found = 0;
  for (const s of structure.segments) {
    if (s.start > offset) break;
    found = s.section;
  }
  return found;
}

/** The section, its parent, its children and its siblings: where "la conférence de presse" may point. */
function sectionFamily(structure: DocumentStructure, section: number): Set<number> {
  const parent = structure.sections[section]?.parent;
  const root = parent ?? section;
  return new Set(
    structure.sections
      .filter((s) => s.index === root || s.parent === root)
      .map((s) => s.index)
      .filter((i) => i > 0),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
