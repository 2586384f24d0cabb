// Assertions in; out, the same with every delegation naming a node, and the entities of sides the
// text implies through their capital ("Damascus was represented by" -> Syria, quoted at that
// sentence). A side it does not imply ("Vladimir Poutine a eu un entretien téléphonique": Russia
// from the lexicon alone, or a leader of a bank by nationality) is no delegation.

import { keyOf } from '../4-resolve/entity-key.js';
import type { ResolvedEntity } from '../4-resolve/types.js';
import { CAPITAL_OF, findLexiconEntry } from '../lexicon/index.js';
import type { Assertion, RelateContext } from './types.js';

export interface ImpliedSides {
  readonly assertions: Assertion[];
  readonly entities: ResolvedEntity[];
}

export function resolveImpliedSides(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): ImpliedSides {
  const known = ctx.resolution.entities;
  const implied = new Map<string, ResolvedEntity>();
  const kept = assertions.map((a) => {
    const side = a.props.delegation;
    if (side === undefined || known.has(side)) return a;
    const entity =
      implied.get(side) ?? (capitalNamedIn(known, side) ? sideEntity(side) : undefined);
    if (!entity) return withoutDelegation(a);
    implied.set(side, entity);
    const { start, end } = a.evidence;
    entity.mentions.push({
      start,
      end,
      surface: ctx.doc.text.slice(start, end),
      rule: 'implied-side',
    });
    return a;
  });
  return { assertions: kept, entities: [...implied.values()] };
}

/** Does the document name the side's capital ("Damascus" for place:syria), its metonym? */
function capitalNamedIn(entities: ReadonlyMap<string, ResolvedEntity>, side: string): boolean {
  const capital = side.startsWith('place:')
    ? CAPITAL_OF.get(side.slice('place:'.length))
    : undefined;
  return capital !== undefined && entities.has(`place:${capital}`);
}

/** "place:syria" -> the lexicon's Syria, as an entity with no mention yet. */
function sideEntity(key: string): ResolvedEntity | undefined {
  const entry = findLexiconEntry(key.slice(key.indexOf(':') + 1));
  if (!entry || entry.type === 'Person' || keyOf(entry.type, entry.id) !== key) return undefined;
  return {
    key,
    type: entry.type,
    name: entry.name,
    ...(entry.subtype ? { subtype: entry.subtype } : {}),
    ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
    aliases: new Set(),
    mentions: [],
    places: new Set(),
  };
}

function withoutDelegation(a: Assertion): Assertion {
  const props = Object.fromEntries(Object.entries(a.props).filter(([k]) => k !== 'delegation'));
  return { ...a, props };
}
