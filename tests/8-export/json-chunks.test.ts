// The graph's JSON written node by node: the same text as the in-memory serialisation, in chunks.

import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { graphJsonChunks } from '../../src/8-export/json-chunks.js';
import { exportFiles } from '../../src/8-export/export-graph.js';
import { selectSubgraph } from '../../src/8-export/select-subgraph.js';
import { sourcesView } from '../7-serve/fixture.js';

it('writes exactly the in-memory serialisation, in chunks of about 64 KiB', async () => {
  const { graph } = await sourcesView();
  const chunks = [...graphJsonChunks(graph)];
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks.join('')).toBe(serialiseGraph(graph));
});

it('writes an empty graph as serialiseGraph does', async () => {
  const { graph } = await sourcesView();
  const empty = selectSubgraph(graph, { types: ['Event'], from: '1900-01-01', to: '1900-01-02' });
  expect([...graphJsonChunks(empty)].join('')).toBe(serialiseGraph(empty));
});

it('streams /export/graph.json and export --format json in chunks', async () => {
  const { graph } = await sourcesView();
  const [file] = exportFiles(graph, 'json');
  expect([...(file?.chunks() ?? [])].length).toBeGreaterThan(1);
});
