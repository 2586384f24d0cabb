// "Ri Son Hui", "Pak Thae Song", "Nguyen Xuan Phuc", "Cho Tae-yul": a Korean or Vietnamese family
// name, then two syllables (or one hyphenated pair). The shape of the name is the evidence.

import { EAST_ASIAN_FAMILY_NAMES } from '../../lexicon/chinese-names.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

const FAMILY = new Set(EAST_ASIAN_FAMILY_NAMES);
/** One romanised syllable: "thae", "hui", "jong", "minh", "nguyen", "yeol". */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|ph|th|tr|gh|gi|kh|kk|tt|pp|ss|jj|sh|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|nh|ch|[cnmlkptr])?$/;
/** "Tae-yul", "Jong-un", "Suk-yeol". */
const SYLLABLE_PAIR = /^(\p{L}+)-(\p{L}+)$/u;

export function isEastAsianName(view: TokenView, chunk: NameChunk): boolean {
  const tokens = chunk.words.map((i) => view.tokens[i]);
  if (tokens.some((t) => t === undefined || t.initial || t.case === 'lower')) return false;
  const [family, ...given] = tokens.map((t) => t?.folded ?? '');
  if (!FAMILY.has(family ?? '')) return false;
  if (given.length === 2) return given.every((g) => SYLLABLE.test(g));
  return given.length === 1 && isSyllablePair(given[0] ?? '');
}

/**
 * "Le Hoai Trung", "Do Hung Viet", "Park Jong-hoon": a family name that is also a French or
 * English word opens a name when two capitalised syllables, or one hyphenated pair, follow it on
 * the line ("Le Monde", "Le Bon ton", "Park Avenue" do not).
 */
export function opensEastAsianName(view: TokenView, i: number): boolean {
  const family = view.tokens[i];
  if (!family || family.case !== 'title' || !FAMILY.has(family.folded)) return false;
  const given = [view.tokens[i + 1], view.tokens[i + 2]];
  const follows = (t: (typeof given)[number], previous: typeof family | undefined) =>
    t !== undefined &&
    t.case === 'title' &&
    /^[ \t\u00a0]+$/u.test(view.text.slice(previous?.end ?? 0, t.start));
  if (follows(given[0], family) && isSyllablePair(given[0]?.folded ?? '')) return true;
  return given.every(
    (t, k) => follows(t, k === 0 ? family : given[0]) && SYLLABLE.test(t?.folded ?? ''),
  );
}

/** "jong-hoon", "tae-yul": two romanised syllables joined by a hyphen. */
function isSyllablePair(folded: string): boolean {
  const pair = SYLLABLE_PAIR.exec(folded);
  return pair !== null && SYLLABLE.test(pair[1] ?? '') && SYLLABLE.test(pair[2] ?? '');
}
