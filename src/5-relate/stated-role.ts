// Where a document states a role the lexicon knows: a sentence that names the person and writes a
// title of that role ("le président Vladimir Poutine", "le chef de l'État russe"). A role known
// only from the lexicon is not stated by a sentence that just names the holder; one that writes the
// title with the country ("le président [de la Chine]") states it of whoever held it that day.

import { TITLES } from '../lexicon/index.js';
import { memoiseString } from '../memoise.js';
import { alternation, wholeWords } from '../patterns.js';
import type { SourceDocument, Span } from '../types.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';

/** The titles that write `role` ("President" -> président, chef de l'État, homologue...). */
const cueOf = memoiseString((role: string): RegExp | undefined => {
  const writes = (t: (typeof TITLES)[number]) =>
    role === t.role || role.startsWith(`${t.role} `) || role.endsWith(` ${t.role}`);
  const forms = TITLES.filter(writes).flatMap((t) => [...t.forms, ...(t.cues ?? [])]);
  return forms.length > 0 ? new RegExp(wholeWords(alternation(forms)), 'i') : undefined;
});

/**
 * The first sentence that writes a title of `role` and names its holder, else one that writes it
 * with the country or organisation the role is of (`ofMentions`).
 */
export function sentenceStatingRole(
  doc: SourceDocument,
  role: string,
  holderMentions: readonly Span[],
  ofMentions: readonly Span[],
): Span | undefined {
  const cue = cueOf(role);
  if (!cue) return undefined;
  const sentences = sentencesOf(doc);
  for (const mention of [...holderMentions, ...ofMentions]) {
    const sentence = sentences[sentenceIndexAt(sentences, mention.start)];
    if (sentence && cue.test(doc.text.slice(sentence.start, sentence.end))) return sentence;
  }
  return undefined;
}
