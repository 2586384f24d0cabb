import { CAPITAL_OF, findCountryOfAdjective, findLexiconEntry } from '../../src/lexicon/index.js';
import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';

const placeOf = (text: string) =>
  matchLexicon(text)
    .filter((m) => m.type === 'Place')
    .map((m) => m.lexiconId);

describe('countries of the world, French and English', () => {
  it.each([
    ['La Biélorussie et le Bélarus', ['belarus', 'belarus']],
    ['le Kirghizstan, le Kirghizistan', ['kyrgyzstan', 'kyrgyzstan']],
    ['la République de Corée et la RPDC', ['south-korea', 'north-korea']],
    ['les Émirats arabes unis', ['united-arab-emirates']],
    ['le Burkina Faso et la Guinée-Bissau', ['burkina-faso', 'guinea-bissau']],
    [
      'la République démocratique du Congo (RDC)',
      ['democratic-republic-of-the-congo', 'democratic-republic-of-the-congo'],
    ],
    ['Türkiye and Turkey', ['turkey', 'turkey']],
    ['le Cap-Vert et Sao Tomé-et-Principe', ['cape-verde', 'sao-tome-and-principe']],
    ['Saint-Kitts-et-Nevis, les Palaos', ['saint-kitts-and-nevis', 'palau']],
    ['le Saint-Siège, the Holy See', ['vatican', 'vatican']],
  ])('"%s" names %j', (text, ids) => {
    expect(placeOf(text).filter((id) => ids.includes(id ?? ''))).toEqual(ids);
  });

  it('finds the official form as one hit besides the short one inside it', () => {
    const found = matchLexicon('the State of Palestine').map((m) => [m.surface, m.lexiconId]);
    expect(found).toContainEqual(['State of Palestine', 'palestine']);
  });

  it('keeps the corpus names and ids of the listed countries', () => {
    expect(findLexiconEntry('turkey')?.name).toBe('Turkey');
    expect(findLexiconEntry('russia')?.aliases).toContain('Fédération de Russie');
    expect(findLexiconEntry('equatorial-guinea')?.aliases).toContain('Guinée équatoriale');
  });

  it.each([
    ['à Kostanaï', 'kostanay'],
    ['à Termez', 'termez'],
    ['au bord de l’Issyk-Koul', 'issyk-kul'],
    ['in Xizang', 'tibet'],
    ['à Lhassa', 'lhasa'],
  ])('knows the regional city or region of "%s"', (text, id) => {
    expect(placeOf(text)).toEqual([id]);
  });

  it('does not take a first name for a country ("Maurice", "Dominique")', () => {
    expect(placeOf('Maurice Dupont et Dominique Martin')).toEqual([]);
  });
});

describe('adjectives of every country', () => {
  it.each([
    ['kazakhe', 'kazakhstan'],
    ['kazakhes', 'kazakhstan'],
    ['kirghize', 'kyrgyzstan'],
    ['ouzbèke', 'uzbekistan'],
    ['bélarusse', 'belarus'],
    ['sud-africain', 'south-africa'],
    ['zimbabwéen', 'zimbabwe'],
    ['tchadienne', 'chad'],
    ['Kenyan', 'kenya'],
  ])('"%s" -> %s', (form, country) => {
    expect(findCountryOfAdjective(form)).toBe(country);
  });

  it('leaves an adjective two countries share to neither ("congolais")', () => {
    expect(findCountryOfAdjective('congolais')).toBeUndefined();
  });

  it('names continents by their adjectives, never as a country', () => {
    const [hit] = matchLexicon('les pays africains');
    expect([hit?.lexiconId, hit?.subtype]).toEqual(['africa', 'region']);
    expect(findCountryOfAdjective('africains')).toBeUndefined();
  });
});

describe('capitals and cities', () => {
  it.each([
    ['Oulan-Bator', 'ulaanbaatar'],
    ['Achgabat', 'ashgabat'],
    ['Abou Dhabi', 'abu-dhabi'],
    ['Riyad', 'riyadh'],
    ['Pyongyang', 'pyongyang'],
    ['Harare', 'harare'],
    ['Nur-Sultan', 'astana'],
  ])('"%s" is %s', (text, id) => {
    expect(placeOf(`à ${text}`)).toEqual([id]);
  });

  it('knows each country’s capital', () => {
    expect(CAPITAL_OF.get('russia')).toBe('moscow');
    expect(CAPITAL_OF.get('mongolia')).toBe('ulaanbaatar');
    expect(CAPITAL_OF.get('saudi-arabia')).toBe('riyadh');
    expect(findLexiconEntry('riyadh')?.country).toBe('saudi-arabia');
  });
});
