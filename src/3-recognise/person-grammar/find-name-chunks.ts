// Token view -> runs of name-like words on one line: capitalised or all-caps words, initials
// ("V.", "S."), lower-case particles between them ("bin", "Ould"), "al-Thani". Words the lexicon
// names (countries, organisations, known people) and #NotName words ("Selon", "Place") end a run,
// but a known surname alone closes it: "Nurlan Japarov", "Yury Ushakov" are read whole.

import { EXCELLENCY_INITIALS } from '../../lexicon/honorifics.js';
import type { TokenView } from '../tokens/types.js';
import { isPatronymic } from './build-person-name.js';
import { opensEastAsianName } from './east-asian-name.js';
import { isGivenNameParticle, joinsGivenName, opensWithParticle } from './name-particles.js';
import { isLowerCaseSurname } from './lower-case-surname.js';
import { isPinyinName, opensPinyinName } from './pinyin-name.js';
import { findTitleCaseLines, isHeadlineStop } from './title-case-lines.js';

export interface NameChunk {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Name words, without the dots of initials. */
  readonly words: readonly number[];
  /**
   * Name words right before the run that a given name cut off as a title's ("Structure | Oleg
   * Petrov"): a list item may take them back ("Takahashi | Kenji (Japon) ;").
   */
  readonly lead?: readonly number[];
}

const MAX_WORDS = 6;
const EXCELLENCY = EXCELLENCY_INITIALS;
/** "Kim Jong Un", "Ri Son Hui", "Bui Thanh Son": syllables that are also French words. */
const INNER_CAPITALISED = new Set([
  ...['un', 'le', 'la', 'de', 'du', 'van', 'von', 'der', 'da', 'dos', 'son'],
]);
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|an)-\p{Lu}/u;

/** What a word is read against: the document's lower-case words, its title-case lines. */
interface WordContext {
  readonly lowerWords: ReadonlySet<string>;
  readonly titleLines: ReadonlySet<number>;
}

export function findNameChunks(view: TokenView): NameChunk[] {
  const context: WordContext = {
    lowerWords: new Set(view.tokens.filter((t) => t.case === 'lower').map((t) => t.folded)),
    titleLines: findTitleCaseLines(view),
  };
  /** A name word follows token j on its line. */
  const nameFollows = (j: number) =>
    sameLineAdjacent(view, j, j + 1) && nameWordKind(view, j + 1, context) === 'word';
  const chunks: NameChunk[] = [];
  let words: number[] = [];
  let first = -1;
  let lead: number[] = [];
  let last = -1;
  const close = () => {
    // trailing particles are not names: "Hamad bin" -> "Hamad"; "Liu Bin" is a Chinese name
    while (
      words.length > 0 &&
      (view.tags[words.at(-1) as number]?.has('#Particle') ||
        isGivenNameParticle(view, words.at(-1) as number)) &&
      !endsPinyinName(view, words)
    )
      words.pop();
    if (words.length > 0 && words.length <= MAX_WORDS)
      chunks.push({ first, last: words.at(-1) as number, words, ...(lead.length ? { lead } : {}) });
    words = [];
    first = -1;
    lead = [];
    last = -1;
  };
  view.tokens.forEach((token, i) => {
    const joined = last >= 0 && sameLineAdjacent(view, last, i);
    if (!joined) close();
    if (token.kind === 'punct' && token.text === '.' && view.tokens[i - 1]?.initial && joined) {
      last = i; // the dot of "V."
      return;
    }
    const kind = nameWordKind(view, i, context);
    if (kind === 'no' && joined && joinsGivenName(view, words.at(-1), i, nameFollows)) {
      words.push(i); // "Adão | de | Almeida"
      last = i;
      return;
    }
    if (kind === 'no' && joined && endsWithNameWord(view, words) && isLoneSurname(view, i)) {
      words.push(i); // "Nurlan | Japarov": the lexicon's surname after another given name
      last = i;
      return close();
    }
    if (
      kind === 'no' ||
      (kind === 'inner' &&
        words.length === 0 &&
        !opensEastAsianName(view, i) &&
        !opensWithParticle(view, i, nameFollows))
    )
      return close();
    // "Yuri Vorobyov | Vorobev Yuri Leonidovich", "le sénateur Petrov Oleg Ivanovitch": a given
    // name and a patronymic after a surname are the official order; that word opens the name
    const lastWord = words.at(-1);
    if (
      lastWord !== undefined &&
      view.tags[i]?.has('#FirstName') &&
      !view.tags[lastWord]?.has('#FirstName') &&
      !view.tags[lastWord]?.has('#Particle') &&
      sameLineAdjacent(view, i, i + 1) &&
      isPatronymic(view.tokens[i + 1]?.folded ?? '')
    ) {
      words.pop();
      close();
      first = lastWord;
      words.push(lastWord);
    }
    // "Oleg Petrov Petrov Oleg Ivanovich": a given name after two name words starts another
    // run; "… Anti-Terrorist Structure Oleg Petrov": words before it without one end a title
    else if (
      words.length >= 1 &&
      view.tags[i]?.has('#FirstName') &&
      !view.tags[words[0] as number]?.has('#FirstName') &&
      // "Ould Cheikh Ahmed": a run a particle opens is a name, not a title's words
      !view.tags[words[0] as number]?.has('#Particle') &&
      !endsAfterOneWord(view, words, i, context)
    ) {
      lead = words;
      words = [];
      first = -1;
    } else if (
      words.length >= 2 &&
      view.tags[i]?.has('#FirstName') &&
      // "Tamim bin Hamad al-Thani": a given name after "bin" is the father's, inside the name
      !view.tags[words.at(-1) as number]?.has('#Particle') &&
      // "Moussa Faki Mahamat.": a given name that ends the run is a surname here
      sameLineAdjacent(view, i, i + 1) &&
      nameWordKind(view, i + 1, context) === 'word'
    )
      close();
    if (first < 0) first = i;
    words.push(i);
    last = i;
  });
  close();
  return chunks;
}

