// A report's own sittings written without an anchor of their own: a ceremony attended, a parade,
// talks whose verb carries the day ("s’est entretenu jeudi avec"). Snippets written for these tests.

import { articleOf, edgesOf } from '../helpers.js';

const attendedIn = (text: string) => edgesOf(articleOf(text), 'ATTENDED');

describe('sittings a report states without date or place of their own', () => {
  it.each([
    [
      'a ceremony attended',
      'Le président Sadyr Japarov et le président Ilham Aliev ont assisté à la cérémonie.',
      ['Ilham Aliyev -> Ceremony, 2024-05-24', 'Sadyr Japarov -> Ceremony, 2024-05-24'],
    ],
    [
      'the ones present at a ceremony',
      'Étaient présents à la cérémonie le président Sadyr Japarov et le président Ilham Aliev.',
      ['Ilham Aliyev -> Ceremony, 2024-05-24', 'Sadyr Japarov -> Ceremony, 2024-05-24'],
    ],
    [
      'a military parade',
      'Le président Sadyr Japarov a assisté au défilé militaire à Bichkek le 9 mai.',
      ['Sadyr Japarov -> Ceremony in Bishkek, 2024-05-09'],
    ],
    [
      'talks whose verb carries the day',
      'Le ministre Ivan Petrov s’est entretenu jeudi avec son homologue Oleg Sidorov à Minsk.',
      ['Ivan Petrov -> Talks in Minsk, 2024-05-23', 'Oleg Sidorov -> Talks in Minsk, 2024-05-23'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attendedIn(text)).toEqual(expected);
  });

  it('makes no one attend a ceremony of another time', () => {
    expect(
      attendedIn('Le président Sadyr Japarov a rappelé la précédente cérémonie de Bichkek.'),
    ).toEqual([]);
  });
});
