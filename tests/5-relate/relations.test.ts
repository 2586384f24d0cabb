import { edgesOf, graphOf } from '../helpers.js';

const DOC = [
  'Visite à Kazan – 12.03.25 –',
  '1°/Entretiens russo-kazakhs – 12 mars 2025 à 15h00 à Kazan',
  'A – Début des entretiens restreints – 12 mars 2025 à 15h00 à Kazan',
  'Les entretiens restreints ont eu lieu au nom du Kazakhstan en présence',
  'du ministre des Affaires étrangères Ivan Petrov,',
  'de l’ambassadeur du Kazakhstan en Russie Oleg Smirnov.',
  'Président de la Russie Vladimir Poutine : Bienvenue à Kazan.',
  'Président kazakh Kassym-Jomart Tokaïev : Merci beaucoup.',
  'B – Conférence de presse – 12 mars 2025 à 17h00 à Kazan',
  'Anna Sokolova, chaîne de télévision Mir-24 : Bonjour. Quelle est votre question ?',
  '3 Le ministre des Finances Anton Siluanov lors de la conférence de presse. Photo : Pavel Orlov, TASS',
].join('\n');

const graph = graphOf(DOC, '2025-03-12');

it('makes the listed officials and the speakers attend the restricted talks', () => {
  expect(edgesOf(graph, 'ATTENDED').filter((e) => e.includes('Restricted'))).toEqual([
    'Ivan Petrov -> Restricted talks in Kazan, 2025-03-12T15:00',
    'Kassym-Jomart Tokayev -> Restricted talks in Kazan, 2025-03-12T15:00',
    'Oleg Smirnov -> Restricted talks in Kazan, 2025-03-12T15:00',
    'Vladimir Putin -> Restricted talks in Kazan, 2025-03-12T15:00',
  ]);
});

it('gives each attendee the delegation of the list they are in', () => {
  const edge = graph.findEdge((_, a, s) => a.type === 'ATTENDED' && s === 'person:ivan-petrov');
  expect(edge && graph.getEdgeAttribute(edge, 'props')).toEqual({
    delegation: 'place:kazakhstan',
    role: 'Minister of Foreign Affairs',
  });
});

it("reads an ambassador's title as a role and as representing a country", () => {
  expect(edgesOf(graph, 'REPRESENTS')).toEqual(['Oleg Smirnov -> Kazakhstan']);
  const edge = graph.findEdge((_, a, s) => a.type === 'HOLDS_ROLE' && s === 'person:oleg-smirnov');
  // the edge's target names the sending country; the role keeps the destination (gold convention)
  expect(edge && graph.getEdgeAttribute(edge, 'props').role).toBe('Ambassador to Russia');
  expect(edge && graph.target(edge)).toBe('place:kazakhstan');
});

it('makes a sub-event part of its numbered event and places both', () => {
  expect(edgesOf(graph, 'PART_OF')).toEqual(
    expect.arrayContaining([
      'Restricted talks in Kazan, 2025-03-12T15:00 -> Talks in Kazan, 2025-03-12T15:00',
    ]),
  );
  expect(edgesOf(graph, 'HELD_IN')).toEqual(
    expect.arrayContaining(['Press conference in Kazan, 2025-03-12T17:00 -> Kazan']),
  );
});

it('makes a questioner at a press conference a journalist of the media they name', () => {
  expect(edgesOf(graph, 'WORKS_FOR')).toEqual(['Anna Sokolova -> Mir-24', 'Pavel Orlov -> TASS']);
  const edge = graph.findEdge((_, a, s) => a.type === 'ATTENDED' && s === 'person:anna-sokolova');
  expect(edge && graph.getEdgeAttribute(edge, 'props')).toEqual({ role: 'journalist' });
});

it('does not make a credited photographer an attendee', () => {
  expect(edgesOf(graph, 'ATTENDED').some((e) => e.startsWith('Pavel Orlov'))).toBe(false);
  expect(edgesOf(graph, 'ATTENDED')).toContain(
    'Anton Siluanov -> Press conference in Kazan, 2025-03-12T17:00',
  );
});