/**
 * "Téte António", "Paulo Jorge": a given name that closes a run of two, after a word inside the
 * sentence, is the surname of that first word.
 */
function endsAfterOneWord(
  view: TokenView,
  words: readonly number[],
  i: number,
  context: WordContext,
): boolean {
  const first = view.tokens[words[0] as number];
  return (
    words.length === 1 &&
    first?.sentenceStart === false &&
    first.case === 'title' &&
    !(sameLineAdjacent(view, i, i + 1) && nameWordKind(view, i + 1, context) !== 'no')
  );
}

/** "Liu Bin", "Wang Bin": a capitalised particle after a Chinese family name is a given name. */
function endsPinyinName(view: TokenView, words: readonly number[]): boolean {
  if (words.length !== 2) return false;
  const [first, last] = words as [number, number];
  return view.tokens[last]?.case === 'title' && isPinyinName(view, { first, last, words });
}

/** A known person's surname standing alone: one token, the whole of a #Person mention. */
function isLoneSurname(view: TokenView, i: number): boolean {
  const mention = view.mentionOf[i];
  return (
    mention !== undefined &&
    view.tags[i]?.has('#Person') === true &&
    view.tokens[i]?.case !== 'lower' &&
    view.mentionOf[i - 1] !== mention &&
    view.mentionOf[i + 1] !== mention
  );
}

function endsWithNameWord(view: TokenView, words: readonly number[]): boolean {
  const lastWord = words.at(-1);
  if (lastWord === undefined) return false;
  const tags = view.tags[lastWord];
  return !tags?.has('#Particle') && view.tokens[lastWord]?.initial !== true;
}

/** "S.E.", "H.E.": token i is one of the two initials of "Son Excellence", "His Excellency". */
function isExcellencyInitial(view: TokenView, i: number): boolean {
  const at = view.tokens[i]?.start ?? 0;
  return EXCELLENCY.some(
    (form) => view.text.startsWith(form, at) || view.text.startsWith(form, at - 2),
  );
}

/** Only spaces between two tokens ("V." and "Poutine" may touch). */
function sameLineAdjacent(view: TokenView, a: number, b: number): boolean {
  const left = view.tokens[a];
  const right = view.tokens[b];
  if (!left || !right) return false;
  const gap = view.text.slice(left.end, right.start);
  return /^[ \t\u00a0]*$/u.test(gap);
}

function nameWordKind(
  view: TokenView,
  i: number,
  { lowerWords, titleLines }: WordContext,
): 'word' | 'inner' | 'no' {
  const token = view.tokens[i];
  const tags = view.tags[i];
  if (!token || !tags || token.kind !== 'word' || view.mentionOf[i] !== undefined) return 'no';
  // "Nong Rong | Meets Kazakh Ambassador": a headline's verb ends the name
  if (isHeadlineStop(view, i, titleLines)) return 'no';
  if (tags.has('#Particle')) return 'inner';
  // "Kim Jong Un": a capitalised article inside a run is a name word, never its first
  if (token.case === 'title' && INNER_CAPITALISED.has(token.folded)) return 'inner';
  // "Park Jong-hoon", "He Lifeng": a family name that is also a word, before its given name
  if (tags.has('#NotName') && !opensPinyinName(view, i) && !opensEastAsianName(view, i))
    return 'no';
  if (tags.has('#Month')) return 'no';
  // "S.E. | Tesfaye Yilma Sabo": the initials of Son Excellence are no name's
  if (token.initial) return isExcellencyInitial(view, i) ? 'no' : 'word';
  if (ARABIC_ARTICLE.test(token.text)) return 'word';
  // "Mukhtar tileuberdi,": a lower-case last word goes on a name, never opens one
  if (isLowerCaseSurname(view, i)) return 'inner';
  if (token.case === 'lower' || token.case === 'none') return 'no';
  // "Lors", "Selon" at a sentence start: written in lower case elsewhere in the document
  if (token.sentenceStart && !tags.has('#FirstName') && lowerWords.has(token.folded)) return 'no';
  return 'word';
}
