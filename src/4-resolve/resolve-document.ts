// Mentions -> entities for one document: people (resolve-people), organisations and places
// (lexicon id or pattern name), role phrases (holder from the document, else the lexicon),
// and events (resolve-events.ts).

import type { DocumentStructure } from '../2-segment/types.js';
import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import type { Mention, RecognisedDocumentLike } from '../3-recognise/types.js';
import { LEXICON_ENTRIES, findLexiconEntry, type LexiconEntry } from '../lexicon/index.js';
import type { EntityType, SourceDocument } from '../types.js';
import { englishLandmarkName } from './landmark-name.js';
import { foldName, slugify } from './normalise.js';
import { personKey, resolvePeople } from './resolve-people.js';
import { keyOf } from './entity-key.js';
import { findDocumentContext, resolveEvents } from './resolve-events.js';
import type { Resolution, ResolvedEntity } from './types.js';

export { keyOf } from './entity-key.js';
export { sectionOfOffset } from './resolve-events.js';

const LEXICON_BY_NAME = new Map<string, LexiconEntry>(
  LEXICON_ENTRIES.flatMap((e) =>
    [e.name, ...e.aliases].map((a) => [`${e.type}|${foldName(a)}`, e] as const),
  ),
);
const FACILITY_NAMES: Readonly<Record<string, string>> = {
  aéroport: 'Airport',
  gare: 'Railway Station',
  port: 'Port',
  'centrale nucléaire': 'Nuclear Power Plant',
};

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
    // "IPA CIS Council": the CIS inside "IPA CIS" is no mention of its own
    const maximal = inner.filter(
      (c) => !inner.some((d) => d !== c && d.start <= c.start && d.end >= c.end),
    );
    for (const c of maximal) {
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

  const context = findDocumentContext(doc.text, recognised, doc.publishedAt);
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

/** "aéroport de Minsk" -> "Minsk Airport"; "Monument de la Victoire" -> "Victory Monument". */
function patternName(m: Mention): string {
  if (m.rule === 'facility-pattern') {
    const [, noun = '', city = ''] =
      /^(aéroport|gare|port|centrale nucléaire)(?: international)?\s+(?:de|d[’'])\s*(.+)$/u.exec(
        m.surface,
      ) ?? [];
    const cityName = LEXICON_BY_NAME.get(`Place|${foldName(city)}`)?.name ?? city;
    return `${cityName} ${FACILITY_NAMES[noun] ?? noun}`;
  }
  const written = m.surface.replace(/^(?:le|la|les|l[’'])\s*/i, '');
  return englishLandmarkName(written) ?? written;
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
        .filter((r) => r.role === role && (r.from ?? '') <= when && when <= (r.to ?? '9999'))
        .map((r) => ({ e, r })),
    )
    .sort((a, b) => (b.r.from ?? '').localeCompare(a.r.from ?? ''));
  return holders2[0] ? personKey(holders2[0].e.id) : undefined;
}
