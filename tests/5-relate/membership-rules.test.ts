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
  // the status after the countries, the organisation's name within the phrase
  [
    'Depuis 2021, le Cambodge est devenu partenaire de dialogue de l’OCS.',
    ['Cambodia -> Shanghai Cooperation Organisation (partner)'],
  ],
  [
    'Le 4 juillet 2024, le Laos est officiellement devenu le onzième État membre de l’OCS.',
    ['Laos -> Shanghai Cooperation Organisation'],
  ],
  [
    'Le Laos et le Vietnam, tous deux membres de l’ASEAN, ont signé.',
    [
      'Laos -> Association of Southeast Asian Nations',
      'Vietnam -> Association of Southeast Asian Nations',
    ],
  ],
  [
    'In 2024 Laos has officially become an SCO member state.',
    ['Laos -> Shanghai Cooperation Organisation'],
  ],
  [
    'Since 2021 Cambodia has become an SCO dialogue partner.',
    ['Cambodia -> Shanghai Cooperation Organisation (partner)'],
  ],
  [
    'Mongolia and Cuba are also EAEU observer states.',
    [
      'Cuba -> Eurasian Economic Union (observer)',
      'Mongolia -> Eurasian Economic Union (observer)',
    ],
  ],
  [
    'La Mongolie et Cuba sont aussi des États observateurs de l’UEE.',
    [
      'Cuba -> Eurasian Economic Union (observer)',
      'Mongolia -> Eurasian Economic Union (observer)',
    ],
  ],
  [
    'Cuba and Iran are observers of the EAEU.',
    ['Cuba -> Eurasian Economic Union (observer)', 'Iran -> Eurasian Economic Union (observer)'],
  ],
  [
    'In 2017 India and Pakistan became full members of the SCO.',
    ['India -> Shanghai Cooperation Organisation', 'Pakistan -> Shanghai Cooperation Organisation'],
  ],
  [
    'Belarus was admitted as a full member of the SCO.',
    ['Belarus -> Shanghai Cooperation Organisation'],
  ],
  [
    'Le Bélarus a été admis comme membre à part entière de l’OCS.',
    ['Belarus -> Shanghai Cooperation Organisation'],
  ],
  [
    'Le Turkménistan reste membre associé de la CEI.',
    ['Turkmenistan -> Commonwealth of Independent States (associate)'],
  ],
  [
    'L’Inde a officiellement rejoint l’OCS en 2017.',
    ['India -> Shanghai Cooperation Organisation'],
  ],
  [
    'La Turquie a officiellement déposé sa candidature pour rejoindre l’OCS.',
    ['Turkey -> Shanghai Cooperation Organisation (joining)'],
  ],
  ['Turkey has applied for membership in BRICS.', ['Turkey -> BRICS (joining)']],
  [
    'Kazakhstan, a CSTO member state, hosted the drills.',
    ['Kazakhstan -> Collective Security Treaty Organization'],
  ],
  [
    'L’Arménie, membre de l’OTSC, a boycotté la réunion.',
    ['Armenia -> Collective Security Treaty Organization'],
  ],
  [
    'Russia and China, both SCO founding members, met in Tianjin.',
    [
      'China -> Shanghai Cooperation Organisation [founding member]',
      'Russia -> Shanghai Cooperation Organisation [founding member]',
    ],
  ],
  ['New BRICS members Egypt and Ethiopia sent envoys.', ['Egypt -> BRICS', 'Ethiopia -> BRICS']],
  [
    'Le Kazakhstan est l’un des membres fondateurs de l’OCS.',
    ['Kazakhstan -> Shanghai Cooperation Organisation [founding member]'],
  ],
  [
    'Armenia is one of the members of the CSTO.',
    ['Armenia -> Collective Security Treaty Organization'],
  ],
  [
    'Turkmenistan holds associate member status in the CIS.',
    ['Turkmenistan -> Commonwealth of Independent States (associate)'],
  ],
  [
    'Les États membres de l’OTSC, notamment le Kazakhstan et l’Arménie, ont voté.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Kazakhstan -> Collective Security Treaty Organization',
    ],
  ],
  [
    'CSTO member states, including Armenia and Belarus, voted.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Belarus -> Collective Security Treaty Organization',
    ],
  ],
  // "the bloc", "au groupe", "the organization": the organisation named just before
  [
    'The CSTO summit opened in Minsk. Armenia and Belarus are members of the bloc.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Belarus -> Collective Security Treaty Organization',
    ],
  ],
  ['Le sommet des BRICS s’est ouvert. L’Égypte a adhéré au groupe en 2024.', ['Egypt -> BRICS']],
  [
    'The SCO summit opened. Belarus became a full member of the organization in 2024.',
    ['Belarus -> Shanghai Cooperation Organisation'],
  ],
  [
    'Egypt joined BRICS in 2024. Indonesia became a member a year later.',
    ['Egypt -> BRICS', 'Indonesia -> BRICS'],
  ],
  // plural verbs and "composed of" shapes, a list in "de la ..., du ..."
  [
    'Les BRICS, qui regroupent le Brésil et l’Inde, se réunissent.',
    ['Brazil -> BRICS', 'India -> BRICS'],
  ],
  [
    'L’OTSC est composée de l’Arménie, de la Biélorussie et du Tadjikistan.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Belarus -> Collective Security Treaty Organization',
      'Tajikistan -> Collective Security Treaty Organization',
    ],
  ],
  [
    'The CSTO is made up of six countries: Armenia and Belarus among them.',
    [
      'Armenia -> Collective Security Treaty Organization',
      'Belarus -> Collective Security Treaty Organization',
    ],
  ],
  [
    'Le Kazakhstan, en tant que membre fondateur de l’OCS, soutient le projet.',
    ['Kazakhstan -> Shanghai Cooperation Organisation [founding member]'],
  ],
  // the day of the news between the verb and the status
  [
    'L’Iran est devenu jeudi le neuvième membre de l’Organisation de coopération de Shanghai.',
    ['Iran -> Shanghai Cooperation Organisation'],
  ],
  [
    'Laos became on Tuesday the newest member of the SCO.',
    ['Laos -> Shanghai Cooperation Organisation'],
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
  // negated, or no longer
  ['Turkey is not yet a member of the SCO.'],
  ['L’Azerbaïdjan n’est plus membre de l’OTSC.'],
  // a member of a body named after the noun, not of the organisation of the sentence before
  [
    'Le sommet de l’UEE s’est ouvert. La Chine et la Russie, membres permanents du Conseil de sécurité, ont voté.',
  ],
  // a day, then something else than a status
  ['L’Arménie reste jeudi le premier partenaire commercial de la Russie au sein de l’UEE.'],
  // observers of talks, commentators, a partner in trade
  ['The SCO met. Jordan, Lebanon and Iraq are the observers.'],
  ['Russia, observers say, dominates the SCO.'],
  ['La Chine est un partenaire important de l’UEE.'],
  // joining talks, or a member of something else than the organisation named before
  ['The SCO summit opened. Russia joined the talks later.'],
  ['The SCO summit opened. Russia is a member of the UN Security Council.'],
  // "including" a topic, not a member
  ['CSTO member states discussed several issues, including Afghanistan.'],
  // a former member
  ['Georgia, the former CIS member, declined.'],
  ['Georgia was a member of the CIS until 2009.'],
])('finds no membership in "%s"', (text) => {
  expect(membershipsOf(text)).toEqual([]);
});
