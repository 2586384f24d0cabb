// People listed with their country in brackets or after a dash, and the role their list's header
// gives them ("les lettres de créance des ambassadeurs : …"), on snippets written for these tests.

import { graphOf, namesOf, rolesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'a bracketed list',
    'Sont arrivés : Tomas Heglund (Suède), Baraka Otieno (Kenya) et Quang Nhat Vo (Viêt Nam).',
    ['Baraka Otieno', 'Quang Nhat Vo', 'Tomas Heglund'],
  ],
  [
    'an English bracketed list',
    'It was attended by Tomas Heglund (Sweden), Baraka Otieno (Kenya) and Ines Carvalho (Brazil).',
    ['Baraka Otieno', 'Ines Carvalho', 'Tomas Heglund'],
  ],
  [
    'list lines with the country first',
    'Liste des invités :\nSuède – Tomas Heglund\nKenya - Baraka Otieno\n',
    ['Baraka Otieno', 'Tomas Heglund'],
  ],
  [
    'list lines with the country last, after bullets',
    'Invités :\n- Tomas Heglund – Suède\n- Baraka Otieno – Kenya\n',
    ['Baraka Otieno', 'Tomas Heglund'],
  ],
])('finds the people of %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['a city and its country', 'Le sommet aura lieu à Tcholpon-Ata (Kirghizistan), puis ailleurs.'],
  ['a headline of two countries', 'Suède – Kenya\nLes deux pays ont signé.'],
  ['a bracketed country inside a sentence', 'La Grande Muraille (Chine) attire du monde, dit-on.'],
  ['a dash inside a running sentence', 'La Suède – Tomas Heglund le dit – a voté.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});

it.each([
  [
    'credentials in one sentence',
    'Le président a reçu les lettres de créance de Tomas Heglund (Suède) et de Baraka Otieno (Kenya).',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'credentials over list lines',
    'Le président a reçu les lettres de créance des ambassadeurs de deux pays :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'English credentials',
    'The President received the credentials of Tomas Heglund (Sweden) and Baraka Otieno (Kenya).',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'a plural title as header',
    'Les ministres des Affaires étrangères :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n',
    [
      'Baraka Otieno -> Kenya (Minister of Foreign Affairs)',
      'Tomas Heglund -> Sweden (Minister of Foreign Affairs)',
    ],
  ],
])('gives each listed person the role of %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it('gives no role to a list without a title', () => {
  expect(
    rolesOf(graphOf('Étaient présents : Tomas Heglund (Suède), Baraka Otieno (Kenya).')),
  ).toEqual([]);
});

it('does not give the next line’s country to a name', () => {
  const text = 'Liste des ambassadeurs :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n';
  expect(rolesOf(graphOf(text))).toEqual([
    'Baraka Otieno -> Kenya (Ambassador)',
    'Tomas Heglund -> Sweden (Ambassador)',
  ]);
});

describe('a plural title shared over "de COUNTRY, NAME" pairs', () => {
  const french =
    "Cérémonie\nLes lettres ont été remises par les ambassadeurs du Népal, Arjun Bahadur Thapaliya, de l'Algérie, Yacine Belkacem, du Burundi, Aimable Ntirampeba, et du Bhoutan, Mme Dechen Yangzom.";
  const english =
    'Ceremony\nLetters were presented by the Ambassadors of Nepal, Arjun Bahadur Thapaliya; Algeria, Yacine Belkacem; and Bhutan, Dechen Yangzom.';

  it.each([
    [
      'French',
      french,
      ['Aimable Ntirampeba', 'Arjun Bahadur Thapaliya', 'Dechen Yangzom', 'Yacine Belkacem'],
    ],
    ['English', english, ['Arjun Bahadur Thapaliya', 'Dechen Yangzom', 'Yacine Belkacem']],
  ])('reads every name of a %s list', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('gives each name the title and the country before it', () => {
    expect(rolesOf(graphOf(french))).toEqual([
      'Aimable Ntirampeba -> Burundi (Ambassador)',
      'Arjun Bahadur Thapaliya -> Nepal (Ambassador)',
      'Dechen Yangzom -> Bhutan (Ambassador)',
      'Yacine Belkacem -> Algeria (Ambassador)',
    ]);
  });

  it('reads no pair where each country follows its name', () => {
    const text =
      'Sommet\nLes présidents Vladimir Poutine, de Russie, Aimable Ntirampeba, du Burundi, et Yacine Belkacem, de l’Algérie, ont parlé.';
    expect(people(text)).toEqual(['Vladimir Putin']);
  });
});

describe('a list line "title of COUNTRY – NAME"', () => {
  it.each([
    [
      'French',
      'Liste des invités :\nAmbassadeur du Pérou – Tadeo Quispe Mamani\nAmbassadrice du Royaume de Suède – Malena Mård\n',
      ['Malena Mård -> Sweden (Ambassador)', 'Tadeo Quispe Mamani -> Peru (Ambassador)'],
    ],
    [
      'English, after bullets',
      'Guests:\n- Ambassador of the Republic of Cuba – Yoandy Cárdenas Mena\n- Ambassador of the Kingdom of Sweden – Malena Mård\n',
      ['Malena Mård -> Sweden (Ambassador)', 'Yoandy Cárdenas Mena -> Cuba (Ambassador)'],
    ],
  ])('reads the person and the line’s title in %s', (_, text, expected) => {
    expect(rolesOf(graphOf(text))).toEqual(expected);
  });

  it('reads no person after a line that opens without a title', () => {
    expect(people('Programme :\nVisite du Pérou – Malena Mård\n')).toEqual([]);
  });
});

describe('a bracketed country after a preposition', () => {
  it.each([
    [
      '"par"',
      'Les lettres ont été présentées par Xabier Olaberria (Chili) et Tuomas Lindqvist (Suède).',
    ],
    [
      '"avec"',
      'Le ministre s’est entretenu avec Xabier Olaberria (Chili) et Tuomas Lindqvist (Suède).',
    ],
    ['"with"', 'The minister met with Xabier Olaberria (Chile) and Tuomas Lindqvist (Sweden).'],
  ])('reads the first item after %s', (_, sentence) => {
    expect(people(`Diplomatie\n${sentence}`)).toEqual(['Tuomas Lindqvist', 'Xabier Olaberria']);
  });

  it('takes no header from the headline across the address line', () => {
    const text =
      'Lettres de créance\nSource: https://example.ru/2023/11/03/x\n\nLe président a reçu les lettres de créance de Xabier Olaberria (Chili). Il s’est entretenu avec Tuomas Lindqvist (Suède).';
    expect(rolesOf(graphOf(text))).toEqual(['Xabier Olaberria -> Chile (Ambassador)']);
  });
});
