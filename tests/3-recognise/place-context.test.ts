import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';

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

  it('reads "au Kremlin" as the place and "selon le Kremlin" as the presidency', () => {
    expect(hits('reçu au Kremlin')).toEqual([['Kremlin', 'Place', 'kremlin']]);
    expect(hits('a indiqué le Kremlin')).toEqual([['Kremlin', 'Organisation', undefined]]);
    expect(hits('le leader du Kremlin')).toEqual([]);
  });

  it('ignores the words of a web address', () => {
    expect(hits('voir www.example.com/guinee-equatoriale-accord')).toEqual([]);
  });
});
