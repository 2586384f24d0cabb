// A digest of several pages: each section that writes one address is that page.

import { makeDocument } from '../../src/1-read/read-documents.js';
import { sectionAddresses } from '../../src/2-segment/section-addresses.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';

const partsOf = (text: string) =>
  sectionAddresses(segmentDocument(makeDocument(text, 'a.txt', { language: 'fr' }))).map((p) => ({
    url: p.url,
    opens: text.slice(p.start, p.start + 12),
  }));

it('gives each section of a digest the address written in it', () => {
  const text = [
    '1°/Arrivée à Tartu – 3 mars 2025 à 10h00 à Tartu',
    'Le président est arrivé.',
    'https://example.org/news/1',
    '',
    '2°/Négociations restreintes – 3 mars 2025 à 12h00 à Tartu',
    'Les présidents ont parlé.',
    'https://example.org/transcripts/2',
  ].join('\n');
  expect(partsOf(text)).toEqual([
    { url: 'https://example.org/news/1', opens: '1°/Arrivée à' },
    { url: 'https://example.org/transcripts/2', opens: '2°/Négociati' },
  ]);
});

it('leaves a one-page document to its own address', () => {
  const text = 'Source: https://example.org/news/1\n\nLe président est arrivé à Tartu.';
  expect(partsOf(text)).toEqual([]);
});
