// The role an attendance reports, as analysts write it: the title with whom it is held in
// ("Secretary General" of "l’OCS" -> "Secretary General of the SCO", "President of the United
// States"), else the lexicon's role of a known person on the document's date.

import { TITLES, findLexiconEntry } from '../lexicon/index.js';
import type { RoleMention } from '../3-recognise/types.js';
import type { RelateContext } from './types.js';

// "President" said of a Kazakh is "President of Kazakhstan"
// and at an event a ruler is the ruler of somewhere: "Supreme Leader of Iran", "Emir of Qatar"
const COUNTRY_ROLES = new Set([
  ...TITLES.filter((t) => t.takesCountry).map((t) => t.role),
  'Supreme Leader',
  'Emir',
]);
/** "head of state", "leader": titles that a known holder's lexicon role says better. */
const VAGUE_TITLES: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.vague).map((t) => t.title ?? t.role),
);

/** "le dirigeant chinois", "ses homologues" of a head of state: a description, not the office. */
export function isVagueTitle(mention: RoleMention | undefined): boolean {
  return mention !== undefined && VAGUE_TITLES.has(mention.title);
}

/** Country names written with the article: "of the United States", "of the Philippines". */
const TAKES_THE =
  /^(?:United|Czech|Dominican|Central African|Democratic|Republic|Netherlands|Philippines|Gambia|Bahamas|Maldives|Comoros|Seychelles|Marshall|Solomon|Vatican)\b/u;
/** An English acronym of a body: capitals only, at least three ("SCO", "CSTO", "CIS"). */
const ACRONYM = /^[A-Z]{3,6}$/u;

/** "United States" -> "the United States"; other countries as named. */
export function countryPhrase(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** The role with its country when the title takes one and the text left it out. */
export function roleWithCountry(role: string | undefined, country: string | undefined) {
  if (!role || !country || !COUNTRY_ROLES.has(role)) return role;
  const name = findLexiconEntry(country)?.name;
  return name ? `${role} of ${countryPhrase(name)}` : role;
}

/** How a role names a body: its English acronym ("SCO" = Shanghai Cooperation Organisation),
 * else its name. */
export function bodyPhrase(name: string, aliases: readonly string[]): string {
  const initials = name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const acronym = aliases.find((a) => ACRONYM.test(a) && a === initials);
  return `the ${acronym ?? name.replace(/^the /iu, '')}`;
}

/** "Secretary General" of the body the title names -> "Secretary General of the SCO". */
export function roleWithBody(ctx: RelateContext, mention: RoleMention): string {
  const { role } = mention;
  if (mention.organisation === undefined || / of /u.test(role)) return role;
  const key = ctx.resolution.mentionEntity[mention.organisation];
  const body = key ? ctx.resolution.entities.get(key) : undefined;
  // a government's premier is the country's: "Prime Minister of China", not "of the State Council"
  if (!key || body?.type !== 'Organisation' || body.subtype === 'government') return role;
  const known = findLexiconEntry(key.replace(/^org:/u, ''));
  return `${role} of ${bodyPhrase(known?.name ?? body.name, known?.aliases ?? [...body.aliases])}`;
}

/** The lexicon's role of a known person on the document's date: "Vladimir Putin" -> President of Russia. */
export function lexiconRole(ctx: RelateContext, person: string): string | undefined {
  const when = ctx.doc.publishedAt ?? '9999-12-31';
  const roles = findLexiconEntry(person.replace(/^person:/u, ''))?.roles ?? [];
  return roles.find((r) => (r.from ?? '') <= when && (!r.to || r.to >= when))?.role;
}
