// Token patterns written like the text they match: "du|d'|de|of la|l'|the? #Country" is three
// steps, each a set of folded words, punctuation or "#Tags"; "?" makes a step optional. A tag step
// takes the whole mention it tags ("Corée du Nord" is one #Country step).

import type { TokenView } from './types.js';

export interface Step {
  readonly words: ReadonlySet<string>;
  readonly tags: readonly string[];
  readonly optional: boolean;
}

export type Steps = readonly Step[];

/** "du|d'|of #Country" -> steps; memoised by the caller's constant. */
export function compileSteps(pattern: string): Steps {
  return pattern
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((part) => {
      const optional = part.length > 1 && part.endsWith('?');
      const alternatives = (optional ? part.slice(0, -1) : part).split('|');
      return {
        words: new Set(alternatives.filter((a) => !a.startsWith('#') || a === '#')),
        tags: alternatives.filter((a) => a.startsWith('#') && a.length > 1),
        optional,
      };
    });
}

function stepMatches(view: TokenView, i: number, step: Step): boolean {
  const token = view.tokens[i];
  if (!token) return false;
  if (step.words.has(token.folded)) return true;
  const tags = view.tags[i];
  return step.tags.some((tag) => tags?.has(tag));
}

/** Tokens of the same mention as token i, in the direction walked: the index past them. */
function pastMention(view: TokenView, i: number, direction: 1 | -1): number {
  const mention = view.mentionOf[i];
  let j = i + direction;
  if (mention === undefined) return j;
  while (view.mentionOf[j] === mention) j += direction;
  return j;
}

/** Steps matched from token `from` rightwards: the index after the match, or -1. */
export function matchAfter(view: TokenView, from: number, steps: Steps, at = 0): number {
  if (at === steps.length) return from;
  const step = steps[at] as Step;
  if (stepMatches(view, from, step)) {
    const next =
      step.tags.length > 0 && !step.words.has(view.tokens[from]?.folded ?? '')
        ? pastMention(view, from, 1)
        : from + 1;
    const found = matchAfter(view, next, steps, at + 1);
    if (found >= 0) return found;
  }
  return step.optional ? matchAfter(view, from, steps, at + 1) : -1;
}

/** Steps matched leftwards, their last step on token `from`: the index of the first token, or -1. */
export function matchBefore(
  view: TokenView,
  from: number,
  steps: Steps,
  at = steps.length - 1,
): number {
  if (at < 0) return from + 1;
  const step = steps[at] as Step;
  if (stepMatches(view, from, step)) {
    const next =
      step.tags.length > 0 && !step.words.has(view.tokens[from]?.folded ?? '')
        ? pastMention(view, from, -1)
        : from - 1;
    const found = matchBefore(view, next, steps, at - 1);
    if (found >= 0) return found;
  }
  return step.optional ? matchBefore(view, from, steps, at - 1) : -1;
}
