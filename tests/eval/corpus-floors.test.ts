// The corpus step's ratchet: figures against floors, floors raised and never lowered, and the
// per-document and held-out sums of document scores.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitByPrefix } from '../../src/eval/evaluate.js';
import { figuresOf, findShortfalls, raiseFloors, readFloors } from '../../src/eval/floors.js';
import { combineScores } from '../../src/eval/score.js';
import type { Counts, DocumentScore } from '../../src/eval/score-document.js';

function documentScore(
  doc: string,
  entities: Record<string, Counts>,
  relations: Record<string, Counts>,
): DocumentScore {
  return {
    doc,
    read: true,
    entities: new Map(Object.entries(entities)),
    relations: new Map(Object.entries(relations)),
    props: { correct: 1, total: 2 },
    missed: [],
    invented: [],
  };
}

const scores = [
  documentScore(
    'a1.txt',
    { Person: { tp: 3, fp: 1, fn: 0 } },
    { ATTENDED: { tp: 1, fp: 0, fn: 1 } },
  ),
  documentScore(
    'e1.txt',
    { Person: { tp: 1, fp: 0, fn: 1 } },
    { ATTENDED: { tp: 0, fp: 1, fn: 1 } },
  ),
];

it('adds document counts up by type and keeps one line a document', () => {
  const report = combineScores(scores);
  expect(report.entities.byType.Person).toMatchObject({ tp: 4, fp: 1, fn: 1 });
  expect(report.relations).toMatchObject({ tp: 1, fp: 1, fn: 2 });
  expect(report.props).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
  expect(report.documents.map((d) => [d.doc, d.entities.f1])).toEqual([
    ['a1.txt', 3 / 3.5],
    ['e1.txt', 2 / 3],
  ]);
});

it('scores held-out slugs apart from the others', () => {
  const { heldOut, developed } = splitByPrefix(scores, ['e', 'j']);
  expect(heldOut.documents.map((d) => d.doc)).toEqual(['e1.txt']);
  expect(developed.documents.map((d) => d.doc)).toEqual(['a1.txt']);
});

it('names every figure under a flat key', () => {
  expect(Object.keys(figuresOf(combineScores(scores))).sort()).toEqual([
    'entities',
    'entities.Person',
    'props',
    'relations',
    'relations.ATTENDED',
  ]);
});

it.each([
  [{ relations: 0.5 }, { relations: 0.49 }, []],
  [{ relations: 0.5 }, { relations: 0.5 }, []],
  [{ relations: 0.5 }, { relations: 0.51 }, ['relations']],
  [{}, { 'relations.PART_OF': 0.1 }, ['relations.PART_OF']],
])('figures %j against floors %j fall short on %j', (figures, floors, short) => {
  expect(findShortfalls(figures, floors).map((s) => s.key)).toEqual(short);
});

it('raises floors to the figures reached, rounded down, and never lowers one', () => {
  expect(raiseFloors({ entities: 0.7, props: 0.4 }, { entities: 0.6543, props: 0.4129 })).toEqual({
    entities: 0.7,
    props: 0.412,
  });
});

it('reads the floors kept in the repo, with a figure for each target', async () => {
  const { floors, targets = {} } = await readFloors('tests/fixtures/corpus-floors.json');
  expect(Object.keys(targets).every((key) => key in floors)).toBe(true);
});

it('refuses a floors file without numeric floors, naming the file', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'protokol-floors-')), 'floors.json');
  await writeFile(file, '{"floors": {"relations": "high"}}');
  await expect(readFloors(file)).rejects.toThrow(file);
});
