import { edgesOf, graphOf } from '../helpers.js';

const heldIn = (text: string) => edgesOf(graphOf(`Dépêche\n\n${text}`), 'HELD_IN');
const partOf = (text: string, publishedAt?: string) =>
  edgesOf(graphOf(`Dépêche\n\n${text}`, publishedAt), 'PART_OF');

it.each([
  ['La réunion restreinte des chefs d’État s’est tenue le 16 septembre à Samarcande.', 'Samarkand'],
  ['Le sommet de la CEI a eu lieu hier à Bichkek.', 'Bishkek'],
  ['The summit was held on 13 October in Bishkek.', 'Bishkek'],
])('places the event where "%s" says it was held', (text, place) => {
  expect(heldIn(text).some((edge) => edge.endsWith(`-> ${place}`))).toBe(true);
});

it.each([
  // the place of another clause, not of the meeting
  ['La réunion a duré trois heures, puis le président est parti à Moscou.'],
  // a holding verb of another event after a full stop
  ['La réunion restreinte a commencé. Le forum s’est tenu à Minsk.'],
])('does not place the event in "%s"', (text) => {
  expect(
    heldIn(text).filter((edge) => edge.startsWith('Restricted') || edge.startsWith('Meeting')),
  ).toEqual([]);
});

it('makes the restricted session a part of the one summit of the report', () => {
  const edges = partOf(
    'Le sommet de la CEI s’est tenu le 13 octobre à Bichkek. Les dirigeants se sont réunis ' +
      'd’abord en format restreint le 13 octobre.',
    '2023-10-13',
  );
  expect(edges).toHaveLength(1);
  expect(edges[0]).toMatch(/^Restricted talks.* -> Summit/u);
});

it('makes the plenary session a part of the forum', () => {
  const edges = partOf(
    'Le forum économique s’est ouvert le 18 juin à Saint-Pétersbourg. La séance plénière du ' +
      'forum a eu lieu le 20 juin.',
    '2025-06-20',
  );
  expect(edges.some((e) => /-> Forum/u.test(e))).toBe(true);
});

it('leaves a part alone when two summits could hold it', () => {
  const edges = partOf(
    'Le sommet de l’OCS s’est tenu le 4 juillet. Le sommet des BRICS a eu lieu le 4 juillet. ' +
      'La réunion en format restreint a suivi le 4 juillet.',
    '2023-07-04',
  );
  expect(edges).toEqual([]);
});

it('makes the talks of the day a part of the visit, not of a visit years before', () => {
  const edges = partOf(
    'Le président effectue une visite d’État en Chine du 28 février au 2 mars. Les entretiens ' +
      'ont eu lieu le 1er mars à Pékin. Sa visite en 2019 avait été brève.',
    '2023-03-01',
  );
  expect(edges).toHaveLength(1);
  expect(edges[0]).toMatch(/^Talks.* -> State visit/u);
});

it('puts a social evening in the visit, not in the talks', () => {
  const edges = partOf(
    'Le président effectue une visite d’État en Arménie du 3 au 5 mai. Les entretiens ont eu ' +
      'lieu le 4 mai à Erevan. Un dîner informel a suivi le 4 mai.',
    '2026-05-04',
  );
  expect(edges).not.toContainEqual(expect.stringMatching(/^Social event.* -> Talks/u));
  expect(edges).toContainEqual(expect.stringMatching(/^Social event.* -> State visit/u));
});

it('puts no event held in one country inside the only visit, made to another', () => {
  const edges = partOf(
    'Le président a achevé sa visite officielle en Géorgie le 3 mai. Une promenade nocturne à ' +
      'Erevan a réuni les deux dirigeants le 4 mai.',
    '2026-05-04',
  );
  expect(edges).not.toContainEqual(expect.stringMatching(/-> Visit/u));
});

it('puts a body’s restricted session in no bilateral meeting', () => {
  const edges = partOf(
    'Le Premier ministre a rencontré son homologue le 6 mai à Sotchi. La session en format ' +
      'restreint du Conseil intergouvernemental eurasiatique a eu lieu le 6 mai.',
    '2026-05-06',
  );
  expect(edges).not.toContainEqual(expect.stringMatching(/^Restricted.* -> Meeting/u));
});

it.each([
  [
    'Le président Ivan Petrov est arrivé à Bichkek le 6 août pour une visite. Avant la réunion régionale, il a tenu des consultations avec plusieurs ministres.',
  ],
  [
    'Le président Ivan Petrov est arrivé à Bichkek le 6 août pour une visite. Après la réunion, il a tenu des consultations avec plusieurs ministres.',
  ],
])('makes the sitting held before another a part of that one, not of the visit: "%s"', (text) => {
  expect(partOf(text, '2021-08-06').filter((e) => e.startsWith('Talks'))).toEqual([
    expect.stringMatching(/^Talks.* -> Meeting/u),
  ]);
});

describe('a reception within another event only where its sentence says so', () => {
  it.each([
    [
      'French',
      'Le président biélorusse effectue une visite d’État en Chine du 28 février au 2 mars. Le 1er mars, Xi Jinping a reçu Alexandre Loukachenko à Pékin.',
    ],
    [
      'English',
      'The Belarusian President is on a state visit to China from 28 February to 2 March. On 1 March Xi Jinping received Alexander Lukashenko in Beijing.',
    ],
  ])('puts a reception of the visit’s days in no visit (%s)', (_, text) => {
    expect(partOf(text, '2023-03-01')).toEqual([]);
  });

  it.each([
    [
      '"en marge du sommet"',
      'Le sommet de l’OCS s’est tenu le 4 juillet à Astana. En marge du sommet, Kassym-Jomart Tokaïev a reçu Massoud Pezechkian.',
    ],
    [
      '"on the sidelines of the summit"',
      'The SCO summit was held on 4 July in Astana. On the sidelines of the summit, Kassym-Jomart Tokayev received Masoud Pezeshkian.',
    ],
  ])('puts a reception told %s in the summit', (_, text) => {
    expect(partOf(text, '2024-07-04')).toEqual([
      expect.stringMatching(/^Meeting.* -> Summit/u) as string,
    ]);
  });
});
