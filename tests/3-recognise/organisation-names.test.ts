// Names of bodies that used to be cut or missed, on snippets written for these tests: ministries
// with several domains, bodies between two countries named by hyphenated adjectives, a body after
// the title of its chair, and organisations, media and places of the lexicon.

import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';
import { findOrganisationShapes } from '../../src/3-recognise/organisation-shapes.js';
import { findStandaloneBodies } from '../../src/3-recognise/standalone-bodies.js';
import { articleOf, edgesOf, graphOf, namesOf, rolesOf } from '../helpers.js';

const shapesOf = (text: string) =>
  findOrganisationShapes(text, matchLexicon(text)).map((m) => [m.surface, m.canonical]);

describe('a ministry with its domains', () => {
  it.each([
    [
      'le ministère ouzbek de l’Industrie et du Commerce a signé',
      'ministère ouzbek de l’Industrie et du Commerce',
      'Ministry of Industry and Trade of Uzbekistan',
    ],
    [
      'the Mongolian Ministry of Industry and Trade said',
      'Mongolian Ministry of Industry and Trade',
      'Ministry of Industry and Trade of Mongolia',
    ],
    [
      'selon le ministère kazakh de l’Agriculture, la récolte',
      'ministère kazakh de l’Agriculture',
      'Ministry of Agriculture of Kazakhstan',
    ],
  ])('%s', (text, surface, canonical) => {
    expect(shapesOf(text)).toContainEqual([surface, canonical]);
  });

  it('names each ministry with its own country in one sentence', () => {
    const text = 'Le ministère russe de la Santé et le ministère chinois de la Culture ont signé.';
    expect(shapesOf(text).map(([, canonical]) => canonical)).toEqual([
      'Ministry of Health of Russia',
      'Ministry of Culture of China',
    ]);
  });

  it.each([
    ['le ministère mongol de la Planification a publié un rapport'],
    ['the Mongolian Ministry of Planning said'],
  ])('cuts no ministry short before a domain it does not know: "%s"', (text) => {
    expect(shapesOf(text)).toEqual([]);
  });
});

describe('a body between two countries', () => {
  it.each([
    [
      'la commission mixte biélorusso-zimbabwéenne a siégé',
      'commission mixte biélorusso-zimbabwéenne',
      'Belarus-Zimbabwe Joint Commission',
    ],
    [
      'la commission intergouvernementale russo-ouzbèke se réunira',
      'commission intergouvernementale russo-ouzbèke',
      'Russia-Uzbekistan Intergovernmental Commission',
    ],
    [
      'the Kazakh-Chinese Intergovernmental Commission met',
      'Kazakh-Chinese Intergovernmental Commission',
      'Kazakh-Chinese Intergovernmental Commission',
    ],
    [
      'The Mongolia-Japan Cooperation Committee met',
      'Mongolia-Japan Cooperation Committee',
      'Mongolia-Japan Cooperation Committee',
    ],
    [
      'the Türkiye-Azerbaijan High-Level Strategic Council will meet',
      'Türkiye-Azerbaijan High-Level Strategic Council',
      'Turkey-Azerbaijan High-Level Strategic Council',
    ],
    [
      'la commission de coopération interparlementaire Inde-Russie a siégé',
      'commission de coopération interparlementaire Inde-Russie',
      'India-Russia Inter-Parliamentary Cooperation Commission',
    ],
  ])('%s', (text, surface, canonical) => {
    expect(shapesOf(text)).toEqual([[surface, canonical]]);
  });

  it.each([
    ['les relations sino-russes sont au beau fixe'],
    ['the Russian-Chinese talks ended on Monday'],
    ['the Russia-Ukraine war goes on'],
    // the name goes on past the countries with words it cannot read: better none than a cut one
    ['le Comité intergouvernemental Mongolie-Japon pour l’examen des questions frontalières'],
  ])('finds no body in a hyphenated adjective alone: "%s"', (text) => {
    expect(shapesOf(text)).toEqual([]);
  });
});

