// The side of a person who speaks for an organisation rather than a country: "le secrétaire
// général de l’OCS Zhang Ming" attends for the SCO. Only bodies of no country count (a ministry
// is its country's side), read once per document from the titles, else from the lexicon's office.

import { findLexiconEntry } from '../lexicon/index.js';
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
  return organisationSides(ctx).get(person) ?? lexiconOrganisationSide(ctx, person);
}

/** The lexicon's current office of a person, when it is of an international body (the SCO). */
function lexiconOrganisationSide(ctx: RelateContext, person: string): string | undefined {
  const office = currentOffice(ctx, person);
  const body = office ? findLexiconEntry(office.of) : undefined;
  const key = body ? `org:${body.id}` : undefined;
  // only a body the document names can be a side it reports
  const named = key !== undefined && ctx.resolution.entities.has(key);
  return named && body?.subtype === 'international_org' ? key : undefined;
}

/**
 * A person whose current office the lexicon gives as one of a state ("President" of Kazakhstan)
 * speaks for the state even when the text also names them chair of a body ("président en exercice
 * de la CEI").
 */
export function servesAState(ctx: RelateContext, person: string): boolean {
  const office = currentOffice(ctx, person);
  return office !== undefined && findLexiconEntry(office.of)?.type === 'Place';
}

function currentOffice(ctx: RelateContext, person: string) {
  const when = ctx.doc.publishedAt ?? '9999-12-31';
  const roles = findLexiconEntry(person.replace(/^person:/u, ''))?.roles ?? [];
  return roles.find((r) => (r.from ?? '') <= when && (!r.to || r.to >= when));
}
