import { edgesOf, graphOf, namesOf } from '../helpers.js';

const locatedIn = (text: string) => edgesOf(graphOf(text), 'LOCATED_IN');

describe('LOCATED_IN from how news places a place', () => {
  it.each([
    ['Le président est arrivé dans la capitale russe mardi.', ['Moscow -> Russia']],
    ['Minsk, capitale de la Biélorussie, accueille le forum.', ['Minsk -> Belarus']],
    ['The talks opened in the Kazakh capital on Monday.', ['Astana -> Kazakhstan']],
    ['Le sommet se tient dans la ville ouzbèke de Samarcande.', ['Samarkand -> Uzbekistan']],
    [
      'Les dirigeants se retrouvent dans la station balnéaire russe de Sotchi.',
      ['Sochi -> Russia'],
    ],
    ['They met in the Russian city of Kazan.', ['Kazan -> Russia']],
    ['Réunion à Téhéran, Iran, le 3 mars.', ['Tehran -> Iran']],
    ['Un sommet dans la ville de Xi’an (Chine) en mai.', ["Xi'an -> China"]],
    ['Il est arrivé au Kirghizistan et a été reçu à Bichkek.', ['Bishkek -> Kyrgyzstan']],
    [
      'Il s’est rendu au Kazakhstan quand la capitale économique, Almaty, était en fête.',
      ['Almaty -> Kazakhstan'],
    ],
    ['Le vol a quitté le Kenya. Il a atterri à Nairobi, la capitale, mardi.', ['Nairobi -> Kenya']],
    [
      'the Vostochny Spaceport in Russia’s Far East',
      ['Russian Far East -> Russia', 'Vostochny Spaceport -> Russian Far East'],
    ],
    ['La cérémonie a eu lieu au parc Patriot de Koubinka.', ['parc Patriot -> Kubinka']],
    [
      'Les dirigeants se sont réunis dans la salle Saint-Georges du Kremlin.',
      ['St George Hall -> Kremlin'],
    ],
  ])('"%s"', (text, expected) => {
    expect(locatedIn(text)).toEqual(expected);
  });

  it.each([
    // a list is not a chain, a metonym is not a place
    ['Les délégations de Minsk, Moscou et Pékin sont arrivées.', []],
    ['La Russie coopère avec Téhéran, a dit le ministre iranien.', []],
    // the former capital is not today's
    ['Almaty, l’ancienne capitale kazakhe, accueille le forum.', []],
    // Moscow does not lie in Iran, whatever the comma says
    ['Une rencontre à Moscou, Iran et Arménie ont signé.', []],
    // a spot the lexicon places in another country is named as a metonym here
    ['Il a critiqué la politique du Kremlin en Géorgie.', []],
  ])('states nothing in "%s"', (text, expected) => {
    expect(locatedIn(text)).toEqual(expected);
  });

  it('names a capital described by its country', () => {
    expect(namesOf(graphOf('Il a atterri dans la capitale saoudienne hier.'), 'Place')).toEqual([
      'Riyadh',
      'Saudi Arabia',
    ]);
  });
});
