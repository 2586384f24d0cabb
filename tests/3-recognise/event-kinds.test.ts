import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';

const eventsOf = (text: string) => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language: 'fr',
  });
  return recogniseDocument(doc, segmentDocument(doc)).events.map((e) => [
    e.format,
    e.surface,
    e.plural,
  ]);
};

it.each([
  [
    'Le pays a connu de violents troubles au printemps.',
    ['INCIDENT', 'violents troubles au printemps', false],
  ],
  ['Les manifestations ont duré trois semaines.', ['INCIDENT', 'manifestations', false]],
  [
    'Les élections législatives du printemps ont été reportées.',
    ['ELECTION', 'élections législatives du printemps', false],
  ],
  ['Il a condamné l’offensive de l’armée au nord.', ['WAR', 'offensive de l’armée au nord', false]],
  [
    'Il s’est exprimé lors d’une conférence conjointe avec son hôte.',
    ['PRESS_CONFERENCE', 'conférence conjointe', false],
  ],
])('reads "%s"', (text, expected) => {
  expect(eventsOf(text)).toContainEqual(expected);
});

it.each([
  // taking power is no arrival
  ['Le dirigeant est arrivé au pouvoir après le scrutin.'],
  ['Les parties sont arrivées à un compromis.'],
])('finds no arrival in "%s"', (text) => {
  expect(eventsOf(text).map(([format]) => format)).not.toContain('ARRIVAL');
});
