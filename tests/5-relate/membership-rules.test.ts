import { graphOf } from '../helpers.js';

/** "Country -> Organisation (status)" for each MEMBER_OF edge, "[role]" where not a member state. */
function membershipsOf(text: string): string[] {
  const graph = graphOf(text);
  return graph
    .filterEdges((_, a) => a.type === 'MEMBER_OF')
    .map((e) => {
      const { status, role } = graph.getEdgeAttribute(e, 'props') as Record<string, string>;
      const source = graph.getNodeAttribute(graph.source(e), 'name');
      const target = graph.getNodeAttribute(graph.target(e), 'name');
      const kind = role && role !== 'member state' ? ` [${role}]` : '';
      return `${source} -> ${target}${status ? ` (${status})` : ''}${kind}`;
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
  [
    'L’OCS, créée en 2001 par la Chine, la Russie et le Kazakhstan, s’est élargie depuis.',
    [
      'China -> Shanghai Cooperation Organisation [founding member]',
      'Kazakhstan -> Shanghai Cooperation Organisation [founding member]',
      'Russia -> Shanghai Cooperation Organisation [founding member]',
    ],
  ],
  [
    'The founding members of the CSTO, Russia and Armenia, met the other CSTO member states, Russia included.',
    [
      'Armenia -> Collective Security Treaty Organization [founding member]',
      'Russia -> Collective Security Treaty Organization [founding member]',
    ],
  ],
])('%s', (text, expected) => {
  expect(membershipsOf(text)).toEqual(expected);
});

it.each([
  ['Pour mémoire, l’UEE comprend la Russie et l’Arménie.', 'member state'],
  ['La Mongolie a reçu le statut d’État observateur auprès de l’OCS.', undefined],
])('a full member is a member state, an observer has no role: %s', (text, role) => {
  const graph = graphOf(text);
  const roles = graph
    .filterEdges((_, a) => a.type === 'MEMBER_OF')
    .map((e) => (graph.getEdgeAttribute(e, 'props') as Record<string, string>).role);
  expect(new Set(roles)).toEqual(new Set([role]));
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
