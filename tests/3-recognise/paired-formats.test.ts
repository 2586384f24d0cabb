import { findPairedFormats } from '../../src/3-recognise/paired-formats.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { graphOf } from '../helpers.js';

const paired = (text: string) =>
  findPairedFormats({ text, structure: segmentDocument({ text }), mentions: [], dates: [] }).map(
    (e) => [e.format, e.surface],
  );

it.each([
  ['Les entretiens se sont tenus en format restreint puis élargi.', [['EXPANDED_TALKS', 'élargi']]],
  [
    'Les pourparlers en format restreint, puis élargi à l’ensemble des délégations.',
    [['EXPANDED_TALKS', 'élargi à l’ensemble des délégations']],
  ],
  [
    'The talks were held in both restricted and expanded formats.',
    [
      ['RESTRICTED_TALKS', 'restricted'],
      ['EXPANDED_TALKS', 'expanded formats'],
    ],
  ],
  [
    'The leaders met in narrow and then extended format.',
    [
      ['RESTRICTED_TALKS', 'narrow'],
      ['EXPANDED_TALKS', 'extended format'],
    ],
  ],
  [
    'Les entretiens ont débuté en tête-à-tête et se sont poursuivis en présence des délégations.',
    [['EXPANDED_TALKS', 'en présence des délégations']],
  ],
  [
    'The talks began in a one-on-one format and continued with the participation of members of the two delegations.',
    [['EXPANDED_TALKS', 'with the participation of members of the two delegations']],
  ],
  // the delegations at a ceremony; the expanded format named by its keyword, not paired again
  ['La cérémonie s’est déroulée en présence des délégations.', []],
  [
    'Les entretiens en tête-à-tête se sont poursuivis en format élargi avec la participation des délégations.',
    [],
  ],
  // one sitting only: nothing paired
  ['Les entretiens en format restreint ont duré deux heures.', []],
  ['Un format élargi de coopération régionale est à l’étude.', []],
  // "restricted and expanded" of something else than a format
  ['Access was restricted and expanded later.', []],
])('"%s" names the sittings %j', (text, expected) => {
  expect(paired(text)).toEqual(expected);
});

const eventsOf = (text: string) => {
  const graph = graphOf(`Dépêche\n\n${text}`, '2024-10-24');
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttribute(k, 'format'))
    .sort();
};

it('makes the restricted and expanded talks two parts of the summit', () => {
  const graph = graphOf(
    'Dépêche\n\nLe sommet de l’OCS s’est ouvert le 3 juillet 2024 à Astana. Le 4 juillet, les ' +
      'dirigeants se sont réunis en format restreint, puis en format élargi.',
    '2024-07-05',
  );
  const parts = graph
    .filterEdges((_, a) => a.type === 'PART_OF')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'format'))
    .sort();
  expect(parts).toEqual(['EXPANDED_TALKS', 'RESTRICTED_TALKS']);
});

it('keeps "format élargi" apart from "format restreint", though both have the head "format"', () => {
  expect(
    eventsOf(
      'Le sommet de l’OCS s’est tenu le 4 juillet 2024 à Astana. Les chefs d’État se sont ' +
        'réunis en format restreint. Le format élargi a suivi.',
    ),
  ).toEqual(expect.arrayContaining(['EXPANDED_TALKS', 'RESTRICTED_TALKS']));
});

it('ends an English phrase at "were" ("Summit sessions were held")', () => {
  const graph = graphOf(
    'Dépêche\n\nOn May 12, SCO Summit sessions were held in restricted format.',
  );
  const aliases = graph
    .filterNodes((_, a) => a.type === 'Event')
    .flatMap((k) => graph.getNodeAttribute(k, 'aliases'));
  expect(aliases.filter((a) => / were /u.test(a))).toEqual([]);
});

it('splits talks held one-on-one, then with the delegations, into two parts of the summit', () => {
  const graph = graphOf(
    'Dépêche\n\nThe 22nd annual summit was held in Moscow on 9 July 2024. The two leaders held ' +
      'restricted-level talks at the Kremlin, followed by delegation-level talks.',
    '2024-07-10',
  );
  const parts = graph
    .filterEdges((_, a) => a.type === 'PART_OF')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'format'))
    .sort();
  expect(parts).toEqual(['EXPANDED_TALKS', 'RESTRICTED_TALKS']);
});

it('keeps "en tête-à-tête puis des entretiens élargis" two sittings, not one', () => {
  expect(
    eventsOf(
      'Le 20 juin 2024 à Hanoï, les deux présidents ont eu des entretiens en tête-à-tête puis des ' +
        'entretiens élargis en présence des délégations.',
    ).filter((f) => f === 'RESTRICTED_TALKS' || f === 'EXPANDED_TALKS'),
  ).toEqual(['EXPANDED_TALKS', 'RESTRICTED_TALKS']);
});
