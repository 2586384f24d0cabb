// A name of two or three capitalised words whose last one has a surname's ending of the region
// ("Zhanna Orazbayeva", "Ararat Mirzoyan"): a person, though the given name is not listed.

import { SURNAME_ENDINGS } from '../../lexicon/first-names.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

/** At least three letters before the ending: "Lov" or "Dev" alone is no surname. */
const SURNAME = new RegExp(`^\\p{L}{3,}(?:${SURNAME_ENDINGS.join('|')})$`, 'u');

export function hasSurnameShape(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.length < 2 || chunk.words.length > 3) return false;
  const words = chunk.words.map((i) => view.tokens[i]);
  // all-caps headings and initials are read by other rules
  if (words.some((t) => !t || t.case !== 'title' || t.initial)) return false;
  return SURNAME.test(words.at(-1)?.folded ?? '');
}
