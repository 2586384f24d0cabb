// A run of name words as one item of a list of people by country: "Jean Mbarga (Cameroun), Olga
// Tammsaar (Estonie)", a line "Estonie – Olga Tammsaar", "Ambassadeur du Pérou – Olga Tammsaar" or
// "Olga Tammsaar – Estonie", a title shared over "du Népal, X, de l'Algérie, Y". The country
// beside the name is what makes it a person; the item must stand alone between list separators.

import { findTitleBefore } from '../find-title.js';
import { compileSteps, matchAfter, matchBefore } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

/** "Olga Tammsaar (Estonie)", "(République du Cameroun)". */
const BRACKETED_COUNTRY = compileSteps("( la|le|l'|the? #Country )");
/** What may stand before an item: a list separator, "de" of "les lettres de créance de". */
const ITEM_OPENERS = new Set([
  ...[',', ':', ';', '•', 'et', 'and', 'de', "d'", 'of', 'from'],
  // "présentées par | Pedro Alvarez (Chili)", "s'est entretenu avec | …", "met with | …"
  ...['par', 'by', 'avec', 'with'],
]);
/** What may follow an item: a separator or the end of the sentence. */
const ITEM_CLOSERS = new Set([',', ';', '.', 'et', 'and']);
const DASHES = '–|—|-|:';
/** "Estonie – | Olga Tammsaar", "République du Cameroun : | Jean Mbarga". */
const COUNTRY_DASH = compileSteps(`#Country ${DASHES}`);
/** "Olga Tammsaar | – Estonie". */
const DASH_COUNTRY = compileSteps(`${DASHES} la|le|l'|the? #Country`);
/** "…, de l'Algérie, | Ilyas Bouzghaia": a country, a comma, after an item of the same list. */
const COUNTRY_COMMA = compileSteps(
  "du|de|des|d'|of|from? la|l'|le|les|the? #Country , m|mme|mr|mrs|ms|dr? .?",
);
/** Between two items: "Kafle, | de l'Algérie", "Soares, et | du Bhoutan", "Kafle; | Algeria". */
const ITEM_GAP = compileSteps(',|; et|and?');
/** A bullet or a number before an item of a list line: "- ", "1.", "•". */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

/** "…, Olga Tammsaar (Estonie), …": the name, then its country in brackets. */
export function isBracketedCountryItem(view: TokenView, chunk: NameChunk): boolean {
  const after = matchAfter(view, chunk.last + 1, BRACKETED_COUNTRY);
  if (after < 0) return false;
  return opensItem(view, chunk.first) && closesItem(view, after);
}

/** A list line "Estonie – Olga Tammsaar" or "Olga Tammsaar – Estonie", alone on its line. */
export function isCountryDashLine(view: TokenView, chunk: NameChunk): boolean {
  return countryTokenOfDashLine(view, chunk) !== undefined;
}

/**
 * "les ambassadeurs du Népal, Nirmal Raj Kafle, de l'Algérie, | Ilyas Bouzghaia, …": a name after
 * its country and a comma, following an item of the same shape whose person was read already.
 */
export function isCountryCommaItem(view: TokenView, chunk: NameChunk): boolean {
  return countryTokenOfCommaItem(view, chunk) !== undefined;
}

/** The token index of the country of a list item found by one of the tests above. */
export function countryTokenOfItem(view: TokenView, chunk: NameChunk): number | undefined {
  if (isBracketedCountryItem(view, chunk)) {
    let i = chunk.last + 2;
    while (view.tokens[i] && !view.tags[i]?.has('#Country')) i++;
    return view.tokens[i] ? i : undefined;
  }
  return countryTokenOfDashLine(view, chunk) ?? countryTokenOfCommaItem(view, chunk);
}

function countryTokenOfCommaItem(view: TokenView, chunk: NameChunk): number | undefined {
  const opening = matchBefore(view, chunk.first - 1, COUNTRY_COMMA);
  if (opening < 0 || !closesItem(view, chunk.last + 1)) return undefined;
  const gap = matchBefore(view, opening - 1, ITEM_GAP);
  // the item before: a person read already, itself after its country and a comma
  let first = gap - 1;
  if (gap < 0 || !view.tags[first]?.has('#Person')) return undefined;
  while (
    view.tags[first - 1]?.has('#Person') &&
    view.mentionOf[first - 1] === view.mentionOf[first]
  )
    first--;
  if (matchBefore(view, first - 1, COUNTRY_COMMA) < 0) return undefined;
  let country = chunk.first - 1;
  while (country > opening && !view.tags[country]?.has('#Country')) country--;
  return countryStart(view, country);
}

/** The first token of the country mention that covers token i. */
function countryStart(view: TokenView, i: number): number {
  let start = i;
  while (start > 0 && view.mentionOf[start - 1] === view.mentionOf[i]) start--;
  return start;
}

function countryTokenOfDashLine(view: TokenView, chunk: NameChunk): number | undefined {
  const before = matchBefore(view, chunk.first - 1, COUNTRY_DASH);
  if (before >= 0 && (startsLine(view, before) || titleOpensLine(view, before)))
    if (endsLine(view, chunk.last + 1)) return before;
  const after = matchAfter(view, chunk.last + 1, DASH_COUNTRY);
  if (after >= 0 && startsLine(view, chunk.first) && endsLine(view, after)) return after - 1;
  return undefined;
}

function opensItem(view: TokenView, first: number): boolean {
  const token = view.tokens[first];
  if (!token) return false;
  if (token.lineStart) return true;
  const previous = view.tokens[first - 1];
  return previous !== undefined && ITEM_OPENERS.has(previous.folded);
}

function closesItem(view: TokenView, next: number): boolean {
  const token = view.tokens[next];
  return token === undefined || token.lineStart || ITEM_CLOSERS.has(token.folded);
}

/** "Ambassadrice du Royaume de | Suède – Malena Mård": a title opens the line of the country. */
function titleOpensLine(view: TokenView, country: number): boolean {
  let first = country - 1;
  while (first > 0 && !view.tokens[first]?.lineStart) first--;
  const line = view.tokens[first];
  if (!line?.lineStart || country - first > MAX_LINE_TITLE_TOKENS) return false;
  const at = view.tokens[country]?.start ?? 0;
  const title = findTitleBefore(view.text, at, { allowPreposition: true });
  // nothing before the title but a bullet or a list number: "- Ambassadeur du Pérou –"
  return (
    title !== undefined &&
    title.start >= line.start &&
    LINE_OPENING.test(view.text.slice(line.start, title.start))
  );
}

const LINE_OPENING = /^[\s\-–—•*·\d.)]*$/u;
const MAX_LINE_TITLE_TOKENS = 10;

/** The token starts its line, after a bullet or a list number at most. */
function startsLine(view: TokenView, i: number): boolean {
  const token = view.tokens[i];
  if (!token) return false;
  if (token.lineStart) return true;
  const previous = view.tokens[i - 1];
  if (previous?.lineStart && BULLETS.has(previous.text)) return true;
  // "1. Estonie – …", "2) …"
  const beforeThat = view.tokens[i - 2];
  return (
    previous !== undefined &&
    (previous.text === '.' || previous.text === ')') &&
    beforeThat?.lineStart === true &&
    beforeThat.kind === 'number'
  );
}

/** Nothing but a closing mark between token i and the line end. */
function endsLine(view: TokenView, i: number): boolean {
  const token = view.tokens[i];
  if (token === undefined || token.lineStart) return true;
  const next = view.tokens[i + 1];
  return (
    (token.text === ',' || token.text === ';' || token.text === '.') &&
    (next === undefined || next.lineStart)
  );
}
