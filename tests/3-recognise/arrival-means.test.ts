import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import type { Language } from '../../src/types.js';

/** Whether each arrival of the snippet stands as an event of its own. */
const arrivalsStand = (text: string, language: Language = 'fr') => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language,
  });
  return recogniseDocument(doc, segmentDocument(doc))
    .events.filter((e) => e.format === 'ARRIVAL')
    .map((e) => e.anchored);
};

it.each([
  ['Le ministre géorgien est déjà arrivé à Bakou pour une visite de deux jours.', 'fr'],
  ['The premier arrived in Astana on a working visit, his office said.', 'en'],
  ['La présidente est arrivée en Arménie pour un déplacement de travail, a dit son bureau.', 'fr'],
] as const)('"%s": the arrival starts the visit, no event of its own', (text, language) => {
  expect(arrivalsStand(text, language)).toEqual([false]);
});

it.each([
  // an arrival to attend a gathering is a happening of its own
  ['The premier arrived in Ufa to take part in the regional forum on trade.', 'en'],
  // no purpose named after it
  ['Le président est arrivé à Bakou dimanche soir.', 'fr'],
  // a welcome makes the arrival a happening of its own
  [
    'Le président est arrivé à Bakou pour une visite officielle, où il a été accueilli par le Premier ministre.',
    'fr',
  ],
  // the purpose is in the next sentence
  ['The premier arrived in Ufa. The forum on trade opens tomorrow.', 'en'],
] as const)('"%s": the arrival stands', (text, language) => {
  expect(arrivalsStand(text, language)).toEqual([true]);
});
