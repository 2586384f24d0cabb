// The ones who do what a verb reports attend it: a wreath laid, questions answered. Snippets
// written for these tests.

import { articleOf, edgesOf } from '../helpers.js';

const attendedIn = (text: string) => edgesOf(articleOf(text), 'ATTENDED');

describe('performers of an act reported by a verb', () => {
  it.each([
    [
      'a wreath laid by two presidents',
      'Les présidents Ilham Aliev et Sadyr Japarov ont déposé une couronne de fleurs à Bakou le 3 juin 2024.',
      [
        'Ilham Aliyev -> Commemoration in Baku, 2024-06-03',
        'Sadyr Japarov -> Commemoration in Baku, 2024-06-03',
      ],
    ],
    [
      'a sheaf laid by the leaders of two countries named',
      'Le président Ilham Aliev a reçu le président Sadyr Japarov à Bakou le 3 juin 2024. Les présidents de l’Azerbaïdjan et du Kirghizistan ont ensuite déposé une gerbe au mémorial.',
      // the reception of the first sentence is a meeting of its own
      [
        'Ilham Aliyev -> Commemoration, 2024-06-03',
        'Ilham Aliyev -> Meeting in Baku, 2024-06-03',
        'Sadyr Japarov -> Commemoration, 2024-06-03',
        'Sadyr Japarov -> Meeting in Baku, 2024-06-03',
      ],
    ],
    [
      'questions answered',
      'Le président Sadyr Japarov a répondu aux questions des journalistes à Bichkek le 3 juin 2024.',
      ['Sadyr Japarov -> Press conference in Bishkek, 2024-06-03'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attendedIn(text)).toEqual(expected);
  });

  it('leaves out the one a speaker reports about', () => {
    expect(
      attendedIn(
        'Le ministre Ivan Petrov a indiqué que le président Sadyr Japarov a déposé une gerbe à Bichkek le 3 juin 2024.',
      ),
    ).toEqual(['Sadyr Japarov -> Commemoration in Bishkek, 2024-06-03']);
  });
});
