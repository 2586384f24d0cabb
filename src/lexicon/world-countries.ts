// Every country of the world from the `world-countries` package (ODbL data): French and English
// names, official forms, nationality adjectives and capitals, with the corpus's canonical names.
// "Biélorussie", "République de Biélorussie", "Belarus", "biélorusse" -> belarus.

import { createRequire } from 'node:module';
import type { Countries, Country } from 'world-countries';
import { slugify } from '../4-resolve/normalise.js';
import type { LexiconEntry } from './types.js';

const require = createRequire(import.meta.url);
// the compact copy of the same data: half the bytes of countries.json, parsed three times faster
const COUNTRIES = require('world-countries/dist/countries-unescaped.json') as Countries;

/** Not UN members, still named as countries or regions in the news. */
const ALSO_KEPT: Readonly<Record<string, string>> = {
  PSE: 'country',
  VAT: 'country',
  UNK: 'country', // Kosovo
  TWN: 'region',
  HKG: 'region',
  MAC: 'region',
};

/** Canonical English names where the corpus writes another form than the package. */
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
  COD: 'Democratic Republic of the Congo',
  CIV: "Côte d'Ivoire",
  CZE: 'Czech Republic',
  VAT: 'Vatican',
  MKD: 'North Macedonia',
  SWZ: 'Eswatini',
  TLS: 'East Timor',
  FSM: 'Micronesia',
};

/** Usual French and English spellings the package lacks ("Cap-Vert" beside "Îles du Cap-Vert"). */
const USAGE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  STP: ['Sao Tomé-et-Principe', 'São Tomé-et-Príncipe', 'Sao Tomé et Principe'],
  CPV: ['Cap-Vert', 'Cabo Verde', 'Cape Verde'],
  KNA: ['Saint-Kitts-et-Nevis', 'Saint Kitts and Nevis'],
  PLW: ['Palaos', 'Palau'],
  VAT: ['Saint-Siège', 'Holy See'],
  LBR: ['Libéria'],
  TLS: ['Timor-Leste', 'Timor-Oriental'],
};

/** Aliases that name something else far more often: first names ("Maurice"), "Dominique". */
const DROPPED_ALIASES = new Set([
  'Maurice',
  'Dominique',
  'Salvador',
  'Georgie',
  'Congo (Rép. dém.)',
]);

/** Latin-script spellings of a few words, no country codes ("AM") nor inverted forms. */
const USABLE_ALIAS = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}\d .'’-]{2,}$/u;

const isKept = (c: Country) => c.unMember || c.cca3 in ALSO_KEPT;

/** Letters only, lower case: "Viêt Nam" and "Vietnam" spell one name. */
const lettersOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

/** "République socialiste du Vietnam": the French official form with the English spelling of a
 * common name that differs from the French one only in accents and spaces ("Viêt Nam"). */
function respelledOfficial(c: Country): string | undefined {
  const fra = c.translations.fra;
  if (!fra || fra.common === c.name.common || !fra.official.includes(fra.common)) return undefined;
  if (lettersOf(fra.common) !== lettersOf(c.name.common)) return undefined;
  return fra.official.replace(fra.common, c.name.common);
}

function aliasesOf(c: Country): string[] {
  const fra = c.translations.fra;
  const names = [
    c.name.common,
    c.name.official,
    fra?.common,
    fra?.official,
    respelledOfficial(c),
    ...c.altSpellings,
    ...(USAGE_ALIASES[c.cca3] ?? []),
  ];
  return [...new Set(names)].filter(
    (n): n is string => !!n && USABLE_ALIAS.test(n) && !DROPPED_ALIASES.has(n),
  );
}

const nameOf = (c: Country) => CANONICAL_NAMES[c.cca3] ?? c.name.common;

export const WORLD_COUNTRY_ID: ReadonlyMap<string, string> = new Map(
  COUNTRIES.filter(isKept).map((c) => [c.cca3, slugify(nameOf(c))]),
);

export const WORLD_COUNTRIES: readonly LexiconEntry[] = COUNTRIES.filter(isKept).map((c) => ({
  id: slugify(nameOf(c)),
  type: 'Place',
  name: nameOf(c),
  subtype: ALSO_KEPT[c.cca3] ?? 'country',
  aliases: aliasesOf(c),
}));

/** The capital's English name by country id: "kazakhstan" -> "Astana". */
export const WORLD_CAPITALS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.filter((c) => isKept(c) && c.capital[0]).map((c) => [
    slugify(nameOf(c)),
    c.capital[0] as string,
  ]),
);

/** French adjectives in every gender and number, English ones as written: "kazakhstanaise". */
function demonymsOf(c: Country): string[] {
  const fra = c.demonyms.fra;
  const french = [fra?.m, fra?.f]
    .filter((f): f is string => !!f)
    .map((f) => f.toLowerCase())
    .flatMap((f) => (/[sx]$/.test(f) ? [f] : [f, `${f}s`]));
  const eng = c.demonyms.eng;
  const english = [eng?.m, eng?.f].filter((f): f is string => !!f);
  return [...new Set([...french, ...english])].filter((f) => USABLE_ALIAS.test(f));
}

/** Adjectives by country id; one claimed by two countries ("congolais") names neither. */
export const WORLD_DEMONYMS: Readonly<Record<string, readonly string[]>> = (() => {
  const claims = new Map<string, Set<string>>();
  const byCountry = COUNTRIES.filter(isKept).map(
    (c) => [slugify(nameOf(c)), demonymsOf(c)] as const,
  );
  for (const [id, forms] of byCountry)
    for (const form of forms) claims.set(form, (claims.get(form) ?? new Set()).add(id));
  return Object.fromEntries(
    byCountry.map(([id, forms]) => [id, forms.filter((f) => claims.get(f)?.size === 1)]),
  );
})();
