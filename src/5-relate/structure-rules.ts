// Where and within what: HELD_IN from event places, PART_OF from sub-event headings, visits and
// "Conseil ... de l’État fédéré", LOCATED_IN from place chains, MEMBER_OF from membership phrases.

import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import { wholeWords } from '../patterns.js';
import { assertion, placeKey, speakerAt } from './helpers.js';
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
const JOINING = new RegExp(
  `${wholeWords('deviendra|devient|deviendront')}[^.;]{0,40}${wholeWords('membre')}|${wholeWords('adhérer à|adhésion à|joindrons à|joindre à|rejoindre|will join|joining')}`,
  'i',
);

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
    (e) => e.format === 'VISIT' && e.section === undefined && e.places.size > 0,
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

export function relateMemberships(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const out: Assertion[] = [];
  recognised.mentions.forEach((m, i) => {
    const org = resolution.mentionEntity[i];
    if (
      m.type !== 'Organisation' ||
      !org ||
      resolution.entities.get(org)?.subtype !== 'international_org'
    )
      return;
    // "État fédéré de la Russie et de la Biélorussie": members named in the organisation's name
    const named = matchLexicon(m.surface).filter((c) => c.subtype === 'country' && !c.adjective);
    if (named.length >= 2)
      for (const c of named)
        out.push(
          assertion(ctx, 'MEMBER_OF', placeKey(c.lexiconId ?? ''), org, m, 'members-in-name', {
            status: 'member',
          }),
        );
    // "la Biélorussie deviendra le 10ème pays membre de l’OCS", "notre adhésion à l’OCS"
    const before = doc.text.slice(Math.max(0, m.start - 90), m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
    if (!JOINING.test(clause)) return;
    const clauseStart = m.start - clause.length;
    const country = recognised.mentions
      .filter(
        (c) =>
          c.type === 'Place' &&
          c.subtype === 'country' &&
          !c.adjective &&
          c.start >= clauseStart &&
          c.end <= m.start,
      )
      .at(-1);
    const speakerCountry = /\b(?:nous|notre|nos)\b/i.test(clause)
      ? countryOfSpeakerAt(ctx, m.start)
      : undefined;
    const member = country?.lexiconId ?? speakerCountry;
    if (member)
      out.push(
        assertion(
          ctx,
          'MEMBER_OF',
          placeKey(member),
          org,
          { start: country?.start ?? clauseStart, end: m.end },
          'joining-phrase',
          { status: 'joining' },
        ),
      );
  });
  return out;
}

function countryOfSpeakerAt(ctx: RelateContext, offset: number): string | undefined {
  const speaker = speakerAt(ctx, offset);
  return speaker ? ctx.resolution.entities.get(speaker.key)?.country : undefined;
}

/** "Conseil d’État suprême de l’État fédéré": a body of the organisation it is written with. */
export function relateBodies(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const out: Assertion[] = [];
  recognised.mentions.forEach((m, i) => {
    const next = recognised.mentions[i + 1];
    const body = resolution.mentionEntity[i];
    const whole = resolution.mentionEntity[i + 1];
    if (!next || !body || !whole || m.type !== 'Organisation' || next.type !== 'Organisation')
      return;
    if (!['governing_body', 'ministry'].includes(resolution.entities.get(body)?.subtype ?? ''))
      return;
    if (/^\s*(?:de la|de l[’']|du|de)\s*$/u.test(doc.text.slice(m.end, next.start)))
      out.push(
        assertion(
          ctx,
          'PART_OF',
          body,
          whole,
          { start: m.start, end: next.end },
          'body-of-organisation',
        ),
      );
  });
  return out;
}
