// One ATTENDED assertion with its props: the side (delegation), the role as written nearby, and
// the status or mode the sentence gives ("participera" -> announced, "par visioconférence" -> online).

import type { RoleMention } from '../3-recognise/types.js';
import { findLexiconEntry } from '../lexicon/index.js';
import { isVagueTitle, lexiconRole, roleWithBody, roleWithCountry } from './attend-role.js';
import { assertion, countryOfPerson, placeKey, roleMentionOfPerson } from './helpers.js';
import { organisationSideOf, servesAState } from './organisation-side.js';
import type { Assertion, RelateContext } from './types.js';

export interface AttendOptions {
  readonly delegation?: string;
  readonly status?: string;
  readonly mode?: string;
  readonly journalist?: boolean;
  /** Offset of the person's mention: the nearest title gives the role. */
  readonly near?: number;
  /** The text says they chaired or hosted the event: "chair; President of Uzbekistan". An
   * arrival or a welcome given for them makes them its guest: "guest", their office being told
   * by HOLDS_ROLE. */
  readonly duty?: 'chair' | 'host' | 'guest';
}

/** "l’ancien président", "the former Prime Minister", "l’ex-ministre": a past office. */
const FORMER = /(?:^|[\s’'])(?:ancien|ancienne|anciens|former|ex|feu)[\s-]*$/iu;
const before = (ctx: RelateContext, r: RoleMention) =>
  ctx.doc.text.slice(Math.max(0, r.start - 12), r.start);

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
  // "le secrétaire général de l’OCS" speaks for the SCO, not for the country of his passport
  const body = servesAState(ctx, person) ? undefined : organisationSideOf(ctx, person);
  const side = options.delegation ?? (body ? undefined : country);
  const delegation = options.journalist ? undefined : side ? placeKey(side) : body;
  // "Macron a rencontré Tokaïev ... le président français": a title of another country is not
  // theirs; "l’ancien président russe" is no role they hold now
  const current = (r: RoleMention) =>
    !(r.country && nationality && r.country !== nationality) && !FORMER.test(before(ctx, r));
  const title = options.journalist
    ? undefined
    : roleMentionOfPerson(ctx, person, options.near ?? span.start, current);
  const written = roleWithCountry(title && roleWithBody(ctx, title), country);
  // "le dirigeant chinois" at an event is the President of China when the lexicon knows him
  const known = lexiconRole(ctx, person);
  const held = options.journalist
    ? 'journalist'
    : isVagueTitle(title)
      ? (roleWithCountry(known, country) ?? written)
      : (written ?? known);
  const role =
    options.duty === 'guest'
      ? 'guest'
      : options.duty
        ? [options.duty, held].filter(Boolean).join('; ')
        : held;
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
