import { makeDocument } from '../../src/1-read/read-documents.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';
import { edgesOf } from '../helpers.js';

const graphOfReport = (text: string, language: 'fr' | 'en') =>
  buildGraphFromDocuments([
    makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-10-22', language }),
  ]);
const social = (text: string, language: 'fr' | 'en' = 'fr') => {
  const graph = graphOfReport(text, language);
  return graph
    .filterNodes((_, a) => a.type === 'Event' && a.format === 'OTHER')
    .map((k) => graph.getNodeAttribute(k, 'aliases'))
    .map((aliases) => [...aliases].sort((a, b) => b.length - a.length)[0]);
};

it.each<[string, 'fr' | 'en', string[]]>([
  [
    'Le président est arrivé pour une visite d’État le 22 octobre. L’entretien s’est poursuivi au cours d’un dîner informel.',
    'fr',
    // "au cours d’un dîner": the article after the elided "d’" is the phrase's determiner
    ['un dîner informel'],
  ],
  [
    'Lors de sa visite officielle à Samarcande le 22 octobre, les présidents ont fait une promenade nocturne à Samarcande.',
    'fr',
    ['une promenade nocturne à Samarcande'],
  ],
  [
    'On October 22, the first day of the BRICS summit, the leaders attended a concert and an informal dinner for the leaders of the group.',
    'en',
    ['a concert', 'an informal dinner for the leaders of the group'],
  ],
  [
    'Le 3 juillet, le président a offert un banquet de bienvenue en l’honneur de son homologue.',
    'fr',
    // Chinese and Central Asian releases name the evening reception a banquet
    ['un banquet de bienvenue en l’honneur de son homologue'],
  ],
  [
    'On July 5, the President and his wife hosted a welcome banquet for the visiting leaders.',
    'en',
    ['a welcome banquet for the visiting leaders'],
  ],
])('finds the social events of "%s"', (text, language, expected) => {
  expect(social(text, language).sort()).toEqual(expected.sort());
});

it('makes a social event a part of the visit', () => {
  const graph = graphOfReport(
    'Le président est arrivé à Moscou pour une visite d’État le 22 octobre. Les entretiens se sont poursuivis au cours d’un dîner informel.',
    'fr',
  );
  expect(edgesOf(graph, 'PART_OF').some((e) => e.startsWith('Social event'))).toBe(true);
});

it.each([
  ['Il a invité ses hôtes à dîner.'],
  ['Le dîner, plat préféré des Russes, est servi tard.'],
  ['Le banquet de la salle est refait à neuf.'],
])('finds no social event without an occasion: "%s"', (text) => {
  expect(social(text)).toEqual([]);
});
