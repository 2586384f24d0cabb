// The title of a person who chairs a body, on snippets written for these tests: "le président de
// la Douma d'Etat russe" chairs the Duma (not "President of Russia"), a woman chairs as
// "Chairperson", and an English "President of" a bank stays its President.

import { articleOf, graphOf, rolesOf } from '../helpers.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

function attendanceRoles(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      return `${name} (${graph.getEdgeAttribute(e, 'props').role ?? '-'})`;
    })
    .sort();
}

it.each([
  [
    'the chair of a national chamber, with its country adjective after it',
    "Le président de la Douma d'Etat russe, Viatcheslav Volodine, a rencontré le 3 mai à Minsk le président biélorusse Alexandre Loukachenko.",
    [
      'Alexander Lukashenko (President of Belarus)',
      'Vyacheslav Volodin (Chairman of the State Duma)',
    ],
  ],
  [
    'a woman who chairs a chamber',
    'La présidente du Conseil de la Fédération Valentina Matvienko a participé au forum de Minsk le 3 mai.',
    ['Valentina Matviyenko (Chairperson of the Federation Council)'],
  ],
  [
    'trap: a head of state keeps the country',
    'Le président kazakh Kassym-Jomart Tokaïev a participé au forum de Minsk le 3 mai.',
    ['Kassym-Jomart Tokayev (President of Kazakhstan)'],
  ],
])('reads %s at an event', (_, text, expected) => {
  expect(attendanceRoles(articleOf(text))).toEqual(expected);
});

it.each([
  [
    'a deputy chair written in the feminine',
    'La vice-présidente du Conseil de la Fédération Galina Orlova a ouvert la séance.',
    ['Galina Orlova -> Federation Council (Deputy Chairperson)'],
  ],
  [
    'a woman the lexicon knows as chair, under a masculine title',
    'Le président du Conseil de la Fédération, Valentina Matvienko, a ouvert la séance.',
    ['Valentina Matviyenko -> Federation Council (Chairperson)'],
  ],
  [
    'an English "President of" a bank',
    'The President of the New Development Bank Dilma Rousseff spoke first.',
    ['Dilma Rousseff -> New Development Bank (President)'],
  ],
  [
    'trap: a man who chairs stays Chairman',
    'Le président du Conseil de la Fédération Oleg Smirnov a ouvert la séance.',
    ['Oleg Smirnov -> Federation Council (Chairman)'],
  ],
])('holds %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text)).filter((r) => !r.includes('-> Russia'))).toEqual(expected);
});
