import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';
import { findOrganisationAliases } from '../../src/3-recognise/organisation-aliases.js';
import { findOrganisationShapes } from '../../src/3-recognise/organisation-shapes.js';
import { findStandaloneBodies } from '../../src/3-recognise/standalone-bodies.js';

const shapesOf = (text: string) =>
  findOrganisationShapes(text, matchLexicon(text)).map((m) => [m.surface, m.canonical]);

describe('bodies named around a country or an organisation', () => {
  it.each([
    [
      'Le Conseil des chefs d’État de l’OCS à Douchanbé a adopté',
      'Conseil des chefs d’État de l’OCS',
      'SCO Council of Heads of State',
    ],
    [
      'le Conseil des chefs d’État de la Communauté des États indépendants',
      'Conseil des chefs d’État de la Communauté des États indépendants',
      'CIS Council of Heads of State',
    ],
    [
      'selon le ministère russe des Affaires étrangères, la visite',
      'ministère russe des Affaires étrangères',
      'Ministry of Foreign Affairs of Russia',
    ],
    ['le gouvernement kazakh a démissionné', 'gouvernement kazakh', 'Government of Kazakhstan'],
    [
      'la Commission électorale centrale de la Russie',
      'Commission électorale centrale de la Russie',
      'Central Election Commission of Russia',
    ],
    [
      'le Conseil de sécurité russe se réunit',
      'Conseil de sécurité russe',
      'Security Council of Russia',
    ],
    [
      'the Kazakh Foreign Ministry said',
      'Kazakh Foreign Ministry',
      'Ministry of Foreign Affairs of Kazakhstan',
    ],
    ['the SCO Secretariat in Beijing', 'SCO Secretariat', 'SCO Secretariat'],
    ['the Russian government said', 'Russian government', 'Government of Russia'],
    [
      'a decree of the government of Kazakhstan',
      'government of Kazakhstan',
      'Government of Kazakhstan',
    ],
    [
      'The Council of CIS Heads of State adopted',
      'Council of CIS Heads of State',
      'CIS Council of Heads of State',
    ],
    ['l’état-major unifié de l’OTSC', 'état-major unifié de l’OTSC', 'CSTO Joint Staff'],
    ['chef d’état-major unifié de l’OTSC', 'état-major unifié de l’OTSC', 'CSTO Joint Staff'],
    ['the SCO Business Council met', 'SCO Business Council', 'SCO Business Council'],
    [
      'the Parliament of the Republic of Kazakhstan',
      'Parliament of the Republic of Kazakhstan',
      'Parliament of Kazakhstan',
    ],
    [
      'le Parlement de la République du Kazakhstan',
      'Parlement de la République du Kazakhstan',
      'Parliament of Kazakhstan',
    ],
    // party and state bodies, named after the party's short form once nested
    [
      'le Bureau politique du Comité central du PCC a siégé',
      'Bureau politique du Comité central du PCC',
      'Political Bureau of the CPC Central Committee',
    ],
    [
      'the Political Bureau of the CPC Central Committee met',
      'Political Bureau of the CPC Central Committee',
      'Political Bureau of the CPC Central Committee',
    ],
    [
      'le Comité permanent du Bureau politique du Comité central du Parti communiste chinois',
      'Comité permanent du Bureau politique du Comité central du Parti communiste chinois',
      'Standing Committee of the Political Bureau of the CPC Central Committee',
    ],
    [
      'le Bureau général du Comité central du PCC',
      'Bureau général du Comité central du PCC',
      'General Office of the CPC Central Committee',
    ],
    [
      'le Département de la propagande du Comité central du PCC',
      'Département de la propagande du Comité central du PCC',
      'Publicity Department of the CPC Central Committee',
    ],
    [
      'le Bureau politique du Comité central du Parti communiste du Vietnam',
      'Bureau politique du Comité central du Parti communiste du Vietnam',
      'Political Bureau of the CPV Central Committee',
    ],
    [
      'le Bureau politique du Parti des travailleurs de Corée',
      'Bureau politique du Parti des travailleurs de Corée',
      'Political Bureau of the Workers’ Party of Korea',
    ],
    [
      'le Bureau de la Commission centrale des affaires étrangères',
      'Bureau de la Commission centrale des affaires étrangères',
      'Office of the Central Foreign Affairs Commission',
    ],
    [
      'le Comité national de la Conférence consultative politique du peuple chinois',
      'Comité national de la Conférence consultative politique du peuple chinois',
      'CPPCC National Committee',
    ],
    ['the CPPCC National Committee met', 'CPPCC National Committee', 'CPPCC National Committee'],
    [
      'le Comité permanent de l’Assemblée populaire nationale',
      'Comité permanent de l’Assemblée populaire nationale',
      'NPC Standing Committee',
    ],
  ])('%s', (text, surface, canonical) => {
    expect(shapesOf(text)).toContainEqual([surface, canonical]);
  });

  it('builds no body on a party that begins its own body’s English name', () => {
    const names = shapesOf('the Political Bureau of the CPC Central Committee met').map(
      (s) => s[1],
    );
    expect(names).not.toContain('Political Bureau of the Communist Party of China');
    expect(names).not.toContain('Central Committee of the CPC Political Bureau');
  });

  it.each([
    // a chairmanship, not a body
    ['la présidence de l’OCS est passée à l’Inde'],
    ['sous la présidence russe de l’OTSC'],
    // a title, not a body
    ['le ministre des Affaires étrangères de la Russie'],
    ['les chefs d’État de la CEI'],
    // the head is cut from a longer English name
    ['Heads of Government (Prime Ministers) Council of the SCO'],
    ['the Chief of Staff of the SCO'],
    // an event, not a body
    ['the SCO Summit in Astana'],
    // an attribute, not a body
    ['the Uzbek government delegation arrived'],
  ])('finds no body in "%s"', (text) => {
    expect(shapesOf(text)).toEqual([]);
  });

  it('keeps a lexicon body whole with its country: "Conseil de la Fédération de Russie"', () => {
    const text = 'le Conseil de la Fédération de Russie a voté';
    const [shape] = findOrganisationShapes(text, matchLexicon(text));
    expect([shape?.surface, shape?.lexiconId]).toEqual([
      'Conseil de la Fédération de Russie',
      'federation-council',
    ]);
  });

  it('keeps what the body belongs to: the Assemblée nationale within the Conseil de la République', () => {
    const text = 'le Conseil de la République de l’Assemblée nationale de la République du Bélarus';
    const longest = findOrganisationShapes(text, matchLexicon(text)).sort(
      (a, b) => b.end - b.start - (a.end - a.start),
    )[0];
    expect(longest?.surface).toBe(text.slice(3));
    expect(longest?.within?.canonical).toBe('National Assembly of Belarus');
  });
});

