// Titles before names ("le ministre de la Défense Andreï Belousov") and bare role phrases whose
// holder comes from context ("le président biélorusse", "le Président de la Russie").

import { overlapsAny } from '../spans.js';
import type { Mention, RoleMention } from './types.js';
import { matchLexicon } from './lexicon-matcher.js';
import { parseTitle, type CountryFinder, type ParsedTitle } from './parse-title.js';

const HARD_BOUNDARY = /[\n.;:()«»"“”|–—[\]]/u;
const LIST_SPLIT =
  /,\s*|\s+et\s+(?=(?:le|la|les|du|des|de la|son|sa|ses|notre|leur|l[’']|de l[’'])[\s’'])/u;
const MAX_CONTEXT = 220;
const BARE_TITLE =
  /(?:^|[\s(])((?:le |la |l[’']|du |au |son |sa |notre )?(?:président|présidente|premier ministre|homologue|chef de l[’']état|dirigeant))\s+(?:\[?(?:de la |de l[’']|du |des |de |d[’']))?$/i;

export const findCountries: CountryFinder = (phrase) =>
  matchLexicon(phrase, { ignoreCase: true })
    .filter((m) => m.subtype === 'country')
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ country: m.lexiconId ?? '', at: m.start }));

/** The title phrase written just before `start`, bounded by punctuation and list separators. */
export function findLeftContext(
  text: string,
  start: number,
): { readonly start: number; readonly phrase: string } {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !HARD_BOUNDARY.test(text[from - 1] ?? ''))
    from--;
  const chunk = text.slice(from, start);
  const pieces = chunk.split(LIST_SPLIT);
  let phrase = pieces.at(-1) ?? '';
  // "Le chef de cabinet ... et secrétaire de presse du président, Dmitri Peskov": title before a comma
  if (phrase.trim() === '' && pieces.length > 1) phrase = pieces.at(-2) ?? '';
  const at = from + chunk.lastIndexOf(phrase);
  return { start: at + (phrase.length - phrase.trimStart().length), phrase: phrase.trim() };
}

export function findTitleBefore(
  text: string,
  start: number,
): (ParsedTitle & { readonly start: number }) | undefined {
  const context = findLeftContext(text, start);
  if (context.phrase === '') return undefined;
  const parsed = parseTitle(context.phrase, findCountries);
  return parsed ? { ...parsed, start: context.start } : undefined;
}

export function findRoles(text: string, mentions: readonly Mention[]): RoleMention[] {
  const roles: RoleMention[] = [];
  mentions.forEach((mention, index) => {
    if (mention.type !== 'Person' || mention.partial === 'initials') return;
    const title = findTitleBefore(text, mention.start);
    if (title) {
      roles.push({ ...title, start: title.start, end: mention.end, person: index, bare: false });
      return;
    }
    // "les architectes Georgy Zeborsky et Vladimir Korol": the second name shares the title
    const previous = roles.at(-1);
    const previousPerson = previous?.person !== undefined ? mentions[previous.person] : undefined;
    if (
      previous &&
      previousPerson &&
      /^\s+(?:et|and)\s+$/u.test(text.slice(previousPerson.end, mention.start))
    ) {
      roles.push({ ...previous, end: mention.end, person: index });
    }
  });
  return [...roles, ...findBareRoles(text, mentions)];
}

function findBareRoles(text: string, mentions: readonly Mention[]): RoleMention[] {
  const personStarts = mentions.filter((m) => m.type === 'Person').map((m) => m.start);
  return mentions.flatMap((place) => {
    if (place.type !== 'Place' || place.subtype !== 'country' || !place.lexiconId) return [];
    const before = text.slice(Math.max(0, place.start - 60), place.start);
    const title = BARE_TITLE.exec(before);
    if (!title?.[1]) return [];
    const end = text[place.end] === ']' ? place.end + 1 : place.end;
    const next = /^\s{0,2}/u.exec(text.slice(end))?.[0].length ?? 0;
    if (personStarts.includes(end + next)) return [];
    const start = place.start - before.length + title.index + title[0].indexOf(title[1]);
    const parsed = parseTitle(text.slice(start, place.end), findCountries);
    if (!parsed?.principal) return [];
    return [{ ...parsed, start, end, bare: true }];
  });
}

const TWO_NAME_WORDS = /(?<![\p{L}])([A-ZÀ-Ý][\p{Ll}’'-]+)\s+([A-ZÀ-Ý][\p{Ll}’'-]+)(?![\p{L}])/gu;

/** "le ministre de l’Énergie Ivan Petrov": an unknown name made a person by the title before it. */
export function findTitledNames(text: string, mentions: readonly Mention[]): Mention[] {
  // mentions come from selectMentions: sorted by start and free of overlaps
  const taken = (start: number, end: number) => overlapsAny(mentions, start, end);
  return [...text.matchAll(TWO_NAME_WORDS)].flatMap((m) => {
    const end = m.index + m[0].length;
    if (taken(m.index, end) || !findTitleBefore(text, m.index)) return [];
    return [
      {
        start: m.index,
        end,
        surface: m[0],
        type: 'Person' as const,
        rule: 'title-before-name',
        givenName: m[1] ?? '',
        surname: m[2] ?? '',
      },
    ];
  });
}
