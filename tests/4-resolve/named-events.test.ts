import { makeDocument } from '../../src/1-read/read-documents.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';

const eventNames = (text: string, format: string) => {
  const graph = buildGraphFromDocuments([
    makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
      publishedAt: '2024-05-24',
      language: 'fr',
    }),
  ]);
  return graph
    .filterNodes((_, a) => a.type === 'Event' && a.format === format)
    .map((k) => graph.getNodeAttribute(k, 'name'))
    .sort();
};

it.each([
  [
    'Le ministre a rendu hommage aux vétérans de la Grande Guerre patriotique et de la Seconde Guerre mondiale.',
    'WAR',
    ['Great Patriotic War', 'Second World War'],
  ],
  [
    'Le programme comprend deux exercices : Bouclier-2024 et Tempête-2024.',
    'EXERCISE',
    ['Bouclier-2024', 'Tempête-2024'],
  ],
])('keeps two named events apart in "%s"', (text, format, expected) => {
  expect(eventNames(text, format)).toEqual(expect.arrayContaining(expected));
});

// trap: one named war written twice is one event
it('merges "la Seconde Guerre mondiale" and "World War II"', () => {
  expect(
    eventNames(
      'Il a évoqué la Seconde Guerre mondiale. Les archives de la World War II sont ouvertes.',
      'WAR',
    ),
  ).toEqual(['Second World War']);
});
