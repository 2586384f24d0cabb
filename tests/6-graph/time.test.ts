// The order of events: dated ones chronologically, then days without a year, then undated ones,
// the same in the API's lists and in `protokol summary`.

import { compareStarts } from '../../src/6-graph/time.js';
import { summariseGraph } from '../../src/6-graph/summarise-graph.js';
import { sourcesView } from '../7-serve/fixture.js';

it.each([
  ['1996', '2024-05-24', -1],
  ['2024', '2024-05-24', -1],
  ['2024-05-24T09:00', '2024-05-24T14:10', -1],
  ['2024-12-08', '--01-02', -1],
  ['--12-19', '--01-02', 1],
  ['--12-19', undefined, -1],
  [undefined, '1996', 1],
  [undefined, undefined, 0],
  ['2024-07', '2024-07', 0],
] as const)('%s against %s: %d', (a, b, sign) => {
  expect(Math.sign(compareStarts(a, b))).toBe(sign);
  expect(Math.sign(compareStarts(b, a))).toBe(-sign || 0);
});

const rank = (start: string | undefined) => (!start ? 2 : start.startsWith('--') ? 1 : 0);

it('lists the bundled events with a year first, then those without a year, then undated', async () => {
  const view = await sourcesView();
  const starts = view.byType.Event.map((e) => view.graph.getNodeAttribute(e, 'start'));
  expect(starts.some((s) => s?.startsWith('--'))).toBe(true);
  const ranks = starts.map(rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const dated = starts.filter((s): s is string => rank(s) === 0);
  expect(dated).toEqual([...dated].sort());
});

it('summarises the events in the order the API lists them', async () => {
  const view = await sourcesView();
  const lines = summariseGraph(view.graph).split('\n');
  const listed = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  const names = view.byType.Event.map((e) => view.graph.getNodeAttribute(e, 'name'));
  expect(listed.map((line, i) => line.startsWith(names[i] ?? '\u0000'))).not.toContain(false);
  expect(listed).toHaveLength(names.length);
});
