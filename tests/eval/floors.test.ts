// The extraction floors of issue 2, measured on the bundled sources against their gold.

import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { readGold } from '../../src/eval/gold.js';
import { scoreGraph, type EvalReport } from '../../src/eval/score.js';

let report: EvalReport;

beforeAll(async () => {
  const { graph } = await buildGraphFromDirectory('sources');
  report = scoreGraph(graph, await readGold('tests/fixtures/gold'));
});

it('reads every annotated document', () => {
  expect(report.unreadDocuments).toEqual([]);
});

it.each([
  ['entities', () => report.entities.f1, 0.97],
  ['Person entities', () => report.entities.byType.Person?.f1 ?? 0, 0.95],
  ['relations', () => report.relations.f1, 0.93],
  ['ATTENDED', () => report.relations.byType.ATTENDED?.f1 ?? 0, 0.97],
  ['SPOKE_AT', () => report.relations.byType.SPOKE_AT?.f1 ?? 0, 0.95],
  ['HOLDS_ROLE', () => report.relations.byType.HOLDS_ROLE?.f1 ?? 0, 0.93],
] as const)('keeps %s F1 at or above its floor', (_, f1, floor) => {
  expect(f1()).toBeGreaterThanOrEqual(floor);
});
