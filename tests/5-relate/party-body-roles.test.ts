// Titles that name a party or state body, on snippets written for these tests: a member of a
// body holds the role "member" of it, a director or chair holds and heads the body the title
// names (the nearest one), and the bodies are part of what they are named with.

import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { graphOf } from '../helpers.js';

function edgesOf(graph: KnowledgeGraph, type: string): string[] {
  return graph
    .filterEdges((_, a) => a.type === type)
    .map((e) => {
      const role = graph.getEdgeAttribute(e, 'props').role;
      const name = (k: string) => graph.getNodeAttribute(k, 'name');
      return `${name(graph.source(e))} -> ${name(graph.target(e))}${role ? ` (${role})` : ''}`;
    })
    .sort();
}

it.each([
  [
    'a member of the Political Bureau, in French',
    'Zhou Ming, membre du Bureau politique du Comité central du PCC, a parlé à Pékin.',
    ['Zhou Ming -> Political Bureau of the CPC Central Committee (member)'],
  ],
  [
    'a member of the Political Bureau, in English',
    'Zhou Ming, a member of the Political Bureau of the CPC Central Committee, spoke in Beijing.',
    ['Zhou Ming -> Political Bureau of the CPC Central Committee (member)'],
  ],
  [
    'a member of the Standing Committee, with the party written in full',
    'Zhou Ming, membre du Comité permanent du Bureau politique du Comité central du Parti communiste chinois, a parlé.',
    [
      'Zhou Ming -> Standing Committee of the Political Bureau of the CPC Central Committee (member)',
    ],
  ],
  [
    'a member of another party’s Political Bureau',
    'Le Van Hai, membre du Bureau politique du Comité central du Parti communiste du Vietnam, a parlé.',
    ['Le Van Hai -> Political Bureau of the CPV Central Committee (member)'],
  ],
])('reads %s', (_, text, expected) => {
  expect(edgesOf(graphOf(text), 'HOLDS_ROLE')).toEqual(expected);
});

it('gives each title of a pair the body it names, not the first one', () => {
  const graph = graphOf(
    'Zhou Ming, membre du Bureau politique du Comité central du PCC et directeur du Bureau de la Commission centrale des affaires étrangères, a parlé.',
  );
  expect(edgesOf(graph, 'HOLDS_ROLE')).toEqual([
    'Zhou Ming -> Office of the Central Foreign Affairs Commission (Director)',
    'Zhou Ming -> Political Bureau of the CPC Central Committee (member)',
  ]);
  expect(edgesOf(graph, 'HEAD_OF')).toEqual([
    'Zhou Ming -> Office of the Central Foreign Affairs Commission',
  ]);
});

it.each([
  [
    'chef du Département international du Comité central du PCC',
    'International Department of the CPC Central Committee (Head)',
  ],
  [
    'head of the Publicity Department of the CPC Central Committee',
    'Publicity Department of the CPC Central Committee (Head)',
  ],
  [
    'directeur du Bureau général du Comité central du PCC',
    'General Office of the CPC Central Committee (Director)',
  ],
])('makes the head of a department its head: "%s"', (title, role) => {
  const graph = graphOf(`Zhou Ming, ${title}, a parlé.`);
  expect(edgesOf(graph, 'HOLDS_ROLE')).toEqual([`Zhou Ming -> ${role}`]);
  expect(edgesOf(graph, 'HEAD_OF')).toEqual([`Zhou Ming -> ${role.replace(/ \(.*$/u, '')}`]);
});

it('reads the chair of the CPPCC National Committee as its Chairman, not as President of China', () => {
  const graph = graphOf(
    'Zhou Ming, président du Comité national de la Conférence consultative politique du peuple chinois (CCPPC), a parlé.',
  );
  expect(edgesOf(graph, 'HOLDS_ROLE')).toEqual([
    'Zhou Ming -> CPPCC National Committee (Chairman)',
  ]);
  expect(edgesOf(graph, 'PART_OF')).toEqual([
    'CPPCC National Committee -> Chinese People’s Political Consultative Conference',
  ]);
});

it('makes each body part of the one it is named with', () => {
  const graph = graphOf(
    'Zhou Ming, membre du Comité permanent du Bureau politique du Comité central du PCC, a parlé.',
  );
  expect(edgesOf(graph, 'PART_OF')).toEqual([
    'Central Committee of the Communist Party of China -> Communist Party of China',
    'Political Bureau of the CPC Central Committee -> Central Committee of the Communist Party of China',
    'Standing Committee of the Political Bureau of the CPC Central Committee -> Political Bureau of the CPC Central Committee',
  ]);
});

it.each([
  ['Ivan Petrov, membre de la délégation russe, a parlé.'],
  ['Ivan Petrov, a member of the Russian delegation, spoke.'],
])('gives a member of no named body no role: "%s"', (text) => {
  expect(edgesOf(graphOf(text), 'HOLDS_ROLE')).toEqual([]);
});

it('gives the second title of a pair its own organisation', () => {
  const graph = graphOf(
    'Il a reçu le président du comité exécutif et secrétaire exécutif de la CEI, Ivan Petrov.',
  );
  expect(edgesOf(graph, 'HOLDS_ROLE')).toContain(
    'Ivan Petrov -> Commonwealth of Independent States (Executive Secretary)',
  );
});

it('reads on past an acronym in brackets to the second title', () => {
  const graph = graphOf(
    'Zhou Ming, membre du Bureau politique du Comité central du Parti communiste chinois (PCC) et directeur du Bureau général du Comité central du PCC, a parlé.',
  );
  expect(edgesOf(graph, 'HEAD_OF')).toEqual([
    'Zhou Ming -> General Office of the CPC Central Committee',
  ]);
});

it('reads a member of a Central Committee of another party', () => {
  const graph = graphOf(
    'Le Van Hai, membre du Comité central du Parti communiste du Vietnam, a parlé à Hanoï.',
  );
  expect(edgesOf(graph, 'HOLDS_ROLE')).toEqual([
    'Le Van Hai -> Central Committee of the Communist Party of Vietnam (member)',
  ]);
});
