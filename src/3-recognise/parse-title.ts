// A title phrase -> English role: "ambassadeur de Russie en Biélorussie" -> "Ambassador of Russia
// to Belarus"; "ministre des Affaires étrangères" -> "Minister of Foreign Affairs".

import { foldName, foldText } from '../4-resolve/normalise.js';
import { PORTFOLIOS, TITLES, findLexiconEntry, type TitleEntry } from '../lexicon/index.js';
import { NATIONAL_TITLE_NAMES } from '../lexicon/titles.js';
import { STATE_FORM_FRENCH_QUALIFIERS } from '../lexicon/state-forms.js';

export interface ParsedTitle {
  /** English role with its country, as attendance reports it: "President of Belarus". */
  readonly role: string;
  /** The bare title a HOLDS_ROLE edge carries (its target is the country): "President". */
  readonly title: string;
  /** The folded text after the title form: "de la defense". */
  readonly complement: string;
  /** The title form as written, folded with foldText (same length as the source): "vice-ministre". */
  readonly form?: string;
  readonly subtype: string;
  readonly country?: string;
  readonly destination?: string;
  readonly principal: boolean;
  readonly represents: boolean;
  readonly heads: boolean;
  /** "President" + Belarus -> "President of Belarus" (ministers and officials keep their role). */
  readonly takesCountry: boolean;
  /** A minister with the portfolio read: "ministre du Plan et de l’Investissement". */
  readonly takesPortfolio?: boolean;
  /** English title when the phrase names an organisation ("président du Sénat" -> "Chairman"). */
  readonly titleOfOrganisation?: string;
  /** Holds only of the organisation the title names: "membre du Bureau politique". */
  readonly ofBodyOnly?: boolean;
  /** The other titles of "vice-Premier ministre et ministre des Affaires étrangères". */
  readonly also?: readonly ParsedTitle[];
}

/** Countries named in a phrase, in order, with the offset (in the folded phrase) where each starts. */
export type CountryFinder = (
  phrase: string,
) => readonly { readonly country: string; readonly at: number }[];

