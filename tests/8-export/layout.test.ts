// Layouts in a worker thread give the positions of a layout in this thread.

import { layoutGraph, layOut, layoutInputOf } from '../../src/8-export/layout.js';
import { layoutInWorker } from '../../src/8-export/layout-in-worker.js';
import { sourcesView } from '../7-serve/fixture.js';

it('lays the graph out from plain arrays as from the graph itself', async () => {
  const { graph } = await sourcesView();
  const input = layoutInputOf(graph, 50);
  const laidOut = layOut(input);
  const positions = layoutGraph(graph, 50);
  expect(input.keys.map((key, i) => ({ x: laidOut.x[i], y: laidOut.y[i], key }))).toEqual(
    input.keys.map((key) => ({ ...positions.get(key), key })),
  );
});

it('answers the same positions from layoutInWorker', async () => {
  const { graph } = await sourcesView();
  expect(await layoutInWorker(graph)).toEqual(layoutGraph(graph));
});
