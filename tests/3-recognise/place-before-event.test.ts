import { eventPlacesOf } from '../helpers.js';
import type { Language } from '../../src/types.js';

/** Dated as a dispatch of 14 April 2026. */
const placesOf = (text: string, language: Language) => eventPlacesOf(text, language, '2026-04-14');

it.each([
  [
    'Le chef du gouvernement est arrivé en Arménie pour une visite officielle.',
    'VISIT',
    ['Arménie'],
  ],
  [
    'Les deux délégations se sont retrouvées à Douchanbé pour des entretiens en format restreint.',
    'RESTRICTED_TALKS',
    ['Douchanbé'],
  ],
  ['Il a reçu son homologue vendredi à Bakou pour la signature d’un accord.', 'SIGNING', ['Bakou']],
  [
    'Les ministres se sont réunis à Tachkent pour participer au forum régional.',
    'FORUM',
    ['Tachkent'],
  ],
  [
    'Le ministre est arrivé à Batoumi pour une visite de travail, où se tient, ce jeudi, la ' +
      'réunion du conseil régional.',
    'MEETING',
    ['Batoumi'],
  ],
  [
    'La délégation est arrivée en Géorgie, où a lieu la session en format restreint du conseil.',
    'RESTRICTED_TALKS',
    ['Géorgie'],
  ],
  // a visit the traveller is on: "en visite"
  [
    'Le Premier ministre, qui se trouvait alors en Géorgie en visite officielle, a pris la parole.',
    'VISIT',
    ['Géorgie'],
  ],
] as const)('places "%s"', (text, format, places) => {
  expect(placesOf(text, 'fr')).toContainEqual([format, places]);
});

it('places an English event after "in X to attend"', () => {
  expect(
    placesOf('The minister flew in Bishkek to attend the forum of the regions.', 'en'),
  ).toContainEqual(['FORUM', ['Bishkek']]);
});

it.each([
  // leaving a city for a meeting says nothing of where the meeting is
  ['Le ministre a quitté Erevan pour le forum régional.', 'FORUM'],
  // a meeting is held in a city of the country one arrives in, not in the country as such
  ['Le président est arrivé au Kirghizistan pour assister au forum régional.', 'FORUM'],
  // a visit is to a country: the city one lands in does not name it
  ['La ministre est arrivée à Tbilissi pour une visite de deux jours.', 'VISIT'],
  // a purpose that is no event: "pour préparer"
  ['Les experts se sont réunis à Minsk pour préparer le forum régional.', 'FORUM'],
  // "en" before a meeting is a manner, not a stay
  ['Les ministres étaient à Minsk en réunion de crise toute la journée.', 'MEETING'],
] as const)('does not place "%s"', (text, format) => {
  expect(placesOf(text, 'fr')).toContainEqual([format, []]);
});
