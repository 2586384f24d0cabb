// Whether a full stop belongs to an abbreviation rather than ending a sentence: "M. Poutine",
// "V.Poutine", "Mr. Raïssi", "St. Petersburg". Shared by the recognisers' clauses and the
// relate stage's sentences, so both cut a text at the same stops.

// an initial or a title right before the stop, at the start of the text or after a blank; or
// the second initial of "H.E." (His Excellency)
const ABBREVIATION =
  /(?:(?:^|[\s(])(?:\p{Lu}|M|Mr|Mrs|Ms|Dr|St|Mme|Mgr|No|n°|cf|etc|vs)|\p{Lu}\.\p{Lu})\.$/u;

/** "... à M." -> true: `head` is the text up to and including a full stop (a few characters
 * before it suffice). */
export function endsWithAbbreviation(head: string): boolean {
  return ABBREVIATION.test(head);
}

/** The full stop at `dot` closes an abbreviation of `text` ("M. Poutine"). */
export function isAbbreviationStop(text: string, dot: number): boolean {
  return text[dot] === '.' && endsWithAbbreviation(text.slice(Math.max(0, dot - 4), dot + 1));
}
