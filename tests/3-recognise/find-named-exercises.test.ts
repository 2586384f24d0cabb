import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';

const named = (text: string) => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language: 'fr',
  });
  return recogniseDocument(doc, segmentDocument(doc))
    .events.filter((e) => e.rule === 'named-exercise')
    .map((e) => e.surface);
};

it.each([
  [
    'Trois exercices sont prévus : Bouclier-2024, puis Tempête-2024 sur la Caspienne.',
    ['Bouclier-2024', 'Tempête-2024'],
  ],
  ['Les manœuvres Ligne de front-2025 réuniront 900 soldats.', ['Ligne de front-2025']],
  ['The drills, called Thunder-2022, start on Monday.', ['Thunder-2022']],
])('reads the exercises named in "%s"', (text, expected) => {
  expect(named(text)).toEqual(expected);
});

it.each([
  // no exercise in the paragraph: a plan or a forum named with a year is no exercise
  ['Le programme Horizon-2030 fixe les priorités économiques.'],
  // a date is no name
  ['Les exercices auront lieu en mai 2024 près de Minsk.'],
])('finds no named exercise in "%s"', (text) => {
  expect(named(text)).toEqual([]);
});