describe('a joint body named with its purpose', () => {
  it.each([
    [
      'le Comité intergouvernemental Mongolie-Japon pour la coopération économique a siégé',
      'Comité intergouvernemental Mongolie-Japon pour la coopération économique',
      'Mongolia-Japan Intergovernmental Committee for Economic Cooperation',
    ],
    [
      'la commission mixte russo-ouzbèke pour la coopération économique, commerciale et technique',
      'commission mixte russo-ouzbèke pour la coopération économique, commerciale et technique',
      'Russia-Uzbekistan Joint Commission for Economic, Trade and Technical Cooperation',
    ],
    [
      // the list stops where the adjectives of a purpose stop
      'la commission mixte russo-ouzbèke pour la coopération économique et les investissements',
      'commission mixte russo-ouzbèke pour la coopération économique',
      'Russia-Uzbekistan Joint Commission for Economic Cooperation',
    ],
    [
      'la commission intergouvernementale russo-kazakhe de coopération économique a siégé',
      'commission intergouvernementale russo-kazakhe de coopération économique',
      'Russia-Kazakhstan Intergovernmental Cooperation Commission',
    ],
    [
      'the Intergovernmental Kazakh-Chinese Commission on Trade and Economic Cooperation met',
      'Intergovernmental Kazakh-Chinese Commission on Trade and Economic Cooperation',
      'Intergovernmental Kazakh-Chinese Commission on Trade and Economic Cooperation',
    ],
    [
      'the Russian-Uzbek Intergovernmental Commission on Trade met in Tashkent',
      'Russian-Uzbek Intergovernmental Commission on Trade',
      'Russian-Uzbek Intergovernmental Commission on Trade',
    ],
  ])('%s', (text, surface, canonical) => {
    expect(shapesOf(text)).toEqual([[surface, canonical]]);
  });

  it.each([
    // a day or a month after "on" is no purpose
    [
      'the Kazakh-Chinese Intergovernmental Commission on Monday discussed trade',
      'Kazakh-Chinese Intergovernmental Commission',
    ],
    [
      'the Kazakh-Chinese Intergovernmental Commission on March 3 discussed trade',
      'Kazakh-Chinese Intergovernmental Commission',
    ],
    // a ministry takes no purpose: "pour la coopération" is what it did
    [
      'le ministère russe des Affaires étrangères pour la coopération régionale',
      'ministère russe des Affaires étrangères',
    ],
  ])('stops the name before what is no purpose: "%s"', (text, surface) => {
    expect(shapesOf(text).map(([found]) => found)).toEqual([surface]);
  });
});

describe('a body right after the title of its chair', () => {
  it.each([
    ['le président de l’Assemblée nationale Nguyen Van Linh a déclaré', 'National Assembly'],
    ['la présidente du Sénat Aigul Rakhimova était présente', 'Senate'],
    ['le président du Cabinet des Ministres Talant Usenov a reçu', 'Cabinet of Ministers'],
    ['le président de la Banque nationale Pavel Kalinin', 'National Bank'],
    ['le président de la Chambre des représentants Oleg Ivanov', 'House of Representatives'],
    ['Chairman of the National Assembly (NA) Tran Van Binh', 'National Assembly'],
  ])('%s', (text, canonical) => {
    expect(findStandaloneBodies(text).map((m) => m.canonical)).toEqual([canonical]);
  });

  it.each([
    ['le Sénat a adopté la loi'],
    ['le sénateur Oleg Ivanov a voté'],
    ['la présidente du Parlement européen Maria Costa'],
    ['le président du Comité intergouvernemental Vietnam-Russie'],
  ])('finds no body in "%s"', (text) => {
    expect(findStandaloneBodies(text)).toEqual([]);
  });

  it('gives the role to the body the title names, and the chair heads it', () => {
    const graph = graphOf(
      'Le ministre a rencontré le président de l’Assemblée nationale Nguyen Van Linh et le chef de l’Administration présidentielle Oleg Smirnov.',
    );
    expect(rolesOf(graph)).toEqual(
      expect.arrayContaining([
        'Nguyen Van Linh -> National Assembly (Chairman)',
        'Oleg Smirnov -> Presidential Administration (Chief of Staff)',
      ]),
    );
    expect(edgesOf(graph, 'HEAD_OF')).toContain('Nguyen Van Linh -> National Assembly');
    // the chief of staff heads the administration the title names
    expect(edgesOf(graph, 'HEAD_OF')).toContain('Oleg Smirnov -> Presidential Administration');
  });

  it('holds a title naming its body of that body, by the words before it', () => {
    const graph = graphOf(
      'Le président a reçu le secrétaire du Conseil de sécurité de la Fédération de Russie, Oleg Ivanov, à Minsk.',
    );
    expect(rolesOf(graph)).toContain('Oleg Ivanov -> Security Council of Russia (Secretary)');
  });

  it('gives no role to a body named in the possessive: the committee is the one chaired', () => {
    const graph = graphOf(
      'Chairman of the National Assembly (NA) Tran Van Binh held talks. Chairman of the NA’s Committee for Economic Affairs Le Van Tam was present.',
    );
    expect(rolesOf(graph).filter((r) => r.startsWith('Le Van Tam'))).toEqual([]);
  });
});

