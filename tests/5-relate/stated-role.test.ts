// A role the lexicon knows is cited where the text states it, never where it only names the holder.

import { makeDocument } from '../../src/1-read/read-documents.js';
import { sentenceStatingRole } from '../../src/5-relate/stated-role.js';

const spansOf = (text: string, word: string) => {
  const out = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    out.push({ start: at, end: at + word.length });
  return out;
};

it.each([
  [
    'the title before the name',
    'Ivan Morel est arrivé. Le président Ivan Morel a parlé.',
    'President',
    'Le président Ivan Morel a parlé.',
  ],
  [
    'an English title',
    'Ivan Morel arrived. President Ivan Morel spoke.',
    'President',
    'President Ivan Morel spoke.',
  ],
  [
    'a word that states the office',
    'Le mandat présidentiel de Ivan Morel expire.',
    'President',
    'Le mandat présidentiel de Ivan Morel expire.',
  ],
  [
    'the title with the country, the holder unnamed',
    'Ivan Morel dort. Le président de la Syldavie a écrit.',
    'President',
    'Le président de la Syldavie a écrit.',
  ],
  [
    'a press secretary',
    "L'attaché de presse Ivan Morel a répondu.",
    'Presidential Press Secretary',
    "L'attaché de presse Ivan Morel a répondu.",
  ],
  ['only the name', 'Ivan Morel est arrivé à Tartu.', 'President', undefined],
  ['another title', 'Le ministre Ivan Morel est arrivé.', 'President', undefined],
])('%s', (_, text, role, expected) => {
  const doc = makeDocument(text, 'a.txt', { language: 'fr' });
  const span = sentenceStatingRole(
    doc,
    role,
    spansOf(text, 'Ivan Morel'),
    spansOf(text, 'Syldavie'),
  );
  expect(span && text.slice(span.start, span.end)).toBe(expected);
});
