// Titles around names -> role mentions: before the name ("le ministre de la Défense Andreï
// Belousov"), after it ("Mikhaïl Michoustine, Premier ministre"), shared over a list ("les Premiers
// ministres X d'Arménie, Y du Cambodge et Z du Népal", each with the country after the name).

import { overlapsAny } from '../spans.js';
import { findBareRoles } from './find-bare-roles.js';
import { findLineTitle, findListHeaderRole } from './list-header-roles.js';
import { counterpartRole, isCounterpartForm } from './counterpart-role.js';
import { findRoleOrganisation } from './find-role-organisation.js';
import { findRolePlace } from './role-place.js';
import { locateAlso, withoutOwnWords } from './paired-titles.js';
import { distributeListCountries } from './list-title-countries.js';
import { findLexiconEntry } from '../lexicon/index.js';
import { findTitleAfter, findTitleBefore, type FoundTitle } from './find-title.js';
import type { Mention, RoleMention } from './types.js';

export { findCountries, findLeftContext, findTitleBefore } from './find-title.js';

/** "President", "Vice-President" as English writes them (French writes "président"). */
const ENGLISH_PRESIDENT = /(?:^|\s)(?:first\s+)?(?:vice[\s-]+)?president$/iu;
/** Between two names of one list: "," | "et" | "and", after the first name's country if any. */
const LIST_GAP = /^\s*(?:,\s*(?:et\s+|and\s+)?|et\s+|and\s+|;\s*)$/u;
const COUNTRY_TAIL =
  /^[ \t\u00a0]*(?:\(\s*)?(?:de la |de l['’]|du |des |de |d['’]|of the |of |from )?$/u;

export function findRoles(text: string, mentions: readonly Mention[]): RoleMention[] {
  const roles: RoleMention[] = [];
  const organisations = mentions.filter((m) => m.type === 'Organisation');
  let listTitle: { role: RoleMention; end: number; countryFirst: boolean } | undefined;
  const bareRoles = findBareRoles(text, mentions);
  mentions.forEach((mention, index) => {
    if (mention.type !== 'Person' || mention.partial === 'initials') return;
    const tail = countryAfter(text, mentions, index);
    const end = tail?.end ?? mention.end;
    const floor = previousPersonEnd(mentions, index);
    const before =
      findTitleBefore(text, mention.start, { floor }) ??
      findTitleBeforeBracket(text, mentions, index);
    const found = before
      ? { ...before, rule: 'title-before-name', start: before.start, end: mention.start }
      : findTitleAfter(text, end, nextPersonStart(mentions, index));
    if (found) {
      const read = roleOf(text, found, index, mentions, organisations, tail?.country);
      // "son homologue kazakh": the subject's role, of the counterpart's country
      const role = isCounterpartForm(found.form)
        ? counterpartRole(
            read,
            ...subjectOf(roles, mentions, index, bareRoles, found.start),
            mention,
          )
        : read;
      // "membre du Bureau politique ... et directeur du Bureau général": each title names its body
      const others: RoleMention[] = [];
      let from = found.titleEnd;
      const shared = withoutOwnWords(found);
      for (const other of found.also ?? []) {
        const at = locateAlso(text, from, found.end, other.form);
        if (at) from = at.titleEnd;
        const also = { ...shared, ...other, titleEnd: at?.titleEnd ?? found.titleEnd };
        others.push(roleOf(text, also, index, mentions, organisations, tail?.country, at?.start));
      }
      // "membre de la délégation russe": a member of no body holds no role; offices come first
      const held = [role, ...others]
        .filter((r) => !r.ofBodyOnly || r.organisation !== undefined)
        .sort((a, b) => Number(a.ofBodyOnly ?? false) - Number(b.ofBodyOnly ?? false));
      if (held.length > 0) {
        roles.push(...held);
        // "le Premier ministre chinois Li Qiang et Mikhaïl Michoustine": one title, one holder
        const countryFirst = countryItemBefore(text, mentions, index) !== undefined;
        listTitle =
          isPluralTitle(found.form) && held.includes(role)
            ? { role, end, countryFirst }
            : undefined;
        return;
      }
    }
    // "les ambassadeurs du Népal, X, de l'Algérie, Y": each name after its own country
    const countryOfItem = listTitle?.countryFirst
      ? countryItemBefore(text, mentions, index, listTitle.end)
      : undefined;
    // "les architectes Georgy Zeborsky et Vladimir Korol": later names of the list share the title
    if (listTitle && (countryOfItem || LIST_GAP.test(text.slice(listTitle.end, mention.start)))) {
      const shared = listTitle.role;
      const country =
        countryOfItem ??
        tail?.country ??
        (shared.rule === 'list-shared' ? undefined : shared.country);
      roles.push({
        ...withCountry(shared, country ?? shared.country),
        person: index,
        end,
        rule: 'list-shared',
      });
      listTitle = { ...listTitle, role: shared, end };
      return;
    }
    listTitle = undefined;
    // "les lettres de créance des ambassadeurs : Jean Mbarga (Cameroun), …": the list's header
    const itemCountry = mention.country ?? tail?.country;
    const header = itemCountry
      ? findListHeaderRole(text, mentions, index, itemCountry, end)
      : undefined;
    // "Ambassadeur du Pérou – Gonzalo Gutiérrez Reinel": the line's own title, unless the header
    // says where the envoy is posted
    const line = header?.destination ? undefined : findLineTitle(text, mentions, index);
    if (line) roles.push(roleOf(text, line, index, mentions, organisations, itemCountry));
    else if (header) roles.push(header);
  });
  // "les ministres russe et chinois, X et Y": one country per name, in order
  const distributed = distributeListCountries(text, mentions, roles, withCountry);
  return [...distributed, ...bareRoles];
}

function roleOf(
  text: string,
  found: FoundTitle,
  person: number,
  mentions: readonly Mention[],
  organisations: readonly Mention[],
  tailCountry: string | undefined,
  /** Where the title's own words start, when the phrase holds several titles. */
  titleStart = found.start,
): RoleMention {
  const personMention = mentions[person] as Mention;
  const to = found.end <= personMention.start ? personMention.start : found.end;
  const title = { start: titleStart, end: found.titleEnd };
  const nearOrganisation = overlapsAny(organisations, Math.max(0, found.start - 60), to);
  const found0 = findRoleOrganisation(text, mentions, title, to, nearOrganisation);
  // "ministre des Affaires étrangères du Kazakhstan": a portfolio is no body of its own
  const portfolio = found.takesPortfolio || found.also?.some((t) => t.takesPortfolio);
  const body = portfolio ? { ...found0, unknownBody: false } : found0;
  const organisation = body.organisation;
  // "président du Parti communiste de la Fédération de Russie": the party, not Russia
  const country = body.unknownBody ? undefined : (found.country ?? tailCountry);
  // "le président de la Douma d'Etat russe": the chair of the body, not "President of Russia"
  // ("President of the New Development Bank", written in English, stays its President)
  const english = ENGLISH_PRESIDENT.test(text.slice(found.start, found.titleEnd));
  const bodyTitle =
    organisation >= 0 && found.titleOfOrganisation && !english
      ? feminineTitle(found.titleOfOrganisation, found.form, personMention.lexiconId)
      : undefined;
  const base: RoleMention = {
    ...found,
    start: Math.min(found.start, personMention.start),
    end: Math.max(found.end, personMention.end),
    person,
    bare: false,
    ...(body.unknownBody ? { unknownBody: true } : {}),
    title: bodyTitle ?? found.title,
    // and no head of state: the chair of a parliament is an official
    ...(bodyTitle ? { role: bodyTitle, takesCountry: false, subtype: 'official' } : {}),
    heads: found.heads && organisation >= 0,
    ...(organisation >= 0 ? { organisation } : {}),
  };
  // "le maire de Moscou", "head of the Republic of Tatarstan": the region or city holds the role
  const local =
    organisation < 0 ? findRolePlace(text, mentions, found.title, found.titleEnd, to) : undefined;
  if (local) return localRole(base, local.place, local.country);
  return country ? withCountry(base, country) : base;
}

/**
 * "la présidente du Conseil de la Fédération" chairs it as its "Chairperson", and so does a woman
 * the lexicon knows as one, whatever gender the text's title is written in.
 */
function feminineTitle(title: string, form: string | undefined, person: string | undefined) {
  const feminine = title.replace(/Chairman$/u, 'Chairperson');
  if (feminine === title) return title;
  const known = person ? (findLexiconEntry(person)?.roles ?? []) : [];
  const chairs = known.some((r) => r.role.endsWith('Chairperson'));
  return chairs || (form !== undefined && /presidente$/u.test(form)) ? feminine : title;
}

function localRole(role: RoleMention, place: string, country: string | undefined): RoleMention {
  const name = findLexiconEntry(place)?.name ?? place;
  return { ...role, place, role: `${role.title} of ${name}`, ...(country ? { country } : {}) };
}

/** "les Premiers ministres", "chefs d'État", "Foreign Ministers": a title several names share. */
function isPluralTitle(form: string | undefined): boolean {
  return form === undefined || /[sx]$/u.test(form.split(/[\s-]/u)[0] ?? '') || /s$/u.test(form);
}

/** "Hun Manet du Cambodge": the country after the name replaces the list title's country. */
function withCountry(role: RoleMention, country: string | undefined): RoleMention {
  if (!country || country === role.country) return role;
  const name = findLexiconEntry(country)?.name ?? country;
  return { ...role, country, ...(role.takesCountry ? { role: `${role.title} of ${name}` } : {}) };
}

/** "Tokaïev du Kazakhstan", "Nikol Pachinian d'Arménie": a country named right after the person. */
function countryAfter(
  text: string,
  mentions: readonly Mention[],
  index: number,
): { readonly country: string; readonly end: number } | undefined {
  const person = mentions[index] as Mention;
  const next = mentions[index + 1];
  if (!next || next.type !== 'Place' || next.subtype !== 'country' || next.adjective) return;
  if (!next.lexiconId || !COUNTRY_TAIL.test(text.slice(person.end, next.start))) return;
  if (next.start - person.end > 12) return;
  const close = text[next.end] === ')' ? 1 : 0;
  return { country: next.lexiconId, end: next.end + close };
}

/**
 * "du Népal, | Nirmal Raj Kafle": the country right before the person and a comma; with `from`, the
 * end of the list's previous item, only ", (et) de" may stand between that item and the country.
 */
function countryItemBefore(
  text: string,
  mentions: readonly Mention[],
  index: number,
  from?: number,
): string | undefined {
  const person = mentions[index] as Mention;
  const country = mentions[index - 1];
  if (country?.type !== 'Place' || country.subtype !== 'country' || country.adjective) return;
  if (!country.lexiconId || !COMMA_HONORIFIC.test(text.slice(country.end, person.start))) return;
  if (from !== undefined && !ITEM_GAP.test(text.slice(from, country.start))) return;
  return country.lexiconId;
}

/** "du Bhoutan, | Mme Tshering Wangchuk". */
const COMMA_HONORIFIC = /^\s*,\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
const ITEM_GAP =
  /^\s*[,;]\s*(?:et\s+|and\s+)?(?:du |de la |de l['’]|des |de |d['’]|of the |of |from the |from )?$/u;

/** "présidents de la Biélorussie (Alexandre Loukachenko)": the title before the country. */
function findTitleBeforeBracket(
  text: string,
  mentions: readonly Mention[],
  index: number,
): ReturnType<typeof findTitleBefore> {
  const person = mentions[index] as Mention;
  const country = mentions[index - 1];
  if (!country?.lexiconId || country.type !== 'Place' || country.subtype !== 'country') return;
  if (!/^\s*\(\s*$/u.test(text.slice(country.end, person.start))) return;
  const title = findTitleBefore(text, country.start, { allowPreposition: true });
  return title ? { ...title, country: country.lexiconId } : undefined;
}

/** The person before mention `index` ("Poutine a reçu son homologue") and their title, if read. */
/** The subject whose title the counterpart shares: the last titled person before it, or a bare
 * title after that person ("le ministre indonésien ... son homologue russe"). */
function subjectOf(
  roles: readonly RoleMention[],
  mentions: readonly Mention[],
  index: number,
  bareRoles: readonly RoleMention[],
  before: number,
): [RoleMention | undefined, Mention | undefined] {
  for (let i = index - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.type !== 'Person') continue;
    const last = roles.at(-1);
    const bare = bareRoles.findLast((r) => r.start >= m.end && r.end <= before);
    return [bare ?? (last?.person === i ? last : undefined), m];
  }
  return [bareRoles.findLast((r) => r.end <= before), undefined];
}

function previousPersonEnd(mentions: readonly Mention[], index: number): number {
  for (let i = index - 1; i >= 0; i--)
    if (mentions[i]?.type === 'Person') return (mentions[i] as Mention).end;
  return 0;
}

function nextPersonStart(mentions: readonly Mention[], index: number): number {
  for (let i = index + 1; i < mentions.length; i++)
    if (mentions[i]?.type === 'Person') return (mentions[i] as Mention).start;
  return Number.POSITIVE_INFINITY;
}
