// Token view -> the tokens of lines written in title case, as headlines of English releases are
// ("Vice Foreign Minister Sun Weidong Holds Consultations with ..."): there a capitalised verb or
// function word is no name word, and ends the name before it.

import { HEADLINE_LOWER_WORDS, HEADLINE_STOP_WORDS } from '../../lexicon/index.js';
import type { TokenView } from '../tokens/types.js';

const STOPS = new Set(HEADLINE_STOP_WORDS);
const LOWER_ALLOWED = new Set(HEADLINE_LOWER_WORDS);
/** Capitalised words a line needs to be a headline in title case. */
const MIN_CAPITALISED = 3;
/** Lower-case words this short ("of", "the", "and", "bin") are kept lower in title case. */
const SHORT_LOWER = 3;

/** Indices of the tokens that stand in a title-case line. */
export function findTitleCaseLines(view: TokenView): ReadonlySet<number> {
  const inTitleLines = new Set<number>();
  let first = 0;
  const closeLine = (end: number) => {
    if (isTitleCaseLine(view, first, end)) for (let i = first; i < end; i++) inTitleLines.add(i);
    first = end;
  };
  view.tokens.forEach((token, i) => {
    if (token.lineStart && i > first) closeLine(i);
  });
  closeLine(view.tokens.length);
  return inTitleLines;
}

/** "Sun Weidong Holds Consultations": a word that ends a name in a title-case line. */
export function isHeadlineStop(
  view: TokenView,
  i: number,
  titleLines: ReadonlySet<number>,
): boolean {
  return titleLines.has(i) && STOPS.has(view.tokens[i]?.folded ?? '');
}

function isTitleCaseLine(view: TokenView, from: number, to: number): boolean {
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const token = view.tokens[i];
    if (!token || token.kind !== 'word') continue;
    if (token.case === 'lower') {
      if (token.text.length > SHORT_LOWER && !LOWER_ALLOWED.has(token.folded)) return false;
    } else if (token.case !== 'none' && !token.initial) capitalised++;
  }
  return capitalised >= MIN_CAPITALISED;
}