describe('bodies named by head and qualifiers alone', () => {
  it.each([
    ['selon la Commission électorale centrale, le taux', 'Central Election Commission'],
    ['le Gouvernement fédéral a annoncé', 'Federal Government'],
    // a domain complement goes before a commission: "Foreign Affairs Commission"
    ['la Commission de la Défense a voté', 'Defence Commission'],
    ['le Bureau politique a voté', 'Political Bureau'],
  ])('%s', (text, canonical) => {
    expect(findStandaloneBodies(text).map((m) => m.canonical)).toEqual([canonical]);
  });

  it.each([
    ['Le Conseil a siégé'],
    ['la commission mixte sur la sécurité'],
    ['le Comité exécutif de la structure régionale'],
    ['Le Comité intergouvernemental Vietnam-Russie'],
  ])('finds no standalone body in "%s"', (text) => {
    expect(findStandaloneBodies(text)).toEqual([]);
  });
});

describe('later names of an organisation', () => {
  it('takes a country body without its adjective: "the Foreign Ministry" after "the Kazakh Foreign Ministry"', () => {
    const text = 'The Kazakh Foreign Ministry said so. The Foreign Ministry added that';
    const shapes = findOrganisationShapes(text, matchLexicon(text));
    expect(findOrganisationAliases(text, shapes).map((m) => [m.surface, m.canonical])).toEqual([
      ['Foreign Ministry', 'Ministry of Foreign Affairs of Kazakhstan'],
    ]);
  });

  it('takes the acronym in brackets and the head of a body for later mentions', () => {
    const text =
      'Le Comité central (CC) du Parti communiste du Vietnam a siégé. Le CC et le Comité central ont voté.';
    const candidates = matchLexicon(text);
    const shapes = findOrganisationShapes(text, candidates);
    const aliases = findOrganisationAliases(text, shapes);
    expect(aliases.map((m) => [m.surface, m.canonical])).toEqual([
      ['CC', 'Central Committee of the Communist Party of Vietnam'],
      ['Comité central', 'Central Committee of the Communist Party of Vietnam'],
    ]);
  });
});
