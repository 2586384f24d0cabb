// A title phrase -> English role: "ambassadeur de Russie en Biélorussie" -> "Ambassador of Russia
// to Belarus"; "ministre des Affaires étrangères" -> "Minister of Foreign Affairs".

import { foldName } from '../4-resolve/normalise.js';
import { PORTFOLIOS, TITLES, findLexiconEntry, type TitleEntry } from '../lexicon/index.js';

export interface ParsedTitle {
  readonly role: string;
  readonly subtype: string;
  readonly country?: string;
  readonly destination?: string;
  readonly principal: boolean;
  readonly represents: boolean;
}

/** Countries named in a phrase, in order, with the offset (in the folded phrase) where each starts. */
export type CountryFinder = (
  phrase: string,
) => readonly { readonly country: string; readonly at: number }[];

const LEADING_WORDS =
  /^(?:(?:de gauche a droite|une question|avec|par|du|de la|de l'|des|de|d'|le|la|l'|les|au|aux|a|son|sa|ses|notre|nos|leur|votre|et|ainsi que|mr|m|mme|monsieur|madame)\s+)+/u;
const TITLE_FORMS = TITLES.flatMap((entry) =>
  entry.forms.map((form) => ({ form: splitElisions(foldName(form)), entry })),
).sort((a, b) => b.form.length - a.form.length);
const PORTFOLIO_FORMS = Object.entries(PORTFOLIOS)
  .map(([fr, en]) => [splitElisions(foldName(fr)), en] as const)
  .sort((a, b) => b[0].length - a[0].length);
const DESTINATION_MARKERS = /\b(?:en|au|aux|aupres de(?: la| l')?|a|in|to)\s*$/u;
const MAX_COMPLEMENT_WORDS = 14;

function splitElisions(folded: string): string {
  return folded.replace(/\b([ldjnsc]|qu)'/gu, "$1' ");
}

/** Titles that contain "et" themselves ("ambassadeur extraordinaire et plénipotentiaire"). */
const TITLES_WITH_AND = TITLE_FORMS.map((t) => t.form).filter((form) => form.includes(' et '));
const KEPT_AND = '\u0000';

/** "chef X et secrétaire Y" -> two titles; "ambassadeur extraordinaire et plénipotentiaire" -> one. */
function splitTitles(folded: string): string[] {
  let text = folded;
  for (const form of TITLES_WITH_AND)
    text = text.split(form).join(form.replaceAll(' et ', ` ${KEPT_AND} `));
  return text.split(/\s+et\s+(?=[a-z])/u).map((part) => part.replaceAll(KEPT_AND, 'et'));
}

export function parseTitle(phrase: string, findCountries: CountryFinder): ParsedTitle | undefined {
  const parts = splitTitles(splitElisions(foldName(phrase)));
  const parsed = parts.map((part) => parseSingleTitle(part, findCountries));
  const known = parsed.filter((p): p is ParsedTitle => p !== undefined);
  // "chef ... et secrétaire de presse du président": every part a title -> one compound role
  if (known.length === parsed.length && known.length > 1) {
    const country = known.find((p) => p.country)?.country;
    return {
      ...(known[0] as ParsedTitle),
      role: known.map((p) => p.role).join(' and '),
      ...(country ? { country } : {}),
    };
  }
  return parsed.at(-1);
}

function parseSingleTitle(folded: string, findCountries: CountryFinder): ParsedTitle | undefined {
  const text = folded.replace(LEADING_WORDS, '').trim();
  // the title may follow a verb phrase ending in an article: "construit par les architectes"
  const found = TITLE_FORMS.map(({ form, entry }) => ({
    form,
    entry,
    at: ` ${text} `.indexOf(` ${form} `),
  }))
    .filter(
      ({ at, form }) =>
        at === 0 ||
        (at > 0 &&
          /\b(?:les?|la|l'|des?|du|par|et)\s$/u.test(text.slice(0, at)) &&
          form.length > 3),
    )
    .sort((a, b) => a.at - b.at || b.form.length - a.form.length)[0];
  if (!found) return undefined;
  const match = found;
  const complement = text.slice(found.at + found.form.length).trim();
  if (complement.split(/\s+/u).length > MAX_COMPLEMENT_WORDS) return undefined;
  return composeRole(match.entry, complement, findCountries);
}

function composeRole(
  entry: TitleEntry,
  complement: string,
  findCountries: CountryFinder,
): ParsedTitle {
  const countries = findCountries(complement);
  const ofPresident = /^(?:du|de la) president(?:e)?\b/u.test(complement);
  const origin = countries.find((c) => !DESTINATION_MARKERS.test(complement.slice(0, c.at)));
  const destination = entry.represents
    ? countries.find((c) => c !== origin && DESTINATION_MARKERS.test(complement.slice(0, c.at)))
    : undefined;
  const portfolio = entry.role === 'Minister' ? findPortfolio(complement) : undefined;
  const countryName = (id: string | undefined) =>
    id ? (findLexiconEntry(id)?.name ?? id) : undefined;

  let role = portfolio ? `${entry.role} of ${portfolio}` : entry.role;
  if (ofPresident)
    role = origin
      ? `${entry.role} of the President of ${countryName(origin.country)}`
      : `Presidential ${entry.role}`;
  else if (entry.takesCountry && origin) role = `${role} of ${countryName(origin.country)}`;
  if (destination) role = `${role} to ${countryName(destination.country)}`;
  return {
    role,
    subtype: entry.subtype,
    principal: entry.principal ?? false,
    represents: entry.represents ?? false,
    ...(origin ? { country: origin.country } : {}),
    ...(destination ? { destination: destination.country } : {}),
  };
}

function findPortfolio(complement: string): string | undefined {
  const text = complement.replace(/^(?:des|de la|de l'|du|de)\s+/u, '');
  return PORTFOLIO_FORMS.find(([form]) => text === form || text.startsWith(`${form} `))?.[1];
}
