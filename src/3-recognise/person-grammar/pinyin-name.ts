// "Wang Yi", "Li Qiang", "Xi Jinping", "ZHANG Ming": a Chinese family name, then a given name of
// one or two pinyin syllables. The shape of the name is the evidence, no list of given names.

import {
  CHINESE_FAMILY_NAMES,
  EAST_ASIAN_FAMILY_NAMES,
  PINYIN_FINALS,
  PINYIN_INITIALS,
} from '../../lexicon/chinese-names.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

const FAMILY = new Set(CHINESE_FAMILY_NAMES);
const FAMILY_FIRST = new Set([...CHINESE_FAMILY_NAMES, ...EAST_ASIAN_FAMILY_NAMES]);
const SYLLABLE = `(?:${PINYIN_INITIALS.join('|')})?(?:${PINYIN_FINALS.join('|')})`;
/** One or two syllables, maybe hyphenated ("Jin-ping"); "Yi", "Qiang", "Jinping", "Zhaoxu". */
const GIVEN_NAME = new RegExp(`^(?:${SYLLABLE})(?:-?(?:${SYLLABLE}))?$`);

export function isPinyinName(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.length !== 2) return false;
  const [family, given] = chunk.words.map((i) => view.tokens[i]);
  if (!family || !given || given.initial) return false;
  if (!FAMILY.has(family.folded) || given.case === 'lower') return false;
  return GIVEN_NAME.test(given.folded);
}

/**
 * "Vice Premier He Lifeng": a family name that is also an English word ("he", "ye") is a name word
 * when a pinyin given name follows it on the line and ends the name.
 */
export function opensPinyinName(view: TokenView, i: number): boolean {
  const [family, given, after] = [view.tokens[i], view.tokens[i + 1], view.tokens[i + 2]];
  if (!family || !given || family.case !== 'title' || !FAMILY.has(family.folded)) return false;
  if (given.case !== 'title' || !/^[ \t\u00a0]+$/u.test(view.text.slice(family.end, given.start)))
    return false;
  const nameGoesOn =
    after?.kind === 'word' && after.case !== 'lower' && after.start === given.end + 1;
  return GIVEN_NAME.test(given.folded) && !nameGoesOn;
}

/**
 * "Ding Xuexiang attended … Ding said", "Qin Gang … Qin stressed": a Chinese, Korean or Vietnamese
 * family name written alone, in title case. A surname to resolve: it names someone only when the
 * document gives one person of that family name in full.
 */
export function isFamilyNameAlone(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.length !== 1) return false;
  const token = view.tokens[chunk.first];
  return token?.case === 'title' && !token.initial && FAMILY_FIRST.has(token.folded);
}
