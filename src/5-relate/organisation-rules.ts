// Organisations among themselves: MEMBER_OF from names that list members, a speaker's "notre
// adhésion" and membership sentences (membership-rules.ts),
// PART_OF from a body written with its organisation ("Conseil d’État suprême de l’État fédéré").

import { matchLexicon } from '../3-recognise/lexicon-matcher.js';
import type { Mention } from '../3-recognise/types.js';
import { keyOf } from '../4-resolve/resolve-document.js';
import { ORGANISATION_PARENTS } from '../lexicon/organisation-parents.js';
import { wholeWords } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import type { Span } from '../types.js';
import { assertion, placeKey, speakerAt } from './helpers.js';
import { relateMembershipSentences } from './membership-rules.js';
import type { Assertion, RelateContext } from './types.js';

const JOINING = new RegExp(
  `${wholeWords('deviendra|devient|deviendront')}[^.;]{0,40}${wholeWords('membre')}|${wholeWords('adhérer à|adhésion à|joindrons à|joindre à|rejoindre|will join|joining')}`,
  'i',
);

export function relateMemberships(ctx: RelateContext): Assertion[] {
  return [
    ...relateMembersInName(ctx),
    ...relateSpeakerJoining(ctx),
    ...relateMembershipSentences(ctx),
  ];
}

/** "État fédéré de la Russie et de la Biélorussie": members named in the organisation's name. */
function relateMembersInName(ctx: RelateContext): Assertion[] {
  const out: Assertion[] = [];
  for (const org of ctx.resolution.entities.values()) {
    if (org.type !== 'Organisation' || org.subtype !== 'international_org') continue;
    for (const m of org.mentions) {
      const named = matchLexicon(m.surface).filter((c) => c.subtype === 'country' && !c.adjective);
      if (named.length >= 2)
        for (const c of named)
          out.push(
            assertion(ctx, 'MEMBER_OF', placeKey(c.lexiconId ?? ''), org.key, m, 'members-in-name'),
          );
    }
  }
  return out;
}

/** "notre adhésion à l’OCS" said by a speaker: the speaker's country is joining. */
function relateSpeakerJoining(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const out: Assertion[] = [];
  recognised.mentions.forEach((m, i) => {
    const org = resolution.mentionEntity[i];
    if (m.type !== 'Organisation' || !org) return;
    if (resolution.entities.get(org)?.subtype !== 'international_org') return;
    const before = doc.text.slice(Math.max(0, m.start - 90), m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
    if (!JOINING.test(clause) || !/\b(?:nous|notre|nos)\b/i.test(clause)) return;
    const member = countryOfSpeakerAt(ctx, m.start);
    if (member)
      out.push(
        assertion(
          ctx,
          'MEMBER_OF',
          placeKey(member),
          org,
          { start: m.start - clause.length, end: m.end },
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
  const out: Assertion[] = relateNamedWithin(ctx);
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

/** "Conseil des chefs d’État de l’OCS" (one mention): the body is part of the organisation within. */
function relateNamedWithin(ctx: RelateContext): Assertion[] {
  const { recognised, resolution } = ctx;
  const keyAt = new Map<string, string>();
  for (const entity of resolution.entities.values())
    if (entity.type === 'Organisation')
      for (const m of entity.mentions) keyAt.set(`${m.start}:${m.end}`, entity.key);
  const out: Assertion[] = [];
  // "Parliamentary Assembly of the Belarus-Russia Union State": a lexicon body naming its parent
  // each parent's mentions sorted once: a long document names the same body thousands of times
  const sortedMentions = new Map<string, readonly Span[]>();
  const mentionsOf = (key: string, mentions: readonly Span[]) => {
    let sorted = sortedMentions.get(key);
    if (!sorted)
      sortedMentions.set(key, (sorted = [...mentions].sort((a, b) => a.start - b.start)));
    return sorted;
  };
  const parentInName = (m: Mention, key: string) => {
    const parent = m.lexiconId ? ORGANISATION_PARENTS[m.lexiconId] : undefined;
    const named = parent ? resolution.entities.get(keyOf('Organisation', parent)) : undefined;
    if (named && hasSpanWithin(mentionsOf(named.key, named.mentions), m))
      out.push(assertion(ctx, 'PART_OF', key, named.key, m, 'parent-in-name'));
  };
  recognised.mentions.forEach((m, i) => {
    const key = resolution.mentionEntity[i];
    if (!key || m.type !== 'Organisation') return;
    parentInName(m, key);
    for (let body = m, bodyKey = key; body.within; body = body.within) {
      const within = body.within;
      const parent = keyAt.get(`${within.start}:${within.end}`);
      if (within.type !== 'Organisation' || !parent) break;
      out.push(assertion(ctx, 'PART_OF', bodyKey, parent, body, 'body-named-within'));
      parentInName(within, parent);
      bodyKey = parent;
    }
  });
  const seen = new Set<string>();
  return out.filter(
    (a) => !seen.has(`${a.source}>${a.target}`) && seen.add(`${a.source}>${a.target}`),
  );
}

/** Does one of these spans (sorted by start) lie within `outer`? */
function hasSpanWithin(sorted: readonly Span[], outer: Span): boolean {
  for (let i = firstStartingFrom(sorted, outer.start); i < sorted.length; i += 1) {
    const span = sorted[i] as Span;
    if (span.start > outer.end) return false;
    if (span.end <= outer.end) return true;
  }
  return false;
}
