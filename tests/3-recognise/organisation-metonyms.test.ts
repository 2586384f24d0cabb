import { findOrganisationMetonyms } from '../../src/3-recognise/organisation-metonyms.js';

const namesIn = (text: string) => findOrganisationMetonyms(text).map((m) => m.canonical);

it.each([
  ['La visite aura lieu en mai, a indiqué le Kremlin.', ['Kremlin']],
  ['Le Kremlin a ajouté que les deux présidents se sont parlé.', ['Kremlin']],
  ['selon un communiqué du Kremlin publié lundi', ['Kremlin']],
  ['The White House said on Monday that', ['White House']],
  ['Selon l’Élysée, le sommet est reporté.', ['Élysée Palace']],
])('reads the seat as its body in "%s"', (text, names) => {
  expect(namesIn(text)).toEqual(names);
});

it.each([
  ['Les présidents se sont rencontrés au Kremlin.'],
  ['dans la salle Saint-Georges du Kremlin'],
  ['le leader du Kremlin a rencontré son homologue'],
])('leaves the place in "%s"', (text) => {
  expect(namesIn(text)).toEqual([]);
});
