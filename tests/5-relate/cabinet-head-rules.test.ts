// HEAD_OF a country's cabinet for the head of its government, on snippets written for these tests.

import { edgesOf, graphOf } from '../helpers.js';

describe('the head of government heads the cabinet the document names', () => {
  it.each([
    [
      'a French title',
      'Le Premier ministre russe Mikhaïl Michoustine a réuni le gouvernement russe mardi.',
      ['Mikhail Mishustin -> Government of Russia'],
    ],
    [
      'the title "chef du gouvernement"',
      'Mikhaïl Michoustine, le chef du gouvernement russe, a reçu Xi Jinping.',
      ['Mikhail Mishustin -> Government of Russia'],
    ],
    [
      'an English title and a lower-case government',
      'German Chancellor Olaf Scholz said the German government would help.',
      ['Olaf Scholz -> Government of Germany'],
    ],
    [
      'a cabinet known by its own name',
      'Le Premier ministre chinois Li Qiang a dirigé une réunion du Conseil des affaires d’État.',
      ['Li Qiang -> State Council of China'],
    ],
    [
      'a cabinet of ministers',
      'Le Premier ministre kirghiz Akylbek Japarov a présenté le programme du Cabinet des ministres du Kirghizistan.',
      ['Akylbek Japarov -> Cabinet of Ministers of Kyrgyzstan'],
    ],
  ])('%s', (_, text, expected) => {
    expect(edgesOf(graphOf(text), 'HEAD_OF')).toEqual(expected);
  });

  it.each([
    ['no cabinet named', 'Le Premier ministre russe Mikhaïl Michoustine a reçu Xi Jinping.'],
    [
      'the cabinet of another country',
      'Le Premier ministre russe Mikhaïl Michoustine a salué le gouvernement kazakh.',
    ],
    [
      'a minister, not the head',
      'Le ministre russe des Finances Anton Silouanov a présenté le budget du gouvernement russe.',
    ],
  ])('gives none: %s', (_, text) => {
    expect(edgesOf(graphOf(text), 'HEAD_OF')).toEqual([]);
  });
});
