// Small shared pieces of the relation rules: evidence, countries of people, mentions in a span.

import type { Mention, RoleMention } from '../3-recognise/types.js';
import { spanAt } from '../spans.js';
import type { RelationType } from '../types.js';
import { isGenericRole, tellingRolesFirst } from './role-strength.js';
import type { Assertion, RelateContext } from './types.js';

export function assertion(
  ctx: RelateContext,
  type: RelationType,
  source: string,
  target: string,
  span: { start: number; end: number },
  rule: string,
  props: Record<string, string> = {},
  confidence = 0.9,
): Assertion {
  const start = Math.max(0, span.start);
  const end = Math.min(ctx.doc.text.length, span.end);
  const cleaned = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== ''));
  return {
    type,
    source,
    target,
    props: cleaned,
    confidence,
    evidence: { doc: ctx.doc.id, start, end, rule },
  };
}

/** The country a person speaks for: their title's country, else the lexicon's nationality. */
export function countryOfPerson(ctx: RelateContext, personKey: string): string | undefined {
  return titledCountries(ctx).get(personKey) ?? ctx.resolution.entities.get(personKey)?.country;
}

const TITLED_COUNTRIES = new WeakMap<RelateContext['resolution'], Map<string, string>>();

/** Each person's first titled country, computed once per document. */
function titledCountries(ctx: RelateContext): Map<string, string> {
  let countries = TITLED_COUNTRIES.get(ctx.resolution);
  if (!countries) {
    countries = new Map();
    const holders = ctx.resolution.roleHolder;
    ctx.recognised.roles.forEach((r, i) => {
      const holder = holders[i];
      if (holder && r.country && r.role !== 'journalist' && !countries?.has(holder)) {
        countries?.set(holder, r.country);
      }
    });
    TITLED_COUNTRIES.set(ctx.resolution, countries);
  }
  return countries;
}

export function roleOfPerson(
  ctx: RelateContext,
  personKey: string,
  near?: number,
): string | undefined {
  return roleMentionOfPerson(ctx, personKey, near)?.role;
}

/** The title of a person that tells most, the nearest to `near` among equals; `accept` leaves
 * out titles the caller knows are not theirs. */
export function roleMentionOfPerson(
  ctx: RelateContext,
  personKey: string,
  near?: number,
  accept: (role: RoleMention) => boolean = () => true,
): RoleMention | undefined {
  const own =
    ownRoles(ctx)
      .get(personKey)
      ?.filter(({ r }) => accept(r)) ?? [];
  const best =
    near === undefined
      ? own[0]
      : [...own].sort(
          (a, b) =>
            Number(isGenericRole(a.r.role)) - Number(isGenericRole(b.r.role)) ||
            Math.abs(a.r.start - near) - Math.abs(b.r.start - near),
        )[0];
  return best?.r;
}

type OwnRole = { readonly r: RoleMention; readonly i: number };
const OWN_ROLES = new WeakMap<
  RelateContext['resolution'],
  ReadonlyMap<string, readonly OwnRole[]>
>();

/** Each person's own titles (not bare ones), telling ones first, once per document. */
function ownRoles(ctx: RelateContext): ReadonlyMap<string, readonly OwnRole[]> {
  let byPerson = OWN_ROLES.get(ctx.resolution);
  if (!byPerson) {
    const found = new Map<string, OwnRole[]>();
    ctx.recognised.roles.forEach((r, i) => {
      const holder = ctx.resolution.roleHolder[i];
      if (!holder || r.bare) return;
      const list = found.get(holder) ?? [];
      list.push({ r, i });
      found.set(holder, list);
    });
    byPerson = new Map(
      [...found].map(([k, list]) => [k, tellingRolesFirst(list, ({ r }) => r.role)]),
    );
    OWN_ROLES.set(ctx.resolution, byPerson);
  }
  return byPerson;
}

export const placeKey = (countryId: string) => `place:${countryId}`;

type PersonMention = { readonly mention: Mention; readonly key: string };

const PERSON_INDEX = new WeakMap<RelateContext['resolution'], readonly PersonMention[]>();

/** The document's resolved person mentions sorted by start (credits left out), built once per document. */
function personIndex(ctx: RelateContext): readonly PersonMention[] {
  let index = PERSON_INDEX.get(ctx.resolution);
  if (!index) {
    index = ctx.recognised.mentions
      .flatMap((mention, i) => {
        const key = ctx.resolution.mentionEntity[i];
        // a credit ("AFP/IVAN PETROV - Le président …") names no one the sentence is about
        return mention.type === 'Person' && key && mention.rule !== 'credit-name'
          ? [{ mention, key }]
          : [];
      })
      .sort((a, b) => a.mention.start - b.mention.start);
    PERSON_INDEX.set(ctx.resolution, index);
  }
  return index;
}

/** Items of `sorted` (by start) lying within [start, end): a binary search, then a walk. */
export function itemsWithin<T>(
  sorted: readonly T[],
  spanOf: (item: T) => { readonly start: number; readonly end: number },
  start: number,
  end: number,
): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(sorted[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i] as T;
    const span = spanOf(item);
    if (span.start >= end) break;
    if (span.end <= end) out.push(item);
  }
  return out;
}

/** Person mentions lying within [start, end), in text order. */
export function personMentionsIn(ctx: RelateContext, start: number, end: number): PersonMention[] {
  return itemsWithin(personIndex(ctx), (p) => p.mention, start, end);
}

/** Person mentions of a span that are not photo credits ("Photo : Pavel Bedniakov, RIA Novosti"). */
export function attendeesIn(ctx: RelateContext, start: number, end: number) {
  const text = ctx.doc.text.slice(start, end);
  const credit = /Photo\s*:/u.exec(text);
  const limit = credit ? start + credit.index : end;
  return personMentionsIn(ctx, start, limit);
}

/** The speaker whose turn holds `offset` ("j’ai rencontré Mr. Raïssi" -> Lukashenko). */
export function speakerAt(
  ctx: RelateContext,
  offset: number,
): { readonly mention: Mention; readonly key: string } | undefined {
  const { structure } = ctx;
  const segment = spanAt(structure.segments, offset);
  const turn =
    segment?.kind === 'speaker-turn'
      ? segment
      : segment?.turn !== undefined
        ? structure.segments[segment.turn]
        : undefined;
  return turn?.label ? personMentionsIn(ctx, turn.label.start, turn.label.end).at(-1) : undefined;
}
