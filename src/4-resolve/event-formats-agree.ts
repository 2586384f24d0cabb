// Do two event formats name one event? "la visite d’État" then "cette visite": yes, and the
// merged event keeps the more specific format (STATE_VISIT over VISIT).

import { FORMAT_FAMILIES } from '../lexicon/index.js';
import type { EventFormat } from '../types.js';

const FAMILY_OF = new Map<EventFormat, readonly EventFormat[]>(
  FORMAT_FAMILIES.flatMap((family) => family.map((f) => [f, family] as const)),
);

export function formatsAgree(a: EventFormat | undefined, b: EventFormat): boolean {
  if (a === b) return true;
  return a !== undefined && (FAMILY_OF.get(a)?.includes(b) ?? false);
}

/** The more specific of two agreeing formats: the one listed first in its family. */
export function moreSpecificFormat(a: EventFormat, b: EventFormat): EventFormat {
  const family = FAMILY_OF.get(a);
  if (!family || !family.includes(b)) return a;
  return family.indexOf(a) <= family.indexOf(b) ? a : b;
}
