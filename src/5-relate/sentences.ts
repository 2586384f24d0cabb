// The document's sentences and list lines, once per document: a line end always closes one, a
// full stop only before a space and a capital and not after an initial or a title ("M.", "V.").

import { endsWithAbbreviation } from '../abbreviations.js';
import type { SourceDocument } from '../types.js';

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

const SENTENCES = new WeakMap<SourceDocument, readonly Sentence[]>();

/** Sentences of the whole text in order, trimmed of surrounding blanks. */
export function sentencesOf(doc: SourceDocument): readonly Sentence[] {
  let sentences = SENTENCES.get(doc);
  if (!sentences) {
    sentences = splitSentences(doc.text);
    SENTENCES.set(doc, sentences);
  }
  return sentences;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  // "... de l’OTSC. « Comme ...": French quotes open with a (no-break) space before the capital
  const stop = /\n|[.!?…]+["»”)]?(?=\s+(?:["«“(]\s?)?[\p{Lu}\d•])/gu;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && endsWithAbbreviation(text.slice(Math.max(start, m.index - 4), end)))
      continue;
    push(m[0] === '\n' ? m.index : end);
    start = end;
  }
  push(text.length);
  return out;
}

/** Index of the sentence holding `offset`, by binary search; -1 when none does. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found = sentences[lo];
  return found && found.start <= offset ? lo : -1;
}
