// The side of a person who speaks for an organisation rather than a country: "le secrétaire
// général de l’OCS Zhang Ming" attends for the SCO. Only bodies of no country count (a ministry
// is its country's side), read once per document from the titles.

import type { RelateContext } from './types.js';

const SIDES = new WeakMap<RelateContext['resolution'], ReadonlyMap<string, string>>();

/** Person key -> key of the organisation their title names, when that body has no country. */
function organisationSides(ctx: RelateContext): ReadonlyMap<string, string> {
  let sides = SIDES.get(ctx.resolution);
  if (!sides) {
    const found = new Map<string, string>();
    const { roleHolder, mentionEntity, entities } = ctx.resolution;
    ctx.recognised.roles.forEach((role, i) => {
      const holder = roleHolder[i];
      const body = role.organisation === undefined ? undefined : mentionEntity[role.organisation];
      if (!holder || !body || role.country || found.has(holder)) return;
      const entity = entities.get(body);
      if (entity?.type === 'Organisation' && !entity.country) found.set(holder, body);
    });
    sides = found;
    SIDES.set(ctx.resolution, sides);
  }
  return sides;
}

export function organisationSideOf(ctx: RelateContext, person: string): string | undefined {
  return organisationSides(ctx).get(person);
}
