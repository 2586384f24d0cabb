import { eventPlacesOf } from '../helpers.js';

it.each([
  // a visit "to" its place
  ['The president is on a visit to Tatarstan this week.', 'en', 'VISIT', ['Tatarstan']],
  ['Officials accompany the leader on his trip to Mongolia.', 'en', 'VISIT', ['Mongolia']],
  // a war in the country it is waged on
  ['Le Bélarus soutient l’invasion russe de l’Ukraine depuis le début.', 'fr', 'WAR', ['Ukraine']],
  ['He condemned the invasion of Georgia by foreign troops.', 'en', 'WAR', ['Georgia']],
  ['Il a parlé de la guerre contre l’Ukraine avec les ministres.', 'fr', 'WAR', ['Ukraine']],
  // an election in the country its adjective names
  [
    'Le rival du président à la récente présidentielle kazakhe a parlé.',
    'fr',
    'ELECTION',
    ['kazakhe'],
  ],
  ['Observers praised the Kyrgyz presidential election on Sunday.', 'en', 'ELECTION', ['Kyrgyz']],
] as const)('places "%s"', (text, language, format, places) => {
  expect(eventPlacesOf(text, language)).toContainEqual([format, places]);
});

it.each([
  // "de la Russie" after a war is its side, not its place
  ['Il a évoqué la guerre de la Russie avec son homologue.', 'fr', 'WAR'],
  // "to" after a visit's object is no destination: "to discuss"
  ['The visit of the minister to discuss trade was short.', 'en', 'VISIT'],
] as const)('does not place "%s"', (text, language, format) => {
  expect(eventPlacesOf(text, language)).toContainEqual([format, []]);
});
