// The person grammar on short snippets written for these tests: who is a person, under which name.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'a title before the name',
    'Le vice-ministre des Affaires étrangères Alexandre Pankine est venu.',
    ['Alexander Pankin'],
  ],
  [
    'an English title with its country',
    'It was attended by Prime Minister of the Republic of Kazakhstan Alikhan Smailov.',
    ['Alikhan Smailov'],
  ],
  [
    'a title after the name',
    'Il a reçu Mahamat Moussa Haroun, ambassadeur du Tchad en Russie.',
    ['Mahamat Moussa Haroun'],
  ],
  [
    'a name followed by its country',
    'Étaient présents Hun Manet du Kazakhstan et Ilham Aliev.',
    ['Hun Manet', 'Ilham Aliyev'],
  ],
  ['a patronymic', 'Le vice-ministre Mikhaïl Leonidovitch Bogdanov a parlé.', ['Mikhail Bogdanov']],
  [
    'the official order, surname first',
    'Le sénateur Petrov Oleg Ivanovitch a parlé.',
    ['Oleg Petrov'],
  ],
  [
    'a name written twice, the second time surname first',
    'Le vice-président Oleg Petrov Petrov Oleg Ivanovich a parlé.',
    ['Oleg Petrov'],
  ],
  [
    'a parliament by its Turkmen name, not a person',
    'Le président du Khalk Maslakhaty Milli Gengech du Turkménistan a parlé.',
    [],
  ],
  ['a family name first', 'Le président Trân Dai Quang est arrivé.', ['Tran Dai Quang']],
  [
    'a name in brackets after a country',
    'Les présidents de la Biélorussie (Alexandre Loukachenko) et du Kazakhstan (Kassym-Jomart Tokaïev) ont signé.',
    ['Alexander Lukashenko', 'Kassym-Jomart Tokayev'],
  ],
  ['names in capitals', 'Photo : VLADIMIR SMIRNOV', ['Vladimir Smirnov']],
  [
    'a name inside an Arabic particle',
    'Il a rencontré le prince Khalid bin Salman bin Abdulaziz.',
    ['Khalid bin Salman bin Abdulaziz'],
  ],
  [
    'a capitalised portfolio before the name',
    'le ministre des Finances Dinh Tiên Dung et lui',
    ['Dinh Tien Dung'],
  ],
])('finds the person in %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  [
    'a common noun at a sentence start',
    'Il est parti. Selon Interfax, rien. Lors de la visite, selon lui, rien.',
  ],
  ['a square named after a victory', 'La cérémonie a eu lieu sur la Place de la Victoire.'],
  ['a body after a title', 'Le président du Milli Medjlis est arrivé.'],
  ['"Premier ministre" alone', 'Le Premier ministre a déclaré que le Premier ministre viendrait.'],
  ['a title followed by a verb', 'Le président a rencontré Grand Khural hier.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});

it('keeps two people of one surname apart', () => {
  expect(
    people('Le ministre Sergueï Ivanov et le vice-ministre Dmitri Ivanov ont parlé. Ivanov a dit.'),
  ).toEqual(['Dmitry Ivanov', 'Sergei Ivanov']);
});

it('gives the surname of a person named in full to the same person', () => {
  const graph = graphOf('Le ministre Rouslan Nazaraïev est venu. Nazaraïev a parlé.');
  expect(namesOf(graph, 'Person')).toEqual(['Ruslan Nazarayev']);
});
