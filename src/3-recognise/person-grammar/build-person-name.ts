// A name chunk -> given name, surname and canonical English name: "Mikhaïl Leonidovitch Bogdanov"
// -> Mikhail Bogdanov (patronymic dropped), "Bogdanov Mikhaïl Leonidovitch" too (official order),
// "Trân Dai Quang" -> Tran Dai Quang (family name first, written without diacritics), "Rouslan
// Nazaraïev" -> Ruslan Nazarayev, "V.Poutine" -> V. + Poutine.

import { foldText } from '../../4-resolve/normalise.js';
import { angliciseSurname } from '../../4-resolve/anglicise-name.js';
import { FIRST_NAMES, NAME_PARTICLES, PATRONYMIC_ENDINGS } from '../../lexicon/index.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';
import { isPinyinName } from './pinyin-name.js';

export interface PersonName {
  readonly givenName: string;
  readonly surname: string;
  readonly canonical: string;
  /** Initials with a surname, or a lone surname: resolved against the document's full names. */
  readonly partial?: 'surname';
}

const PATRONYMIC = new RegExp(`(?:${PATRONYMIC_ENDINGS.join('|')})$`, 'u');

/** "leonidovitch", "ivanovna": a folded word with a Russian patronymic's ending. */
export function isPatronymic(folded: string): boolean {
  return PATRONYMIC.test(folded);
}

export function buildPersonName(view: TokenView, chunk: NameChunk): PersonName {
  const tokens = chunk.words.map((i) => view.tokens[i]).filter((t) => t !== undefined);
  const words = tokens.map((t) => titleCase(t.text));
  const firstTags = view.tags[chunk.words[0] as number];
  const surname = words.at(-1) ?? '';
  if (words.length === 1) return { givenName: '', surname, canonical: surname, partial: 'surname' };
  if (tokens[0]?.initial)
    return {
      givenName: words[0] ?? '',
      surname,
      canonical: `${words[0]}. ${surname}`,
      partial: 'surname',
    };
  const familyFirst =
    (firstTags?.has('#FamilyFirst') && !firstTags.has('#FirstName')) || isPinyinName(view, chunk);
  if (familyFirst && words.length <= 3) {
    const plain = words.map(stripDiacritics);
    return {
      givenName: plain.slice(1).join(' '),
      surname: plain[0] ?? '',
      canonical: plain.join(' '),
    };
  }
  // "OKAFOR Chinedu": the surname in capitals written first, as protocol lists do
  if (isCapitalsFirst(tokens)) {
    const given = words.slice(1).map((w) => FIRST_NAMES[w] ?? w);
    const family = words[0] ?? '';
    return {
      givenName: given.join(' '),
      surname: family,
      canonical: [...given, angliciseSurname(family)].join(' '),
    };
  }
  if (isOfficialOrder(view, chunk)) {
    const official = FIRST_NAMES[words[1] ?? ''] ?? words[1] ?? '';
    const family = words[0] ?? '';
    return {
      givenName: official,
      surname: family,
      canonical: `${official} ${angliciseSurname(family)}`,
    };
  }
  const given = FIRST_NAMES[words[0] ?? ''] ?? words[0] ?? '';
  const middle = words
    .slice(1, -1)
    .filter((w, k) => !(k === 0 && firstTags?.has('#FirstName') && PATRONYMIC.test(foldText(w))));
  const english = angliciseSurname(surname);
  return {
    givenName: given,
    surname,
    canonical: [given, ...middle.map((w) => FIRST_NAMES[w] ?? w), english].join(' '),
  };
}

/** "Vorobev Yuri Leonidovich": Russian official order, surname, given name, patronymic. */
export function isOfficialOrder(view: TokenView, chunk: NameChunk): boolean {
  const [family, , patronymic] = chunk.words.map((i) => view.tokens[i]);
  return (
    chunk.words.length === 3 &&
    !view.tags[chunk.words[0] as number]?.has('#FirstName') &&
    (view.tags[chunk.words[1] as number]?.has('#FirstName') ?? false) &&
    family?.case === 'title' &&
    isPatronymic(patronymic?.folded ?? '')
  );
}

function isCapitalsFirst(tokens: readonly { readonly case: string; readonly text: string }[]) {
  const [first, ...rest] = tokens;
  return first?.case === 'upper' && first.text.length >= 3 && rest.every((t) => t.case === 'title');
}

/** Lower-case words that stay so inside a name: "bin", "von der", "della". */
const LOWER_PARTICLES = new Set([...NAME_PARTICLES, 'de', 'do', 'del', 'di', 'della']);

/** "POUTINE" -> "Poutine", "tileuberdi" -> "Tileuberdi", "KP" stays (two letters), "al-Thani" stays. */
function titleCase(word: string): string {
  if (word === word.toLowerCase() && word.length >= 4 && !LOWER_PARTICLES.has(word))
    return word.replace(/^\p{L}/u, (letter) => letter.toUpperCase());
  if (word.length <= 2 || word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function stripDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
