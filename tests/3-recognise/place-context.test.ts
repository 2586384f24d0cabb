import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';
import { findFacilityNames } from '../../src/3-recognise/find-facility-names.js';

const hits = (text: string) => matchLexicon(text).map((m) => [m.surface, m.type, m.lexiconId]);

describe('place hits read in context', () => {
  it.each([
    ['des panneaux en chinois et en russe.', []],
    ['traduit du russe, version française', []],
    ['in Russian and English', []],
    ['les investisseurs latino-américains', []],
    ['la région indo-pacifique', []],
  ])('"%s" names no country', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    ['les ministres russes', [['russes', 'Place', 'russia']]],
    ['en Russie', [['Russie', 'Place', 'russia']]],
  ])('"%s" still names a country', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('keeps both halves of a compound adjective', () => {
    expect(hits('les relations russo-biélorusses').map((h) => h[2])).toEqual(['belarus', 'russia']);
    expect(hits('le partenariat sino-russe').map((h) => h[2])).toEqual(['russia', 'china']);
  });

  it('keeps "au Kremlin" a place, "le leader du Kremlin" none', () => {
    expect(hits('reçu au Kremlin')).toEqual([['Kremlin', 'Place', 'kremlin']]);
    expect(hits('le leader du Kremlin')).toEqual([]);
    expect(hits('Kremlin spokesman Dmitry Peskov').filter((h) => h[1] === 'Place')).toEqual([]);
  });

  it('ignores the words of a web address', () => {
    expect(hits('voir www.example.com/guinee-equatoriale-accord')).toEqual([]);
  });
});

describe('facility names with a lower-case head', () => {
  const facilities = (text: string) =>
    findFacilityNames(text).map((m) => [m.surface, m.canonical ?? m.surface]);

  it.each([
    ['dans la salle Saint-Vladimir du Kremlin', [['salle Saint-Vladimir', 'salle Saint-Vladimir']]],
    ['au Palais de la Nation à Douchanbé', [['Palais de la Nation', 'Palais de la Nation']]],
    ['sur la place Kim Il-sung de Pyongyang', [['place Kim Il-sung', 'place Kim Il-sung']]],
    [
      'la résidence officielle Kumsusan',
      [['résidence officielle Kumsusan', 'résidence officielle Kumsusan']],
    ],
    ['at the Kim Il Sung Square', [['Kim Il Sung Square', 'Kim Il Sung Square']]],
  ])('"%s"', (text, expected) => {
    expect(facilities(text)).toEqual(expected);
  });

  it.each([
    ['la place de la Russie dans le monde'],
    ['au stade de France'],
    ['une salle comble'],
    // the person a monument honours stays a person
    ['le monument à Gueorgui Joukov'],
  ])('"%s" names no facility', (text) => {
    expect(facilities(text)).toEqual([]);
  });
});

describe('capitals named by their country', () => {
  const capitals = (text: string) =>
    matchLexicon(text)
      .filter((m) => m.rule === 'capital-of')
      .map((m) => [m.lexiconId, m.country]);

  it.each([
    ['dans la capitale russe', [['moscow', 'russia']]],
    ['la capitale des Émirats arabes unis, Abou Dhabi', [['abu-dhabi', 'united-arab-emirates']]],
    ['in the Kazakh capital', [['astana', 'kazakhstan']]],
    ['la capitale économique du Kazakhstan', []],
    ['l’ancienne capitale russe', []],
    ['le capital russe', []],
  ])('"%s"', (text, expected) => {
    expect(capitals(text)).toEqual(expected);
  });
});