describe('organisations, media and places of the lexicon', () => {
  it('reads the CSTO’s council, part of the CSTO, and no generic Security Council', () => {
    const graph = graphOf(
      'Le Conseil de sécurité collective de l’OTSC se réunira à Minsk en novembre.',
    );
    expect(namesOf(graph, 'Organisation')).toEqual([
      'CSTO Collective Security Council',
      'Collective Security Treaty Organization',
    ]);
    expect(edgesOf(graph, 'PART_OF')).toEqual([
      'CSTO Collective Security Council -> Collective Security Treaty Organization',
    ]);
  });

  it.each([
    ['Baku, 3 May, Trend. The minister arrived in Baku.', 'Trend'],
    ['BISHKEK (AKIpress) - The minister arrived in Bishkek.', 'AKIpress'],
    ['Le ministre l’a déclaré à APS dimanche.', 'Algeria Press Service'],
  ])('a news agency: %s', (text, name) => {
    expect(namesOf(graphOf(text), 'Organisation')).toContain(name);
  });

  it.each([
    [
      'La Commission économique eurasiatique (EEC) a siégé à Almaty.',
      'Eurasian Economic Commission',
    ],
    ['The NDRC and the ministry signed a plan.', 'National Development and Reform Commission'],
    [
      'Les ministres se sont vus en marge du sommet de l’APEC.',
      'Asia-Pacific Economic Cooperation',
    ],
    ['the ASEAN Regional Forum in Vientiane', 'ASEAN Regional Forum'],
  ])('an organisation: %s', (text, name) => {
    expect(namesOf(graphOf(text), 'Organisation')).toContain(name);
  });

  it.each([
    [
      'the Saudi Foreign Ministry said',
      'Saudi Foreign Ministry',
      'Ministry of Foreign Affairs of Saudi Arabia',
    ],
    [
      'the Vietnam National Assembly voted',
      'Vietnam National Assembly',
      'National Assembly of Vietnam',
    ],
  ])('a country named as an adjective before its body: %s', (text, surface, canonical) => {
    expect(shapesOf(text)).toContainEqual([surface, canonical]);
  });

  it.each([
    ['He flew to Vietnam. National Assembly deputies met him.'],
    ['in Vietnam ministry officials said'],
  ])('no body after a country that ends a sentence or before a lower-case noun: %s', (text) => {
    expect(shapesOf(text)).toEqual([]);
  });

  it('holds a meeting at the Akorda there', () => {
    const graph = articleOf(
      'On 4 June 2024 President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev at the Akorda presidential residence in Astana.',
    );
    expect(edgesOf(graph, 'HELD_IN')).toContain('Meeting at Akorda, 2024-06-04 -> Akorda');
  });

  it('reads the Akorda as a place', () => {
    const graph = graphOf('Le président a reçu le ministre à l’Akorda mardi.');
    expect(namesOf(graph, 'Place')).toContain('Akorda');
  });
});
