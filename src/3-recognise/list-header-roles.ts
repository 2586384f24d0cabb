// A list of people by country under a header that names their role: "a reçu les lettres de
// créance des ambassadeurs de cinq pays : Jean Mbarga (Cameroun), …" -> each an Ambassador of
// the country beside the name; "Ministres des Affaires étrangères :\nEstonie – Olga Tammsaar";
// a line's own title: "Ambassadrice du Royaume de Suède – Malena Mård".

import { findLexiconEntry } from '../lexicon/index.js';
import { findCountries, findTitleBefore, type FoundTitle } from './find-title.js';
import { parseTitle, type ParsedTitle } from './parse-title.js';
import type { Mention, RoleMention } from './types.js';

/** How far back the header may stand from an item of its list: a list of twenty envoys is long. */
const MAX_HEADER_DISTANCE = 2500;
/** Presenting credentials is what ambassadors do: the header needs no title. */
const CREDENTIALS =
  /lettres? de cr[ée]ance|copies? (?:figurées? )?de(?:s)? lettres|credentials|letters of credence/iu;
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n/gu;
const AMBASSADOR = parseTitle('ambassadeur', findCountries) as ParsedTitle;

/**
 * The role a list header gives the person of mention `index`, whose country is `country`: the
 * header is the sentence before the list (up to its colon if it has one) and no other person
 * stands between it and the list's first name.
 */
export function findListHeaderRole(
  text: string,
  mentions: readonly Mention[],
  index: number,
  country: string,
  end: number,
): RoleMention | undefined {
  const person = mentions[index] as Mention;
  const from = Math.max(0, person.start - MAX_HEADER_DISTANCE);
  const window = text.slice(from, person.start);
  const colon = headerColon(window);
  const sentenceStart = lastSentenceEnd(colon >= 0 ? window.slice(0, colon) : window);
  const header = window.slice(sentenceStart, colon >= 0 ? colon : undefined);
  const parsed = CREDENTIALS.test(header)
    ? AMBASSADOR
    : colon >= 0
      ? pluralTitleBefore(text, from + colon)
      : undefined;
  if (!parsed) return undefined;
  // the list's own countries come after the colon, or after "les lettres de créance de"
  const credentials = CREDENTIALS.exec(header);
  const headerEnd =
    colon >= 0
      ? from + colon
      : from + sentenceStart + (credentials ? credentials.index + credentials[0].length : 0);
  // envoys presenting credentials are posted to the receiving head of state's country; listed,
  // they are not said to speak for theirs (REPRESENTS needs the text to say so)
  const posted = parsed === AMBASSADOR ? receivingCountry(mentions, from, headerEnd) : undefined;
  const postedTo =
    posted && posted !== country
      ? {
          role: `Ambassador of ${countryName(country)} to ${countryName(posted)}`,
          title: `Ambassador to ${countryName(posted)}`,
          destination: posted,
          represents: false,
        }
      : { role: parsed.takesCountry ? `${parsed.title} of ${countryName(country)}` : parsed.role };
  return {
    ...parsed,
    ...postedTo,
    country,
    start: person.start,
    end,
    person: index,
    bare: false,
    heads: false,
    rule: 'list-header-role',
  };
}

/**
 * Where the colon that ends the list's header stands in `window`, or -1: not the colon of an
 * address ("Source: https://…"), nor one a sentence of running text has closed since.
 */
function headerColon(window: string): number {
  let colon = window.lastIndexOf(':');
  while (colon >= 0 && isAddressColon(window, colon)) colon = window.lastIndexOf(':', colon - 1);
  return colon >= 0 && PROSE_SENTENCE_END.test(window.slice(colon)) ? -1 : colon;
}

function isAddressColon(window: string, colon: number): boolean {
  const lineStart = window.lastIndexOf('\n', colon) + 1;
  const lineEnd = window.indexOf('\n', colon);
  const line = window.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return window.startsWith('//', colon + 1) || ADDRESS_LINE.test(line);
}

/** "Source: https://…", "URL : www.…": a line that gives the document's address. */
const ADDRESS_LINE = /^\s*[\p{L} ]{1,20}\s*:\s*(?:https?:\/\/|www\.)\S*\s*$/u;
/** "… (Suède). Le président …": a sentence ends and another starts on the same line (not the
 * dot of "M. Jean Mbarga", "S.E.M. …"). */
const PROSE_SENTENCE_END = /(?:\p{Ll}{2}|\))[.!?][ \t]+\p{Lu}/u;

/**
 * "Ambassadeur du Pérou – | Gonzalo Gutiérrez Reinel", "- Ambassador of the Republic of Cuba – |":
 * the title that opens the line of a listed person, before the person's country and a dash.
 */
export function findLineTitle(
  text: string,
  mentions: readonly Mention[],
  index: number,
): FoundTitle | undefined {
  const person = mentions[index] as Mention;
  const country = mentions[index - 1];
  if (country?.type !== 'Place' || country.subtype !== 'country') return undefined;
  if (!LINE_DASH.test(text.slice(country.end, person.start))) return undefined;
  const lineStart = text.lastIndexOf('\n', country.start) + 1;
  const title = findTitleBefore(text, country.start, { allowPreposition: true });
  if (!title || title.start < lineStart) return undefined;
  if (!LINE_OPENING.test(text.slice(lineStart, title.start))) return undefined;
  return { ...title, rule: 'list-line-title', end: person.start };
}

const LINE_DASH = /^[ \t]*[–—:-][ \t]*$/u;
/** Nothing before the title but a bullet or a list number: "- Ambassadeur du Pérou –". */
const LINE_OPENING = /^[ \t\-–—•*·\d.)]*$/u;

/** "Les ministres des Affaires étrangères :": a title in the plural ends the header. */
function pluralTitleBefore(text: string, colonAt: number): ParsedTitle | undefined {
  const title = findTitleBefore(text, colonAt, { allowPreposition: true });
  const first = title?.form?.split(/[\s-]/u)[0] ?? '';
  return title && /[sx]$/u.test(first) ? title : undefined;
}

/** The country that receives the credentials: the nearest country or known leader named before
 * the list ("au président de la Fédération de Russie", "Vladimir Poutine a reçu"). */
function receivingCountry(
  mentions: readonly Mention[],
  from: number,
  listStart: number,
): string | undefined {
  let nearest: string | undefined;
  for (const m of mentions) {
    if (m.start < from) continue;
    if (m.start >= listStart) break;
    const leader = m.type === 'Person' && m.lexiconId ? findLexiconEntry(m.lexiconId) : undefined;
    if (m.type === 'Place' && m.subtype === 'country' && m.lexiconId) nearest = m.lexiconId;
    else if (leader?.country) nearest = leader.country;
  }
  return nearest;
}

function lastSentenceEnd(text: string): number {
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) last = m.index + m[0].length;
  return last;
}

function countryName(country: string): string {
  return findLexiconEntry(country)?.name ?? country;
}
