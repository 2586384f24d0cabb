// Ways of writing a name that mark it as one whatever its words: the surname in capitals after a
// given name ("Chinedu OKAFOR", or "OKAFOR Chinedu") in a document that writes its known names so
// ("Sergueï LAVROV"), and initials before name words ("K.P. Sharma Oli", "V.K. Singh").

import type { TokenView } from '../tokens/types.js';
import type { Mention } from '../types.js';
import type { NameChunk } from './find-name-chunks.js';

/** A surname in capitals is at least this long: "UN", "EU" are acronyms. */
const MIN_CAPITALS = 3;

/** "Chinedu OKAFOR", "Marie-Claire DUBOIS", "OKAFOR Chinedu": title-case words and one in capitals. */
export function hasCapitalisedSurname(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.length < 2 || chunk.words.length > 3) return false;
  const tokens = chunk.words.map((i) => view.tokens[i]);
  const upper = tokens.filter((t) => t?.case === 'upper');
  const title = tokens.filter((t) => t?.case === 'title' && !t.initial);
  if (upper.length !== 1 || title.length !== tokens.length - 1) return false;
  const surname = upper[0];
  // the capitals stand at one end: "Chinedu Emeka OKAFOR", "OKAFOR Chinedu Emeka"
  const atEnd = surname === tokens.at(-1) || surname === tokens[0];
  return (
    atEnd && (surname?.text.length ?? 0) >= MIN_CAPITALS && /^\p{Lu}+$/u.test(surname?.text ?? '')
  );
}

/**
 * "Sergueï LAVROV", "Ahmed ATTAF": the document writes surnames in capitals, a known person's or
 * one after a known given name. "CCTV News" or "KAMAZ Trucks" alone is no such convention.
 */
export function writesSurnamesInCapitals(
  view: TokenView,
  chunks: readonly NameChunk[],
  mentions: readonly Mention[],
): boolean {
  const known = mentions.some(
    (m) => m.type === 'Person' && m.lexiconId !== undefined && CAPITALS_AFTER_NAME.test(m.surface),
  );
  return (
    known ||
    chunks.some(
      (chunk) =>
        view.tags[chunk.words[0] as number]?.has('#FirstName') === true &&
        hasCapitalisedSurname(view, chunk),
    )
  );
}

const CAPITALS_AFTER_NAME = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)* \p{Lu}{3,}$/u;

/** "K.P. Sharma Oli", "V.K. Singh": initials, then at least one name word of three letters. */
export function opensWithInitials(view: TokenView, chunk: NameChunk): boolean {
  const tokens = chunk.words.map((i) => view.tokens[i]);
  const initials = tokens.findIndex((t) => !t?.initial);
  if (initials < 1 || initials > 3) return false;
  const rest = tokens.slice(initials);
  return rest.length <= 2 && rest.every((t) => t?.case === 'title' && t.text.length >= 3);
}
