// Where and within what: HELD_IN from event places, PART_OF from sub-event headings and visits,
// LOCATED_IN from place chains. Memberships and bodies of organisations: organisation-rules.ts.

import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import { VISIT_FORMATS } from '../lexicon/index.js';
import { assertion, placeKey } from './helpers.js';
import { relatePlacePhrases } from './place-phrase-rules.js';
import type { Assertion, RelateContext } from './types.js';

const PLACE_RANK: Readonly<Record<string, number>> = {
  landmark: 0,
  facility: 0,
  city: 1,
  region: 2,
  country: 3,
};
const CONTAINED_IN =
  /^\s*,?\s*(?:(?:se dresse|se trouve|se situe|est situé|situé|située|located|stands)\s+)?(?:à|en|au|dans|sur|in|at|on)\s+(?:la\s+|le\s+|l[’'])?$/i;
/** "salle Saint-Alexandre du Kremlin", "Alexander Hall of the Grand Kremlin Palace": a facility of
 * the place after it. */
const FACILITY_OF = /^\s+(?:de|du|d[’']|of the|of)\s*$/u;
/** "in Russia’s Far East". */
const POSSESSIVE = /^[’']s\s+$/u;
export function relateEventPlaces(ctx: RelateContext): Assertion[] {
  const { recognised, resolution } = ctx;
  const out: Assertion[] = [];
  for (const event of resolution.entities.values()) {
    if (!event.contextSpan) continue;
    for (const place of event.places) {
      out.push(assertion(ctx, 'HELD_IN', event.key, place, event.contextSpan, 'document-context'));
    }
  }
  recognised.events.forEach((e, i) => {
    const event = resolution.eventEntity[i];
    if (!event) return;
    for (const p of e.places) {
      const place = resolution.mentionEntity[p];
      const span = recognised.mentions[p];
      if (place && span)
        out.push(
          assertion(
            ctx,
            'HELD_IN',
            event,
            place,
            { start: Math.min(e.start, span.start), end: Math.max(e.end, span.end) },
            'event-place',
          ),
        );
    }
  });
  return out;
}

export function relateSubEvents(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.sections.flatMap((section) => {
    const child = resolution.sectionEvent.get(section.index);
    const parent =
      section.parent !== undefined ? resolution.sectionEvent.get(section.parent) : undefined;
    const heading = section.heading;
    if (!child || !parent || !heading) return [];
    return [
      assertion(
        ctx,
        'PART_OF',
        child,
        parent,
        heading.occurrences.at(-1) ?? heading.title,
        'sub-event-heading',
      ),
    ];
  });
}

/** Headed events held in the visited country are part of the visit (the Moscow one is not). */
export function relateVisitParts(ctx: RelateContext): Assertion[] {
  const { resolution, structure } = ctx;
  const countryOf = (key: string) => {
    const e = resolution.entities.get(key);
    return e?.subtype === 'country' ? key : e?.country ? placeKey(e.country) : undefined;
  };
  const visits = [...resolution.entities.values()].filter(
    (e) =>
      e.format !== undefined &&
      VISIT_FORMATS.includes(e.format) &&
      e.section === undefined &&
      e.places.size > 0,
  );
  const out: Assertion[] = [];
  for (const visit of visits) {
    const visited = new Set([...visit.places].map(countryOf));
    for (const [section, key] of resolution.sectionEvent) {
      if (structure.sections[section]?.parent !== undefined) continue;
      const event = resolution.entities.get(key);
      const heading = structure.sections[section]?.heading;
      if (!event || !heading || ![...event.places].some((p) => visited.has(countryOf(p)))) continue;
      out.push(
        assertion(
          ctx,
          'PART_OF',
          key,
          visit.key,
          heading.occurrences.at(-1) ?? heading.title,
          'during-visit',
          {},
          0.7,
        ),
      );
    }
  }
  return out;
}

export function relatePlaceChains(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const places = recognised.mentions
    .map((m, i) => ({ m, key: resolution.mentionEntity[i] }))
    .filter(({ m, key }) => m.type === 'Place' && !m.adjective && key);
  const edges: Assertion[] = [];
  places.forEach(({ m, key }, i) => {
    const first = places[i + 1];
    if (!first) return;
    // "in Russia’s Far East": the region after the possessive is the container
    const owned = places[i + 2];
    const possessive = owned && POSSESSIVE.test(doc.text.slice(first.m.end, owned.m.start));
    const next = possessive ? owned : first;
    if (!key || !next.key || key === next.key) return;
    const inner = PLACE_RANK[resolution.entities.get(key)?.subtype ?? ''] ?? 9;
    const outer = PLACE_RANK[resolution.entities.get(next.key)?.subtype ?? ''] ?? 9;
    const gap = doc.text.slice(m.end, first.m.start);
    // "la salle Saint-Georges du Kremlin", "le parc Patriot de Koubinka"
    const facilityOf =
      resolution.entities.get(key)?.subtype === 'facility' &&
      (outer === PLACE_RANK.city || resolution.entities.get(next.key)?.subtype === 'landmark') &&
      FACILITY_OF.test(gap);
    // "l’offensive du Kremlin en Ukraine": a spot the lexicon puts in another country is not in this one
    const knownCountry = resolution.entities.get(key)?.country;
    const otherCountry =
      resolution.entities.get(next.key)?.subtype === 'country' &&
      knownCountry !== undefined &&
      `place:${knownCountry}` !== next.key;
    if (((inner < outer && CONTAINED_IN.test(gap)) || facilityOf) && !otherCountry)
      edges.push(
        assertion(
          ctx,
          'LOCATED_IN',
          key,
          next.key,
          { start: m.start, end: next.m.end },
          'place-chain',
        ),
      );
  });
  // "aéroport de Minsk", "salle Saint-Alexandre du Kremlin": the place its name ends with
  recognised.mentions.forEach((m, i) => {
    const key = resolution.mentionEntity[i];
    // the lexicon's "Grand Palais du Kremlin" is in the Kremlin its name ends with
    const knownSite = m.type === 'Place' && (m.subtype === 'landmark' || m.subtype === 'facility');
    if (!key || !(FACILITY_RULES.has(m.rule) || knownSite)) return;
    const place = placeNamedLast(m.surface);
    // a site the lexicon knows is only placed in a landmark its name ends with
    if (knownSite && !FACILITY_RULES.has(m.rule) && place?.subtype !== 'landmark') return;
    if (place?.lexiconId && placeKey(place.lexiconId) !== key)
      edges.push(
        assertion(ctx, 'LOCATED_IN', key, placeKey(place.lexiconId), m, 'facility-of-place'),
      );
  });
  return withoutShortcuts([...edges, ...relatePlacePhrases(ctx)]);
}

const FACILITY_RULES = new Set(['facility-pattern', 'landmark-pattern']);

/** The place a facility's name ends with, after "de"/"du"/"d’" ("parc Patriot de Koubinka"). */
function placeNamedLast(surface: string) {
  const last = matchLexicon(surface)
    .filter((c) => c.type === 'Place' && !c.adjective && c.start > 0)
    .at(-1);
  if (!last || last.end !== surface.length) return undefined;
  if (!/(?:de|du|d[’']|des|de la|de l[’'])\s*$/iu.test(surface.slice(0, last.start)))
    return undefined;
  // "Place de l’Europe", "Palais de la Nation": a country or region the whole name is about
  const named = /\s\p{Lu}/u.test(surface.slice(0, last.start));
  return named || last.subtype === 'city' || last.subtype === 'landmark' ? last : undefined;
}

/** Drops A -> C when A -> B -> C is stated too ("Monument ... à Minsk" next to "Place ... à Minsk"). */
function withoutShortcuts(edges: Assertion[]): Assertion[] {
  // each place's containers, once: a long document repeats the same few chains many times
  const containers = new Map<string, Set<string>>();
  for (const e of edges) {
    const known = containers.get(e.source);
    if (known) known.add(e.target);
    else containers.set(e.source, new Set([e.target]));
  }
  const has = (a: string, b: string) => containers.get(a)?.has(b) === true;
  return edges.filter(
    (e) =>
      ![...(containers.get(e.source) ?? [])].some(
        (middle) => middle !== e.target && has(middle, e.target),
      ),
  );
}
