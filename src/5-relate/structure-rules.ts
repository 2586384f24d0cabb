// Where and within what: HELD_IN from event places, PART_OF from sub-event headings and visits,
// LOCATED_IN from place chains. Memberships and bodies of organisations: organisation-rules.ts.

import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import { VISIT_FORMATS } from '../lexicon/index.js';
import { assertion, placeKey } from './helpers.js';
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
    const next = places[i + 1];
    if (!next || !key || !next.key || key === next.key) return;
    const inner = PLACE_RANK[resolution.entities.get(key)?.subtype ?? ''] ?? 9;
    const outer = PLACE_RANK[resolution.entities.get(next.key)?.subtype ?? ''] ?? 9;
    if (inner < outer && CONTAINED_IN.test(doc.text.slice(m.end, next.m.start)))
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
  // "aéroport de Minsk": the facility lies in the city its name gives
  recognised.mentions.forEach((m, i) => {
    const key = resolution.mentionEntity[i];
    if (m.rule !== 'facility-pattern' || !key) return;
    const city = matchLexicon(m.surface).find((c) => c.type === 'Place' && !c.adjective);
    if (city?.lexiconId)
      edges.push(
        assertion(ctx, 'LOCATED_IN', key, placeKey(city.lexiconId), m, 'facility-of-city'),
      );
  });
  return withoutShortcuts(edges);
}

/** Drops A -> C when A -> B -> C is stated too ("Monument ... à Minsk" next to "Place ... à Minsk"). */
function withoutShortcuts(edges: Assertion[]): Assertion[] {
  const has = (a: string, b: string) => edges.some((e) => e.source === a && e.target === b);
  return edges.filter(
    (e) =>
      !edges.some(
        (mid) => mid.source === e.source && mid.target !== e.target && has(mid.target, e.target),
      ),
  );
}
