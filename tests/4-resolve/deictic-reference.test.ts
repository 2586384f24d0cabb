import { isDeicticReference } from '../../src/4-resolve/deictic-reference.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { makeDocument } from '../../src/1-read/read-documents.js';
import { graphOf } from '../helpers.js';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return isDeicticReference(text, { start, end: start + phrase.length });
};

it.each([
  ['Merci pour notre entretien approfondi.', 'entretien', true],
  ['Juste avant votre rencontre, les collègues ont écrit.', 'rencontre', true],
  ['Cette réunion a duré trois heures.', 'réunion', true],
  ['à l’exception de la réunion en cours, où nous avons parlé', 'réunion', true],
  ['Thank you for our talks today.', 'talks', true],
  ['The current meeting is the longest.', 'meeting', true],
  ['La réunion du Conseil a adopté un plan.', 'réunion', false],
  ['Lors de la précédente réunion, ils ont parlé.', 'réunion', false],
  ['Le sommet de l’OCS s’est tenu à Astana.', 'sommet', false],
])('"%s": "%s" points at the present gathering: %s', (text, phrase, expected) => {
  expect(at(text, phrase)).toBe(expected);
});

const report = (sections: string[]) =>
  graphOf(
    `Compte rendu – 24.05.24 –\n\n${sections.map((s, i) => `${i + 1}°/${s}`).join('\n')}\n\n` +
      sections.map((s, i) => `${i + 1}°/${s}\n${BODIES[i] ?? ''}\n`).join('\n'),
    '2024-05-24',
  );
const BODIES: string[] = [];

it('gives "notre entretien" to the talks of its section, not to a meeting another section recalls', () => {
  BODIES.splice(
    0,
    BODIES.length,
    'Conformément à la décision du Conseil d’État suprême adoptée le 29 janvier à Moscou, un plan a été signé.',
    'Vladimir Poutine : Merci pour notre entretien approfondi et pour la réunion en cours.',
  );
  const graph = report([
    'Déclaration – 24 mai 2024 à 12h00 à Minsk',
    'Pourparlers Russie-Biélorussie – 24 mai 2024 à 17h15 à Minsk',
  ]);
  const council = graph.filterNodes((_, a) => a.type === 'Event' && a.start === '2024-01-29')[0];
  expect(council).toBeDefined();
  const aliases = graph.getNodeAttribute(council as string, 'aliases');
  expect(aliases.filter((a) => /entretien|en cours/u.test(a))).toEqual([]);
});

it.each([
  ['Ils ont interdit l’entretien de cet hélicoptère.'],
  ['Ils ont interdit à leurs entreprises d’en assurer l’entretien.'],
  ['Les frais d’entretien des routes ont augmenté.'],
])('reads upkeep, not a meeting, in "%s"', (text) => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language: 'fr',
  });
  const events = recogniseDocument(doc, segmentDocument(doc)).events;
  expect(events.map((e) => e.surface)).toEqual([]);
});

it('still reads "l’entretien de deux présidents" as a meeting', () => {
  const doc = makeDocument(
    'Dépêche\n\nL’entretien des deux présidents a eu lieu le 3 mai.',
    'snippet.txt',
    {
      publishedAt: '2024-05-24',
      language: 'fr',
    },
  );
  expect(recogniseDocument(doc, segmentDocument(doc)).events.map((e) => e.format)).toContain(
    'MEETING',
  );
});
