// The titles of a pair written in one phrase ("membre du Bureau politique ... et directeur du
// Bureau général"): where each stands, so each names its own body, and what they share.

import { foldText } from '../4-resolve/normalise.js';
import type { FoundTitle } from './find-title.js';

/**
 * What a title of a pair shares with the next: not its own words ("président [Chairman] du
 * comité exécutif et secrétaire exécutif de la CEI" is the CIS's Executive Secretary).
 */
export function withoutOwnWords(found: FoundTitle): FoundTitle {
  const shared: { -readonly [K in keyof FoundTitle]: FoundTitle[K] } = { ...found };
  delete shared.ofBodyOnly;
  delete shared.titleOfOrganisation;
  delete shared.takesPortfolio;
  return shared;
}

/** Where an "also" title stands: its form's first whole-word occurrence after the title before. */
export function locateAlso(
  text: string,
  from: number,
  to: number,
  form: string | undefined,
): { readonly start: number; readonly titleEnd: number } | undefined {
  if (!form) return undefined;
  const folded = foldText(text.slice(from, to));
  for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (!/\p{L}/u.test(folded[at - 1] ?? ' ') && !/\p{L}/u.test(folded[end] ?? ' '))
      return { start: from + at, titleEnd: from + end };
  }
  return undefined;
}
