// One ATTENDED assertion with its props: the side (delegation), the role as written nearby, and
// the status or mode the sentence gives ("participera" -> announced, "par visioconférence" -> online).

import { findLexiconEntry } from '../lexicon/index.js';
import { lexiconRole, roleWithBody, roleWithCountry } from './attend-role.js';
import { assertion, countryOfPerson, placeKey, roleMentionOfPerson } from './helpers.js';
import { organisationSideOf } from './organisation-side.js';
import type { Assertion, RelateContext } from './types.js';

export interface AttendOptions {
  readonly delegation?: string;
  readonly status?: string;
  readonly mode?: string;
  readonly journalist?: boolean;
  /** Offset of the person's mention: the nearest title gives the role. */
  readonly near?: number;
}

export function attend(
  ctx: RelateContext,
  person: string,
  event: string,
  span: { start: number; end: number },
  rule: string,
  options: AttendOptions = {},
): Assertion {
  // a leader the lexicon knows keeps their nationality whatever title the text seems to give
  const nationality = findLexiconEntry(person.replace(/^person:/u, ''))?.country;
  const country = options.journalist ? undefined : (nationality ?? countryOfPerson(ctx, person));
  const side = options.delegation ?? country;
  // "le secrétaire général de l’OCS" speaks for the SCO, not for a country
  const delegation = options.journalist
    ? undefined
    : side
      ? placeKey(side)
      : organisationSideOf(ctx, person);
  const nearest = options.journalist
    ? undefined
    : roleMentionOfPerson(ctx, person, options.near ?? span.start);
  // "Macron a rencontré Tokaïev ... le président français": a title of another country is not theirs
  const title =
    nearest?.country && nationality && nearest.country !== nationality ? undefined : nearest;
  const role = options.journalist
    ? 'journalist'
    : (roleWithCountry(title && roleWithBody(ctx, title), country) ?? lexiconRole(ctx, person));
  // an event held by videoconference is attended online
  const online = ctx.resolution.entities.get(event)?.format === 'VIDEOCONFERENCE';
  const mode = options.mode ?? (online ? 'online' : undefined);
  return assertion(ctx, 'ATTENDED', person, event, span, rule, {
    ...(delegation ? { delegation } : {}),
    ...(role ? { role } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(mode ? { mode } : {}),
  });
}

export { lexiconRole, roleWithCountry } from './attend-role.js';
