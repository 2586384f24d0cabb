import { edgesOf, graphOf } from '../helpers.js';

const heldIn = (text: string) => edgesOf(graphOf(`Dépêche\n\n${text}`), 'HELD_IN');

it.each([
  [
    'Le ministre indien de la Défense est arrivé à Moscou pour une visite de trois jours.',
    /^Visit.* -> Moscow$/u,
  ],
  ['The prime minister arrived in Ufa to participate in the SCO summit.', /^Summit.* -> Ufa$/u],
  [
    'Le président est arrivé à Douchanbé afin de prendre part au sommet de la CEI.',
    /^Summit.* -> Dushanbe$/u,
  ],
  ['The prime minister arrived in Astana on a working visit on Monday.', /^Visit.* -> Astana$/u],
])('"%s": the purpose is held where the traveller arrived', (text, edge) => {
  expect(heldIn(text)).toContainEqual(expect.stringMatching(edge));
});

it.each([
  // the summit's own place wins over the country of arrival
  [
    'Le président est arrivé au Kirghizistan pour assister au sommet de l’UEE à Bichkek.',
    /^Summit.* -> Kyrgyzstan$/u,
  ],
  // a later sentence is no purpose
  [
    'Le président est arrivé à Minsk. Le sommet de la CEI se tiendra en octobre.',
    /^Summit.* -> Minsk$/u,
  ],
  // "après le sommet": what came before is no purpose
  ['Le président est arrivé à Minsk après le sommet de la CEI.', /^Summit.* -> Minsk$/u],
])('"%s": no HELD_IN from the arrival', (text, edge) => {
  expect(heldIn(text)).not.toContainEqual(expect.stringMatching(edge));
});

it('reads no purpose in "to discuss the summit"', () => {
  expect(
    heldIn('The minister arrived in Moscow to discuss the summit of the CIS.'),
  ).not.toContainEqual(expect.stringMatching(/^Summit.* -> Moscow$/u));
});
