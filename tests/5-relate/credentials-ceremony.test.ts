// A ceremony of credentials, as presidential sites and agencies report it, on snippets written for
// these tests: the head of state receives the letters, each envoy listed presents them.

import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { edgesOf, graphOf } from '../helpers.js';

/** "person -> event (delegation)" for each ATTENDED edge. */
function attendance(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = (k: string) => graph.getNodeAttribute(k, 'name');
      const side = graph.getEdgeAttribute(e, 'props').delegation;
      return `${name(graph.source(e))} -> ${graph.getNodeAttribute(graph.target(e), 'format')}${side ? ` (${side})` : ''}`;
    })
    .sort();
}

describe('a ceremony of credentials', () => {
  it('seats the envoys of a French list, its last line ended by a full stop', () => {
    const graph = graphOf(
      [
        'Cérémonie au palais',
        '',
        'Le 12 mars 2025, le président kazakh Kassym-Jomart Tokaïev a reçu mercredi au palais Akorda les lettres de créance de trois ambassadeurs.',
        '',
        'Ont remis leurs lettres de créance :',
        'Pedro Alvarez (République du Chili) ;',
        'Nguyen Thi Lan (République socialiste du Vietnam) ;',
        'le chargé d’affaires (République du Pérou) ;',
        'Erik Lindqvist (Royaume de Suède).',
      ].join('\n'),
    );
    expect(attendance(graph)).toEqual([
      'Erik Lindqvist -> CEREMONY (place:sweden)',
      'Kassym-Jomart Tokayev -> CEREMONY (place:kazakhstan)',
      'Nguyen Thi Lan -> CEREMONY (place:vietnam)',
      'Pedro Alvarez -> CEREMONY (place:chile)',
    ]);
  });

  it('seats the host of an English report and the envoys presenting their letters', () => {
    const graph = graphOf(
      [
        'Credentials ceremony',
        '',
        'On March 12, 2025, Kyrgyz President Sadyr Japarov received letters of credence from new ambassadors.',
        'Presenting their letters of credence were: Pedro Alvarez (Republic of Chile) and Erik Lindqvist (Kingdom of Sweden).',
      ].join('\n'),
    );
    expect(attendance(graph)).toEqual([
      'Erik Lindqvist -> CEREMONY (place:sweden)',
      'Pedro Alvarez -> CEREMONY (place:chile)',
      'Sadyr Japarov -> CEREMONY (place:kyrgyzstan)',
    ]);
  });

  it('posts the envoys to the country of the head of state who receives them, no REPRESENTS', () => {
    const graph = graphOf(
      [
        'Cérémonie au palais',
        '',
        'Le 12 mars 2025, le président kazakh Kassym-Jomart Tokaïev a reçu les lettres de créance des ambassadeurs : Pedro Alvarez (Chili), Erik Lindqvist (Suède).',
      ].join('\n'),
    );
    const roles = graph
      .filterEdges((_, a) => a.type === 'HOLDS_ROLE')
      .map((e) => graph.getEdgeAttribute(e, 'props').role)
      .sort();
    expect(roles).toEqual(['Ambassador to Kazakhstan', 'Ambassador to Kazakhstan', 'President']);
    expect(edgesOf(graph, 'REPRESENTS')).toEqual([]);
  });

  it('reads the passive "les lettres de créance ont été présentées par"', () => {
    const graph = graphOf(
      'Cérémonie\n\nLe 12 mars 2025, le président kazakh Kassym-Jomart Tokaïev a reçu de nouveaux ambassadeurs. Les lettres de créance ont été présentées par Erik Lindqvist (Suède) et Pedro Alvarez (Chili).',
    );
    expect(attendance(graph)).toContain('Pedro Alvarez -> CEREMONY (place:chile)');
  });

  it('does not make a ceremony of a letter of another kind', () => {
    const graph = graphOf(
      'Diplomatie\nLe 12 mars 2025, le président Sadyr Japarov a reçu une lettre du président Ilham Aliev.',
    );
    expect(edgesOf(graph, 'ATTENDED')).toEqual([]);
  });
});

describe('the halls of state the lexicon knows', () => {
  it('places a Kremlin hall in the palace its name gives, in French and English', () => {
    const french = graphOf(
      'Diplomatie\nLe 12 mars 2025, la cérémonie a eu lieu au Kremlin, dans la salle Saint-Georges du Grand Palais du Kremlin.',
    );
    expect(edgesOf(french, 'LOCATED_IN')).toEqual([
      'Grand Kremlin Palace -> Kremlin',
      'St George Hall -> Grand Kremlin Palace',
    ]);
    const english = graphOf(
      'Ceremony\nOn March 12, 2025, the ceremony took place in the Alexander Hall of the Grand Kremlin Palace.',
    );
    expect(edgesOf(english, 'LOCATED_IN')).toEqual(['St Alexander Hall -> Grand Kremlin Palace']);
  });

  it('reads the Great Hall of the People under its French and English names as one place', () => {
    const graph = graphOf(
      'Diplomatie\nLe 12 mars 2025, Xi Jinping a reçu Sadyr Japarov au Grand Palais du Peuple. The Great Hall of the People was decorated.',
    );
    const places = graph
      .filterNodes((_, a) => a.type === 'Place')
      .map((k) => graph.getNodeAttribute(k, 'name'));
    expect(places).toContain('Great Hall of the People');
    expect(places.filter((p) => /Hall|Palais/u.test(p))).toHaveLength(1);
  });
});

describe('an adjective is no election', () => {
  it('reads "l’administration présidentielle" as no event, "la présidentielle" as one', () => {
    const events = (text: string) =>
      graphOf(`Diplomatie\n${text}`)
        .filterNodes((_, a) => a.type === 'Event')
        .map((k) => graphOf(`Diplomatie\n${text}`).getNodeAttribute(k, 'format'));
    expect(
      events(
        'Le 12 mars 2025, le chef adjoint de l’administration présidentielle Ivan Petrov a parlé.',
      ),
    ).toEqual([]);
    expect(events('Le 12 mars 2025, il a remporté la présidentielle.')).toEqual(['ELECTION']);
  });
});
