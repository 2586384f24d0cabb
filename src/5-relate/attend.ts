// One ATTENDED assertion with its props: the side (delegation), the role as written nearby, and
// the status or mode the sentence gives ("participera" -> announced, "par visioconférence" -> online).

import { TITLES, findLexiconEntry } from '../lexicon/index.js';
import { assertion, countryOfPerson, placeKey, roleOfPerson } from './helpers.js';
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

// "President" said of a Kazakh is "President of Kazakhstan"
const COUNTRY_ROLES = new Set(TITLES.filter((t) => t.takesCountry).map((t) => t.role));

/** The role with its country when the title takes one and the text left it out. */
export function roleWithCountry(role: string | undefined, country: string | undefined) {
  if (!role || !country || !COUNTRY_ROLES.has(role)) return role;
  const name = findLexiconEntry(country)?.name;
  return name ? `${role} of ${name}` : role;
}

/** The lexicon's role of a known person on the document's date: "Vladimir Putin" -> President of Russia. */
export function lexiconRole(ctx: RelateContext, person: string): string | undefined {
  const when = ctx.doc.publishedAt ?? '9999-12-31';
  const roles = findLexiconEntry(person.replace(/^person:/u, ''))?.roles ?? [];
  return roles.find((r) => (r.from ?? '') <= when && (!r.to || r.to >= when))?.role;
}

export function attend(
  ctx: RelateContext,
  person: string,
  event: string,
  span: { start: number; end: number },
  rule: string,
  options: AttendOptions = {},
): Assertion {
  const country = options.journalist ? undefined : countryOfPerson(ctx, person);
  const side = options.delegation ?? country;
  // "le secrétaire général de l’OCS" speaks for the SCO, not for a country
  const delegation = options.journalist
    ? undefined
    : side
      ? placeKey(side)
      : organisationSideOf(ctx, person);
  const role = options.journalist
    ? 'journalist'
    : (roleWithCountry(roleOfPerson(ctx, person, options.near ?? span.start), country) ??
      lexiconRole(ctx, person));
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