const LEADING_WORDS =
  /^(?:(?:de gauche a droite|une question|avec|par|du|de la|de l'|des|de|d'|le|la|l'|les|au|aux|a|son|sa|ses|notre|nos|leur|votre|et|ainsi que|mr|m|mme|monsieur|madame)\s+)+/u;
const TITLE_FORMS = TITLES.flatMap((entry) =>
  entry.forms.map((form) => ({ form: splitElisions(foldName(form)), raw: foldText(form), entry })),
).sort((a, b) => b.form.length - a.form.length);
/** Title forms by their first word, so a phrase is read word by word, not form by form. */
const FORMS_BY_FIRST_WORD = new Map<string, (typeof TITLE_FORMS)[number][]>();
for (const form of TITLE_FORMS) {
  const first = form.form.split(' ')[0] ?? '';
  FORMS_BY_FIRST_WORD.set(first, [...(FORMS_BY_FIRST_WORD.get(first) ?? []), form]);
}
const PORTFOLIO_FORMS = Object.entries(PORTFOLIOS)
  .map(([fr, en]) => [splitElisions(foldName(fr)), en] as const)
  .sort((a, b) => b[0].length - a[0].length);
const PORTFOLIO_BY_FORM = new Map(PORTFOLIO_FORMS);
const DESTINATION_MARKERS = /\b(?:en|au|aux|aupres de(?: la| l')?|a|in|to|for|pour)\s*$/u;
const MAX_COMPLEMENT_WORDS = 14;

function splitElisions(folded: string): string {
  return folded.replace(/\b([ldjnsc]|qu)'/gu, "$1' ");
}

/** Titles that contain "et" themselves ("ambassadeur extraordinaire et plénipotentiaire"). */
const TITLES_WITH_AND = TITLE_FORMS.map((t) => t.form).filter((form) => form.includes(' et '));
/** The qualifiers of a state's name: "république algérienne democratique | et | populaire". */
const QUALIFIER = `(?:${STATE_FORM_FRENCH_QUALIFIERS.map(foldName).join('|')})`;
const QUALIFIERS_AND = new RegExp(`(?<=\\b${QUALIFIER}) et (?=${QUALIFIER}\\b)`, 'gu');
const KEPT_AND = '\u0000';

/** "chef X et secrétaire Y" -> two titles; "ambassadeur extraordinaire et plénipotentiaire" -> one. */
function splitTitles(folded: string): string[] {
  let text = folded;
  for (const form of TITLES_WITH_AND)
    text = text.split(form).join(form.replaceAll(' et ', ` ${KEPT_AND} `));
  text = text.replace(QUALIFIERS_AND, ` ${KEPT_AND} `);
  const parts = text.split(/\s+et\s+(?=[a-z])/u).map((part) => part.replaceAll(KEPT_AND, 'et'));
  // "ministre de l'Industrie | et du Commerce": a part that opens on "de" is the same portfolio
  return parts.reduce<string[]>((out, part) => {
    if (out.length > 0 && /^(?:de|du|des|d')\s/u.test(part)) out[out.length - 1] += ` et ${part}`;
    else out.push(part);
    return out;
  }, []);
}

export function parseTitle(phrase: string, findCountries: CountryFinder): ParsedTitle | undefined {
  const parts = joinCountryParts(splitTitles(splitElisions(foldName(phrase))), findCountries);
  const parsed = parts.map((part) => parseSingleTitle(part, findCountries));
  const known = parsed.filter((p): p is ParsedTitle => p !== undefined);
  // "chef ... et secrétaire de presse du président": every part a title -> one compound role
  if (known.length === parsed.length && known.length > 1) {
    const country = known.find((p) => p.country)?.country;
    // a member of a body holds no office of the compound: "membre du Bureau politique et ministre"
    const first = known[0] as ParsedTitle;
    const offices = known.filter((p) => !p.ofBodyOnly);
    return {
      ...first,
      role: first.ofBodyOnly ? first.role : offices.map((p) => p.role).join(' and '),
      also: known.slice(1),
      ...(country ? { country } : {}),
    };
  }
  return parsed.at(-1);
}

/** "ministres des affaires etrangeres russe | et | chinois": a country alone is no title of its own. */
function joinCountryParts(parts: readonly string[], findCountries: CountryFinder): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const alone =
      out.length > 0 && part.split(' ').length <= 2 && isCountryOnly(part, findCountries);
    if (alone) out[out.length - 1] = `${out.at(-1) ?? ''} et ${part}`;
    else out.push(part);
  }
  return out;
}

function isCountryOnly(part: string, findCountries: CountryFinder): boolean {
  return findCountries(part).some((c) => c.at === 0) && findTitleForms(part).length === 0;
}

function parseSingleTitle(folded: string, findCountries: CountryFinder): ParsedTitle | undefined {
  const text = folded.replace(LEADING_WORDS, '').trim();
  // the title may follow a verb phrase ending in an article: "construit par les architectes"
  // the first title whose complement reads as one: "the President held talks with | President of"
  const candidates = findTitleForms(text)
    .filter(
      ({ at, form }) =>
        at === 0 ||
        (at > 0 &&
          ((TITLE_PREDECESSOR.test(text.slice(0, at)) && form.length > 3) ||
            parseTailPrefix(text.slice(0, at).trim(), findCountries) !== undefined)),
    )
    .sort((a, b) => a.at - b.at || b.form.length - a.form.length);
  for (const found of candidates) {
    const complement = text.slice(found.at + found.form.length).trim();
    if (complement.split(/\s+/u).length > MAX_COMPLEMENT_WORDS) continue;
    if (!isTitleComplement(complement, findCountries)) continue;
    const prefix = parseTailPrefix(text.slice(0, found.at).trim(), findCountries);
    return { ...composeRole(found.entry, complement, findCountries, prefix), form: found.raw };
  }
  return undefined;
}

/** Each title form written in the phrase as whole words, with its offset (longest forms first). */
function findTitleForms(
  text: string,
): { form: string; raw: string; entry: TitleEntry; at: number }[] {
  const found: { form: string; raw: string; entry: TitleEntry; at: number }[] = [];
  const padded = ` ${text} `;
  for (const word of text.matchAll(/\S+/gu)) {
    for (const candidate of FORMS_BY_FIRST_WORD.get(word[0]) ?? []) {
      if (padded.startsWith(` ${candidate.form} `, word.index))
        found.push({ ...candidate, at: word.index });
    }
  }
  return found;
}

/** Words a title may follow inside a longer phrase: "construit par les architectes". */
const TITLE_PREDECESSOR =
  /\b(?:les?|la|l'|des?|du|par|et|the|with|avec|by|and|au|aux|a|an|to|for|pour|dont|including|included|includes|include|comprised|was|were|is|are|notamment|his|her|their|its|son|sa|ses|leur)\s$/u;

interface TitlePrefix {
  readonly country?: string;
  readonly portfolio?: string;
  /** "Deputy Foreign Minister", "Vice Foreign Minister": the rank before the portfolio. */
  readonly rank?: string;
}

/** English ranks written before a portfolio, and the rank the French title gives them. */
const PORTFOLIO_RANKS: readonly (readonly [RegExp, string])[] = [
  [/^first (?:deputy|vice) /u, 'First Deputy'],
  [/^(?:deputy|vice) /u, 'Deputy'],
];

/**
 * The prefix of an English title at the end of a clause: "attended by | Chinese Foreign" Minister,
 * "represented by | Syria's" Envoy: the last one to four words, after a word a title may follow.
 */
function parseTailPrefix(prefix: string, findCountries: CountryFinder): TitlePrefix | undefined {
  const whole = parsePrefix(prefix, findCountries);
  if (whole || prefix === '') return whole;
  const words = prefix.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const head = `${words.slice(0, -k).join(' ')} `;
    const written = words.slice(-k).join(' ');
    // "voyage au | Zimbabwe du" président: a preposition ends no title prefix
    if (!TITLE_PREDECESSOR.test(head) || TITLE_PREDECESSOR.test(`${written} `)) continue;
    const tail = parsePrefix(written, findCountries);
    if (tail) return tail;
  }
  return undefined;
}

/** English order: "North Korean Foreign Minister", "Russian President", "Transport Minister". */
function parsePrefix(written: string, findCountries: CountryFinder): TitlePrefix | undefined {
  if (written === '' || written.split(' ').length > 5) return undefined;
  // "Syria's Envoy", "Russia’s Foreign Minister": the possessive of a country
  const prefix = written.replace(/^(\S+)'s(?= |$)/u, '$1');
  const country = findCountries(prefix).find((c) => c.at === 0);
  const words = prefix.split(' ');
  // the country takes a word or two ("russian", "north korean"), the rest is a portfolio or nothing
  const rests = country ? [words.slice(1).join(' '), words.slice(2).join(' ')] : [prefix];
  for (const written of rests) {
    const [pattern, rank] = PORTFOLIO_RANKS.find(([p]) => p.test(`${written} `)) ?? [];
    const rest = pattern ? `${written} `.replace(pattern, '').trim() : written;
    // a rank alone is no prefix: "Deputy" + "Minister" is the form "deputy minister"
    if (!((rest === '' && !rank) || PORTFOLIO_BY_FORM.has(rest))) continue;
    const portfolio = PORTFOLIO_BY_FORM.get(rest);
    return {
      ...(country ? { country: country.country } : {}),
      ...(portfolio ? { portfolio } : {}),
      ...(rank && portfolio ? { rank } : {}),
    };
  }
  return undefined;
}

/**
 * What may follow a title: nothing, a preposition ("de la Défense", "of the Republic"), a country
 * adjective ("russe") or a modifier ("adjoint"); not a verb ("le président a déclaré").
 */
function isTitleComplement(complement: string, findCountries: CountryFinder): boolean {
  if (complement === '') return true;
  const first = complement.split(' ')[0] ?? '';
  if (TITLE_COMPLEMENT_STARTS.has(first)) return true;
  return findCountries(complement).some((c) => c.at === 0);
}

const TITLE_COMPLEMENT_STARTS = new Set(
  [
    ...['de', 'du', 'des', "d'", 'of', 'for', 'en', 'au', 'aux', 'a', 'to', 'aupres', 'in', 'at'],
    ...['charge', 'chargee', 'adjoint', 'adjointe', 'delegue', 'deleguee', 'general', 'generale'],
    ...['executif', 'executive', 'permanent', 'permanente', 'extraordinaire', 'plenipotentiaire'],
    ...['special', 'speciale', 'honoraire', 'interimaire', 'par', 'sortant', 'sortante', 'elu'],
    ...['elue', 'actuel', 'actuelle', 'federal', 'federale', 'principal', 'principale', 'unifie'],
    ...['autoproclame', 'supreme', 'turkmene', 'ouzbek', 'kazakh', 'kirghize', 'tadjik'],
  ].map((w) => w),
);

function composeRole(
  entry: TitleEntry,
  complement: string,
  findCountries: CountryFinder,
  prefix: TitlePrefix = {},
): ParsedTitle {
  const countries = [
    ...(prefix.country ? [{ country: prefix.country, at: -1 }] : []),
    ...findCountries(complement),
  ];
  const ofPresident = /^(?:du|de la) president(?:e)?\b/u.test(complement);
  const origin = countries.find(
    (c) => c.at < 0 || !DESTINATION_MARKERS.test(complement.slice(0, c.at)),
  );
  const destination = entry.represents
    ? countries.find(
        (c) => c !== origin && c.at >= 0 && DESTINATION_MARKERS.test(complement.slice(0, c.at)),
      )
    : undefined;
  const portfolio = entry.takesPortfolio
    ? (prefix.portfolio ?? findPortfolio(complement, findCountries))
    : undefined;
  const countryName = (id: string | undefined) =>
    id ? (findLexiconEntry(id)?.name ?? id) : undefined;

  // "Deputy Foreign Minister" is the "vice-ministre des Affaires étrangères"
  const ranked = prefix.rank && entry.role === 'Minister' ? `${prefix.rank} Minister` : entry.role;
  let role = portfolio ? `${ranked} of ${portfolio}` : ranked;
  let title = entry.title ?? role;
  if (portfolio && entry.title) title = `${entry.title} of ${portfolio}`;
  // "le vice-Premier ministre chinois" is a Vice Premier
  const national = origin ? NATIONAL_TITLE_NAMES[origin.country]?.[role] : undefined;
  if (national) role = title = national;
  if (ofPresident) {
    title = `Presidential ${entry.role}`;
    role = origin
      ? `${entry.role} of the President of ${countryName(origin.country)}`
      : `Presidential ${entry.role}`;
  } else if (entry.takesCountry && origin) role = `${role} of ${countryName(origin.country)}`;
  if (destination) {
    role = `${role} to ${countryName(destination.country)}`;
    title = `${title} to ${countryName(destination.country)}`;
  }
  return {
    role,
    title,
    complement,
    subtype: entry.subtype,
    principal: entry.principal ?? false,
    represents: entry.represents ?? false,
    heads: entry.heads ?? false,
    takesCountry: entry.takesCountry ?? false,
    ...(portfolio ? { takesPortfolio: true } : {}),
    ...(entry.ofOrganisation ? { titleOfOrganisation: entry.ofOrganisation } : {}),
    ...(entry.ofBodyOnly ? { ofBodyOnly: true } : {}),
    ...(origin ? { country: origin.country } : {}),
    ...(destination ? { destination: destination.country } : {}),
  };
}

function findPortfolio(complement: string, findCountries: CountryFinder): string | undefined {
  // "ministre biélorusse de la Défense": the adjective comes first
  const adjective = findCountries(complement).find((c) => c.at === 0);
  // "sud coreen de la defense": a compound adjective is two folded words
  const rests = adjective
    ? [complement.replace(/^\S+\s*/u, ''), complement.replace(/^\S+\s+\S+\s*/u, '')]
    : [complement];
  for (const rest of rests) {
    const text = rest.replace(/^(?:des|de la|de l'|du|de|of the|of)\s+/u, '');
    const found = PORTFOLIO_FORMS.find(([form]) => text === form || text.startsWith(`${form} `));
    // "de la Culture et du Tourisme": two portfolios the lexicon knows apart -> "Culture and Tourism"
    const pair = found && text.startsWith(`${found[0]} et `) ? joinedPortfolio(text) : undefined;
    if (pair ?? found) return pair ?? found?.[1];
  }
  return undefined;
}

function joinedPortfolio(text: string): string | undefined {
  const [first, second] = text.split(' et ');
  const portfolio = (part: string) =>
    PORTFOLIO_BY_FORM.get(part.replace(/^(?:des|de la|de l'|du|de)\s+/u, ''));
  const a = first === undefined ? undefined : portfolio(first);
  const b = second === undefined ? undefined : portfolio(second);
  return a && b ? `${a} and ${b}` : undefined;
}
