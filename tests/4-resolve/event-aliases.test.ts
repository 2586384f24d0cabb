// The names a verb's event mention gives its event, on snippets written for these tests: the verb
// with its object's title and without the name after it, with and without the auxiliary.

import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import { eventAliases } from '../../src/4-resolve/event-aliases.js';

function aliasesOf(text: string): string[] {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language: 'fr',
  });
  return recogniseDocument(doc, segmentDocument(doc)).events.flatMap((e) =>
    e.verb ? eventAliases(doc.text, e) : [],
  );
}

it('names a verb phrase by its object’s title without the name', () => {
  const aliases = aliasesOf('Le 3 mai, Ivan Orlov a rencontré le ministre kirghiz Asan Bekov.');
  expect(aliases).toEqual(
    expect.arrayContaining(['rencontré le ministre kirghiz', 'a rencontré le ministre kirghiz']),
  );
});

it('does not cut a place after a preposition', () => {
  const aliases = aliasesOf('Le 3 mai, Ivan Orlov a rencontré le ministre kirghiz à Bichkek.');
  expect(aliases).not.toContain('rencontré le ministre kirghiz à');
});
