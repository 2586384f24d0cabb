import { edgesOf, graphOf } from '../helpers.js';

const heldIn = (text: string) => edgesOf(graphOf(`Dépêche\n\n${text}`), 'HELD_IN');

it.each([
  // the verb's place reaches the sitting the next sentence names
  [
    'Les ministres de la Défense de la CEI se sont réunis mardi à Bakou. La réunion du Conseil a porté sur la sécurité aux frontières.',
    /^Meeting.* -> Baku$/u,
  ],
  [
    'Defence ministers of the SCO met in Tashkent on Friday. The meeting of the council adopted a plan.',
    /^Meeting.* -> Tashkent$/u,
  ],
  // the same sentence, past a place noun
  [
    'Les cinq dirigeants se sont retrouvés jeudi dans la cité de Boukhara pour le sommet régional.',
    /^Summit.* -> Bukhara$/u,
  ],
])('"%s": the sitting is held where they gathered', (text, edge) => {
  expect(heldIn(text)).toContainEqual(expect.stringMatching(edge));
});

it.each([
  // a sitting placed elsewhere keeps its own place
  [
    'Les ministres se sont réunis mardi à Bakou. Le sommet de la CEI se tiendra à Minsk en octobre.',
    /^Summit.* -> Baku$/u,
  ],
  // "met with" someone is no gathering in a place
  [
    'The minister met with students in Tashkent. The summit of the SCO opens next week.',
    /^Summit.* -> Tashkent$/u,
  ],
])('"%s": no HELD_IN from the gathering', (text, edge) => {
  expect(heldIn(text)).not.toContainEqual(expect.stringMatching(edge));
});
