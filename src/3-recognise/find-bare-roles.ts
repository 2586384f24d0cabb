// Role phrases whose holder comes from context: "le président biélorusse", "le Président de la
// Russie" with no name after them. Resolve gives them to the person the document names so.

import { findCountries } from './find-title.js';
import { parseTitle } from './parse-title.js';
import type { Mention, RoleMention } from './types.js';

const BARE_TITLE =
  /(?:^|[\s(])((?:le |la |l[’']|du |au |son |sa |notre )?(?:président|présidente|premier ministre|homologue|chef de l[’']état|dirigeant))\s+(?:\[?(?:de la |de l[’']|du |des |de |d[’']))?$/i;

/** English order: "the | Russian | president", "his Kazakh counterpart", "the Chinese leader". */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:the|his|her|their|its|our)\s+$/i;
const BARE_TITLE_AFTER =
  /^\s+(president|prime minister|premier|leader|head of state|counterpart)(?![\p{L}-])/iu;

/** How far a counterpart's name may stand after its comma: "son homologue kazakh, le vice-Premier ministre X". */
const APPOSITION_REACH = 80;

/** "son homologue turkmène, le vice-président du Cabinet X": the counterpart is X, named after the comma. */
function namedInApposition(
  title: string,
  after: string,
  offset: number,
  personStarts: ReadonlySet<number>,
): boolean {
  if (!/homologue|counterpart/i.test(title) || !after.startsWith(',')) return false;
  const clause = /^[^.;:!?]*/u.exec(after)?.[0] ?? '';
  for (let i = 1; i < clause.length; i++) if (personStarts.has(offset + i)) return true;
  return false;
}

export function findBareRoles(text: string, mentions: readonly Mention[]): RoleMention[] {
  const personStarts = new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.start));
  return mentions.flatMap((place) => {
    if (place.type !== 'Place' || place.subtype !== 'country' || !place.lexiconId) return [];
    if (place.adjective) {
      const english = englishBareRole(text, place, personStarts);
      if (english) return [english];
    }
    const before = text.slice(Math.max(0, place.start - 60), place.start);
    const title = BARE_TITLE.exec(before);
    if (!title?.[1]) return [];
    const end = text[place.end] === ']' ? place.end + 1 : place.end;
    const next = /^\s{0,2}/u.exec(text.slice(end))?.[0].length ?? 0;
    if (personStarts.has(end + next)) return [];
    if (namedInApposition(title[1], text.slice(end, end + APPOSITION_REACH), end, personStarts))
      return [];
    const start = place.start - before.length + title.index + title[0].indexOf(title[1]);
    const parsed = parseTitle(text.slice(start, place.end), findCountries);
    if (!parsed?.principal) return [];
    return [{ ...parsed, start, end, bare: true, heads: false, rule: 'role-phrase' }];
  });
}

/** "the Russian president held talks", not "Russian President Vladimir Putin" (a name follows). */
function englishBareRole(
  text: string,
  place: Mention,
  personStarts: ReadonlySet<number>,
): RoleMention | undefined {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)))
    return undefined;
  const title = BARE_TITLE_AFTER.exec(text.slice(place.end, place.end + 40));
  if (!title) return undefined;
  const end = place.end + title[0].length;
  const next = /^[\s,]{0,3}/u.exec(text.slice(end))?.[0].length ?? 0;
  if (personStarts.has(end + next)) return undefined;
  if (namedInApposition(title[1] ?? '', text.slice(end, end + APPOSITION_REACH), end, personStarts))
    return undefined;
  const parsed = parseTitle(text.slice(place.start, end), findCountries);
  if (!parsed?.principal) return undefined;
  return { ...parsed, start: place.start, end, bare: true, heads: false, rule: 'role-phrase' };
}
