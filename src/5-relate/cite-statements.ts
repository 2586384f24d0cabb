// The evidence of a relation is the statement behind it: the whole sentence or list line around the
// span a rule pointed at ("Alexandre Loukachenko" -> "Le président Alexandre Loukachenko a reçu
// ..."), never a bare name nor a piece cut inside a word. Very long "sentences" (a text without
// stops) keep a window of whole words around the span instead.

import type { SourceDocument, Span } from '../types.js';
import { sentenceIndexAt, sentencesOf, type Sentence } from './sentences.js';
import type { Assertion } from './types.js';

/** Longest quote kept whole; past it, a window of WINDOW characters either side of the span. */
const MAX_STATEMENT = 600;
const WINDOW = 200;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function citeStatements(doc: SourceDocument, assertions: readonly Assertion[]): Assertion[] {
  const sentences = sentencesOf(doc);
  return assertions.map((a) => {
    const span = statementAround(doc.text, sentences, a.evidence);
    if (span.start === a.evidence.start && span.end === a.evidence.end) return a;
    return { ...a, evidence: { ...a.evidence, start: span.start, end: span.end } };
  });
}

/** The sentences covering `span`, or a word-aligned window when they are too long. */
export function statementAround(text: string, sentences: readonly Sentence[], span: Span): Span {
  const inside = clampToWords(text, span);
  if (inside.end <= inside.start) return inside;
  const first = sentences[sentenceIndexAt(sentences, inside.start)];
  const last = sentences[sentenceIndexAt(sentences, inside.end - 1)];
  if (!first || !last || first.start > inside.start || last.end < inside.end) return inside;
  if (last.end - first.start <= MAX_STATEMENT) return { start: first.start, end: last.end };
  return clampToWords(text, {
    start: Math.max(first.start, inside.start - WINDOW),
    end: Math.min(last.end, inside.end + WINDOW),
  });
}

/** Inside the text, widened to whole words at both ends, trailing blanks dropped. */
export function clampToWords(text: string, span: Span): Span {
  let start = Math.min(Math.max(0, span.start), text.length);
  let end = Math.min(Math.max(start, span.end), text.length);
  const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHARACTER.test(text[i] as string);
  while (start > 0 && isWord(start - 1) && isWord(start)) start--;
  while (end < text.length && isWord(end - 1) && isWord(end)) end++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  return { start, end };
}
