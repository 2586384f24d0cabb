// The evidence audit finds each kind of untrustworthy piece, and the bundled graph has none.

import {
  auditEvidence,
  cutsWord,
  formatEvidenceProblems,
} from '../../src/6-graph/audit-evidence.js';
import { buildGraph, type EntityRecord } from '../../src/6-graph/build-graph.js';
import { makeDocument } from '../../src/1-read/read-documents.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';
import type { Assertion } from '../../src/5-relate/types.js';

const TEXT = 'Le président Ivan Morel a reçu à Tallinn les exercices de la flotte.';
const doc = makeDocument(TEXT, 'a.txt', { language: 'fr' });
const span = (word: string) => ({
  start: TEXT.indexOf(word),
  end: TEXT.indexOf(word) + word.length,
});

function entity(key: string, type: EntityRecord['type'], name: string, at: string): EntityRecord {
  return { key, type, name, aliases: [], mentions: [{ ...span(at), rule: 'test' }] };
}

function graphWith(evidence: { start: number; end: number }) {
  const person = entity('person:ivan-morel', 'Person', 'Ivan Morel', 'Ivan Morel');
  const place = entity('place:estonia', 'Place', 'Estonia', 'Tallinn');
  const edge: Assertion = {
    type: 'HOLDS_ROLE',
    source: person.key,
    target: place.key,
    props: { role: 'President' },
    confidence: 0.9,
    evidence: { doc: doc.id, ...evidence, rule: 'test-rule' },
  };
  return buildGraph([{ doc, text: TEXT, entities: [person, place], assertions: [edge] }]);
}

const texts = new Map([[doc.id, TEXT]]);
const kinds = (evidence: { start: number; end: number }) =>
  auditEvidence(graphWith(evidence), texts).map((p) => p.kind);

it.each([
  ['a sentence that states the role', { start: 0, end: TEXT.length }, []],
  ['a bare name', span('Ivan Morel'), ['only-a-name']],
  [
    'a piece cut inside a word',
    { start: 3, end: TEXT.indexOf('exercices') + 8 },
    ['cut-inside-word'],
  ],
  ['a span before the text', { start: -5, end: 4 }, ['outside-text']],
  ['a span past the end', { start: 10, end: TEXT.length + 3 }, ['outside-text']],
])('finds %s', (_, evidence, expected) => {
  expect(kinds(evidence)).toEqual(expected);
});

it.each([
  ['exercices', 0, 8, true],
  ['exercices', 0, 9, false],
  ['la flotte.', 3, 10, false],
  ['l’OCS', 2, 5, false],
])('tells whether %s[%i, %i] is cut inside a word', (text, start, end, cut) => {
  expect(cutsWord(text, start, end)).toBe(cut);
});

it('finds no problem in the evidence of the bundled sources', async () => {
  const { graph, documents } = await buildGraphFromDirectory('sources');
  const problems = auditEvidence(graph, new Map(documents.map((d) => [d.id, d.text])));
  expect(problems).toEqual([]);
});

it('sums the problems up by kind and lists the first ones', () => {
  const problems = auditEvidence(graphWith(span('Ivan Morel')), texts);
  expect(formatEvidenceProblems(problems)).toMatch(
    /^Evidence: 1 problem\(s\): 1 only-a-name\n {2}only-a-name {2}a\.txt:13-23 {2}test-rule/u,
  );
  expect(formatEvidenceProblems([])).toBe('Evidence: every piece checked, no problem');
});