it('makes two heads of state at the same talks meet once', () => {
  expect(edgesOf(graph, 'MET_WITH')).toEqual(['Kassym-Jomart Tokayev -> Vladimir Putin']);
});

it('reads membership and joining', () => {
  const g = graphOf(
    'Nous espérons que l’Ouzbékistan deviendra membre de l’OCS. L’État fédéré de la Russie et de la Biélorussie fête ses 25 ans.',
  );
  expect(edgesOf(g, 'MEMBER_OF')).toEqual([
    'Belarus -> Union State',
    'Russia -> Union State',
    'Uzbekistan -> Shanghai Cooperation Organisation',
  ]);
});

it('reads verbs ending in an accented letter as whole words ("a rencontré", "adhésion à")', () => {
  const g = graphOf(
    'Vladimir Poutine a rencontré Kassym-Jomart Tokaïev à Astana. Le Kazakhstan confirme son adhésion à l’OCS.',
  );
  expect(edgesOf(g, 'MET_WITH')).toEqual(['Kassym-Jomart Tokayev -> Vladimir Putin']);
  expect(edgesOf(g, 'MEMBER_OF')).toContain('Kazakhstan -> Shanghai Cooperation Organisation');
});

describe('a report without headings', () => {
  const report = graphOf(
    [
      'Le président kazakh Kassym-Jomart Tokaïev et Vladimir Poutine, le 4 mars à Astana.',
      '"Au cours de la réunion d’aujourd’hui, nous avons parlé de l’énergie", a déclaré Vladimir Poutine aux journalistes.',
      'Lors de la conférence de presse, le président Tokaïev a quant à lui déclaré que les discussions avaient été utiles.',
      'Construit pendant la guerre par Ivan Petrov, le pont a été rénové.',
    ].join('\n'),
    '2025-03-04',
  );

  it('places its events where its opening line says', () => {
    expect(edgesOf(report, 'HELD_IN')).toContain('Meeting in Astana, 2025-03-04 -> Astana');
  });

  it('reads who spoke at the press conference, not inside the quotes', () => {
    expect(edgesOf(report, 'SPOKE_AT')).toEqual([
      'Kassym-Jomart Tokayev -> Press conference in Astana, 2025-03-04',
      'Vladimir Putin -> Press conference in Astana, 2025-03-04',
    ]);
  });

  it('makes nobody attend a war', () => {
    expect(edgesOf(report, 'ATTENDED').filter((e) => e.includes('Ivan Petrov'))).toEqual([]);
  });
});

it('reads a title that contains "et" as one title', () => {
  const g = graphOf(
    'Entretiens à Moscou\nLes entretiens ont eu lieu en présence de l’ambassadeur extraordinaire et plénipotentiaire de la République du Kazakhstan auprès de la Fédération de Russie Oleg Smirnov.',
  );
  const edge = g.findEdge((_, a, s) => a.type === 'HOLDS_ROLE' && s === 'person:oleg-smirnov');
  expect(edge && g.getEdgeAttribute(edge, 'props').role).toBe(
    'Ambassador Extraordinary and Plenipotentiary to Russia',
  );
});

it('keeps "the previous meeting" apart from the meeting being reported', () => {
  const g = graphOf(
    [
      'Poutine et Tokaïev au Kremlin',
      'Vladimir Poutine a assisté à une réunion au Kremlin. Lors de la réunion au Kremlin, il a rappelé les décisions de la précédente réunion du Conseil suprême d’État en 2021.',
    ].join('\n'),
  );
  const meetings = g.filterNodes((_, a) => a.format === 'MEETING');
  expect(meetings).toHaveLength(2);
  expect(meetings.map((k) => g.getNodeAttribute(k, 'start') ?? null).sort()).toEqual([
    '2021',
    null,
  ]);
});
