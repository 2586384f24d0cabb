// The people a span names: person mentions and bare titles whose holder is known ("le président
// biélorusse", "les deux présidents" for the last two leaders named, "les cinq dirigeants" for the
// last five), once each, in text order, leaving out quoted speech and photo credits.

import type { RoleMention } from '../3-recognise/types.js';
import { findCountryOfAdjective } from '../lexicon/index.js';
import {
  AIDE_OF,
  BOTH_LEADERS,
  COUNTRIES_DESCRIPTION_EN,
  COUNTRIES_DESCRIPTION_FR,
  FIRST_COUNTRY_LINK,
  GROUP_DESCRIPTION,
  GROUP_SIZES,
  LEADERS_OF_COUNTRIES,
  MINISTERS_DESCRIPTION,
  NEXT_COUNTRY_LINK,
  PAIR_DESCRIPTION,
} from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { itemsWithin, personMentionsIn } from './helpers.js';
import { previousPair } from './meeting-pair.js';
import { anyMatches, quotedSpans } from './patterns.js';
import type { RelateContext } from './types.js';

export interface Participant {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const CREDIT = /(?:Photo|Crédit photo)\s*:/u;
const GROUP = new RegExp(wholeWords(GROUP_DESCRIPTION), 'gi');
const PAIR = new RegExp(wholeWords(PAIR_DESCRIPTION), 'gi');
const MINISTERS = new RegExp(wholeWords(MINISTERS_DESCRIPTION), 'giu');
const BOTH = new RegExp(wholeWords(BOTH_LEADERS), 'gi');
const BY_COUNTRIES_FR = new RegExp(wholeWords(COUNTRIES_DESCRIPTION_FR), 'giu');
const BY_COUNTRIES_EN = new RegExp(wholeWords(COUNTRIES_DESCRIPTION_EN), 'giu');
const LEADERS_OF = new RegExp(wholeWords(LEADERS_OF_COUNTRIES), 'giu');
const MAY_NAME_GROUP = anyMatches([
  GROUP,
  PAIR,
  MINISTERS,
  BOTH,
  BY_COUNTRIES_FR,
  BY_COUNTRIES_EN,
  LEADERS_OF,
]);
const FIRST_LINK = new RegExp(`^${FIRST_COUNTRY_LINK}$`, 'iu');
const NEXT_LINK = new RegExp(`^${NEXT_COUNTRY_LINK}$`, 'iu');
const AIDE_BEFORE = new RegExp(`(?<![\\p{L}])${AIDE_OF}`, 'iu');
/** How far back the office before a bare title may start ("le conseiller spécial du "). */
const AIDE_REACH = 40;
const LEADING_OF = /^(?:du|de la|de l[’']|of the|to the)\s*/iu;
const GOVERNMENT_TITLES = /premiers? ministres|prime ministers/iu;
const LEADER_SUBTYPES: ReadonlySet<string> = new Set(['head_of_state', 'head_of_government']);
/** How far back "les deux présidents" looks for the two it means. */
const GROUP_REACH = 4000;

/** The last `count` leaders named before `offset`: who "les deux présidents" are; none when the
 * text has named fewer. */
export function lastLeaders(ctx: RelateContext, offset: number, count: number): string[] {
  const keys: string[] = [];
  const from = Math.max(0, offset - GROUP_REACH);
  // "a rencontré son homologue turc. ... les deux dirigeants": bare titles count as named
  const before = [
    ...personMentionsIn(ctx, from, offset).map(({ mention, key }) => ({ at: mention.start, key })),
    ...itemsWithin(bareRoles(ctx), (r) => r.role, from, offset).map((r) => ({
      at: r.role.start,
      key: r.holder,
    })),
  ].sort((a, b) => a.at - b.at);
  for (let i = before.length - 1; i >= 0 && keys.length < count; i--) {
    const key = (before[i] as { key: string }).key;
    const subtype = ctx.resolution.entities.get(key)?.subtype ?? '';
    if (LEADER_SUBTYPES.has(subtype) && !keys.includes(key)) keys.push(key);
  }
  return keys.length === count ? keys : [];
}

/** The two leaders of a bilateral report, when exactly two are named before `offset`. */
export function bilateralLeaders(ctx: RelateContext, offset: number): string[] {
  const two = lastLeaders(ctx, offset, 2);
  return two.length === 2 && lastLeaders(ctx, offset, 3).length === 0 ? two : [];
}

/** The one leader of the document from that country ("russia" -> Vladimir Putin), if one. */
function leaderOf(ctx: RelateContext, country: string | undefined, government: boolean) {
  const subtype = government ? 'head_of_government' : 'head_of_state';
  const found = [...ctx.resolution.entities.values()].filter(
    (e) => e.type === 'Person' && e.country === country && e.subtype === subtype,
  );
  return country && found.length === 1 ? found[0]?.key : undefined;
}

/** The countries named one after another from `from`: "de Russie et de Mongolie", "Russia,
 * China and India" (their lexicon ids, and where the last ends). */
function countriesFrom(ctx: RelateContext, from: number): { countries: string[]; end: number } {
  const text = ctx.doc.text;
  const places = ctx.recognised.mentions
    .filter((m) => m.type === 'Place' && !m.adjective && m.subtype === 'country' && m.lexiconId)
    .filter((m) => m.start >= from && m.start < from + 200)
    .sort((a, b) => a.start - b.start);
  const countries: string[] = [];
  let end = from;
  for (const place of places) {
    if (place.start < end) continue;
    const link = countries.length === 0 ? FIRST_LINK : NEXT_LINK;
    if (!link.test(text.slice(end, place.start))) break;
    countries.push(place.lexiconId as string);
    end = place.end;
  }
  return { countries, end };
}

/** The groups a span describes ("les cinq dirigeants", "les présidents chinois et russe", "les
 * présidents de Russie et de Mongolie"), each
 * with the leaders it means (none unless each is known). */
export function groupsIn(ctx: RelateContext, start: number, end: number) {
  const text = ctx.doc.text.slice(start, end);
  if (!MAY_NAME_GROUP(text)) return [];
  // "the two leaders" of talks between a president and a vice-premier: the pair of the talks
  const pairAt = (at: number) => previousPair(ctx, at, (from, to) => namedIn(ctx, from, to));
  const counted = [
    ...[...text.matchAll(GROUP)].map((m) => ({
      m,
      count: GROUP_SIZES[(m[1] ?? '').toLowerCase()],
    })),
    ...[...text.matchAll(BOTH)].map((m) => ({ m, count: 2 })),
  ].map(({ m, count = 0 }) => {
    const at = start + m.index;
    const leaders = lastLeaders(ctx, at, count);
    // "signed by the two Presidents, Mr. X and Mr. Y": the names follow, no pair of before
    const named = isNamedAfter(ctx, at + m[0].length);
    const keys = leaders.length === 0 && count === 2 && !named ? pairAt(at) : leaders;
    return { start: at, end: at + m[0].length, keys };
  });
  // "Les deux ministres ont ensuite tenu une conférence de presse": the pair of the talks before
  const pairs = [...text.matchAll(PAIR)].map((m) => {
    const at = start + m.index;
    return { start: at, end: at + m[0].length, keys: pairAt(at) };
  });
  // "les ministres ont signé" after "X a eu des entretiens avec Y": the two, when both are ministers
  const ministers = [...text.matchAll(MINISTERS)].map((m) => {
    const at = start + m.index;
    const pair = pairAt(at);
    const both = pair.every((k) => ctx.resolution.entities.get(k)?.subtype === 'minister');
    return { start: at, end: at + m[0].length, keys: both ? pair : [] };
  });
  const byCountries = [
    ...[...text.matchAll(BY_COUNTRIES_FR)].map((m) => ({
      m,
      title: m[1],
      adjectives: [m[2], m[3]],
    })),
    ...[...text.matchAll(BY_COUNTRIES_EN)].map((m) => ({
      m,
      title: m[3],
      adjectives: [m[1], m[2]],
    })),
  ].map(({ m, title, adjectives }) => {
    const government = GOVERNMENT_TITLES.test(title ?? '');
    const keys = adjectives.map((a) => leaderOf(ctx, findCountryOfAdjective(a ?? ''), government));
    const known = keys.every((k) => k !== undefined) && keys[0] !== keys[1];
    const at = start + m.index;
    return { start: at, end: at + m[0].length, keys: known ? (keys as string[]) : [] };
  });
  const byCountryNames = [...text.matchAll(LEADERS_OF)].flatMap((m) => {
    const at = start + m.index;
    const { countries, end: last } = countriesFrom(ctx, at + m[0].length);
    if (countries.length < 2) return [];
    const government = GOVERNMENT_TITLES.test(m[1] ?? m[2] ?? '');
    const keys = countries.map((c) => leaderOf(ctx, c, government));
    const known = keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
    return [{ start: at, end: last, keys: known ? (keys as string[]) : [] }];
  });
  return [...counted, ...pairs, ...ministers, ...byCountries, ...byCountryNames];
}

/** "the two Presidents, | Mr. Tebboune": a person named in apposition right after `at`. */
const APPOSITION = /^\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.\s*)?$/u;
function isNamedAfter(ctx: RelateContext, at: number): boolean {
  const next = personMentionsIn(ctx, at, at + 80)[0];
  return next !== undefined && APPOSITION.test(ctx.doc.text.slice(at, next.mention.start));
}

const BARE_ROLES = new WeakMap<
  RelateContext['resolution'],
  readonly { role: RoleMention; holder: string }[]
>();

/** Bare titles with a known person as holder, sorted by start, once per document. */
function bareRoles(ctx: RelateContext): readonly { role: RoleMention; holder: string }[] {
  let roles = BARE_ROLES.get(ctx.resolution);
  if (!roles) {
    roles = ctx.recognised.roles
      .flatMap((role, i) => {
        const holder = ctx.resolution.roleHolder[i];
        const entity = holder ? ctx.resolution.entities.get(holder) : undefined;
        // "le dirigeant chinois" is no Russian, whoever was named last
        const otherCountry = !!role.country && !!entity?.country && role.country !== entity.country;
        return role.bare && holder && entity?.type === 'Person' && !otherCountry
          ? [{ role, holder }]
          : [];
      })
      .sort((a, b) => a.role.start - b.role.start);
    BARE_ROLES.set(ctx.resolution, roles);
  }
  return roles;
}

/** "le conseiller | du président russe": the title of the one an aide serves (the role may
 * start on its "du"). */
function isAidesTitle(text: string, role: RoleMention): boolean {
  const lead = LEADING_OF.exec(text.slice(role.start, role.end))?.[0].length ?? 0;
  const at = role.start + lead;
  return AIDE_BEFORE.test(text.slice(Math.max(0, at - AIDE_REACH), at));
}

/** The people a span names by name or bare title, before any group, in text order. */
function namedIn(ctx: RelateContext, start: number, end: number): Participant[] {
  const found: Participant[] = personMentionsIn(ctx, start, end).map(({ mention, key }) => ({
    key,
    start: mention.start,
    end: mention.end,
  }));
  for (const { role, holder } of itemsWithin(bareRoles(ctx), (r) => r.role, start, end))
    if (!isAidesTitle(ctx.doc.text, role))
      found.push({ key: holder, start: role.start, end: role.end });
  return found.sort((a, b) => a.start - b.start);
}

export function participantsIn(ctx: RelateContext, start: number, end: number): Participant[] {
  const text = ctx.doc.text.slice(start, end);
  const credit = CREDIT.exec(text);
  const limit = credit ? start + credit.index : end;
  const quotes = quotedSpans(text);
  const inQuote = (at: number) => quotes.some((q) => at - start >= q.start && at - start < q.end);
  const found = namedIn(ctx, start, limit);
  for (const group of groupsIn(ctx, start, end))
    for (const key of group.keys) found.push({ key, start: group.start, end: group.end });
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((p) => !inQuote(p.start) && !seen.has(p.key) && seen.add(p.key));
}
