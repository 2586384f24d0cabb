// A run of name words as one item of a list of people by country: "Jean Mbarga (Cameroun), Olga
// Tammsaar (Estonie)", a line "Estonie – Olga Tammsaar" or "Olga Tammsaar – Estonie". The country
// beside the name is what makes it a person; the item must stand alone between list separators.

import { compileSteps, matchAfter, matchBefore } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

/** "Olga Tammsaar (Estonie)", "(République du Cameroun)". */
const BRACKETED_COUNTRY = compileSteps("( la|le|l'|the? #Country )");
/** What may stand before an item: a list separator, "de" of "les lettres de créance de". */
const ITEM_OPENERS = new Set([',', ':', ';', '•', 'et', 'and', 'de', "d'", 'of', 'from', 'by']);
/** What may follow an item: a separator or the end of the sentence. */
const ITEM_CLOSERS = new Set([',', ';', '.', 'et', 'and']);
const DASHES = '–|—|-|:';
/** "Estonie – | Olga Tammsaar", "République du Cameroun : | Jean Mbarga". */
const COUNTRY_DASH = compileSteps(`#Country ${DASHES}`);
/** "Olga Tammsaar | – Estonie". */
const DASH_COUNTRY = compileSteps(`${DASHES} la|le|l'|the? #Country`);
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

/** The token index of the country of a list item found by one of the tests above. */
export function countryTokenOfItem(view: TokenView, chunk: NameChunk): number | undefined {
  if (isBracketedCountryItem(view, chunk)) {
    let i = chunk.last + 2;
    while (view.tokens[i] && !view.tags[i]?.has('#Country')) i++;
    return view.tokens[i] ? i : undefined;
  }
  return countryTokenOfDashLine(view, chunk);
}

function countryTokenOfDashLine(view: TokenView, chunk: NameChunk): number | undefined {
  const before = matchBefore(view, chunk.first - 1, COUNTRY_DASH);
  if (before >= 0 && startsLine(view, before) && endsLine(view, chunk.last + 1)) return before;
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
