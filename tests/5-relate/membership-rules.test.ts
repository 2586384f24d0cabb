import { graphOf } from '../helpers.js';

/** "Country -> Organisation (status)" for each MEMBER_OF edge. */
function membershipsOf(text: string): string[] {
  const graph = graphOf(text);
  return graph
    .filterEdges((_, a) => a.type === 'MEMBER_OF')
    .map((e) => {
      const status = (graph.getEdgeAttribute(e, 'props') as Record<string, string>).status;
      const source = graph.getNodeAttribute(graph.source(e), 'name');
      const target = graph.getNodeAttribute(graph.target(e), 'name');
      return `${source} -> ${target}${status ? ` (${status})` : ''}`;
    })
    .sort();
}

it.each([
  [
    'Pour mémoire, l’UEE comprend la Russie, l’Arménie et le Kazakhstan.',
    [
      'Armenia -> Eurasian Economic Union',
      'Kazakhstan -> Eurasian Economic Union',
      'Russia -> Eurasian Economic Union',
    ],
  ],
  [
    'Les États membres de l’OTSC [Arménie, Biélorussie, Russie] ont signé la déclaration.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Belarus -> Collective Security Treaty Organization',
      'Russia -> Collective Security Treaty Organization',
    ],
  ],
  ['Le prix fixé par l’Opep, dont la Russie est membre, a baissé.', ['Russia -> OPEC']],
  [
    'La Mongolie a reçu le statut d’État observateur auprès de l’OCS en 2004.',
    ['Mongolia -> Shanghai Cooperation Organisation (observer)'],
  ],
  [
    'La CEI regroupe la Russie et la Biélorussie, et le Turkménistan en tant qu’État associé.',
    [
      'Belarus -> Commonwealth of Independent States',
      'Russia -> Commonwealth of Independent States',
      'Turkmenistan -> Commonwealth of Independent States (associate)',
    ],
  ],
  [
    'Selon lui, la Biélorussie deviendra le 10e pays membre de l’OCS.',
    ['Belarus -> Shanghai Cooperation Organisation (joining)'],
  ],
  [
    'The SCO observer states: Prime Minister of Mongolia, Prime Minister of Belarus.',
    [
      'Belarus -> Shanghai Cooperation Organisation (observer)',
      'Mongolia -> Shanghai Cooperation Organisation (observer)',
    ],
  ],
])('%s', (text, expected) => {
  expect(membershipsOf(text)).toEqual(expected);
});

it.each([
  // a topic, not a member
  ['Les ministres des pays membres de l’OTSC ont discuté de la situation en Afghanistan.'],
  // the leaders of two countries, not of an organisation
  ['Les dirigeants de la Russie et de la Chine ont parlé de l’OCS.'],
  // no membership cue at all
  ['La Russie et l’Inde ont évoqué la coopération au sein des BRICS.'],
])('finds no membership in "%s"', (text) => {
  expect(membershipsOf(text)).toEqual([]);
});
