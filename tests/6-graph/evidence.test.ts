// Provenance is exact: every node and edge carries evidence, and each quote is the text at its span.

import { quotedEvidence } from '../../src/6-graph/evidence-table.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';
import { readDocuments } from '../../src/1-read/read-documents.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

let graph: KnowledgeGraph;
let texts: Map<string, string>;

beforeAll(async () => {
  const built = await buildGraphFromDirectory('sources');
  graph = built.graph;
  texts = new Map(built.documents.map((d) => [d.id, d.text]));
});

it('gives every node and every edge at least one piece of evidence', () => {
  expect(graph.filterNodes((_, a) => a.evidenceCount === 0)).toEqual([]);
  expect(graph.filterEdges((_, a) => a.evidenceCount === 0)).toEqual([]);
});

it('quotes exactly the text between start and end, for every node and edge', () => {
  const wrong: string[] = [];
  const check = (
    owner: string,
    evidence: { doc: string; start: number; end: number; quote: string }[],
  ) => {
    for (const e of evidence)
      if (texts.get(e.doc)?.slice(e.start, e.end) !== e.quote) wrong.push(`${owner}: ${e.quote}`);
  };
  const table = graph.getAttribute('evidence');
  graph.forEachNode((key, a) => check(key, quotedEvidence(table, a)));
  graph.forEachEdge((key, a) => check(key, quotedEvidence(table, a)));
  expect(wrong).toEqual([]);
});

it('keeps one edge per fact, with several pieces of evidence', () => {
  const spoke = graph.filterEdges((_, a) => a.type === 'SPOKE_AT' && a.evidenceCount > 1);
  expect(spoke.length).toBeGreaterThan(0);
});

it('serialises byte-identically whatever the order of the documents', async () => {
  const { value: docs } = await readDocuments('sources');
  const forward = serialiseGraph(buildGraphFromDocuments(docs));
  const backward = serialiseGraph(buildGraphFromDocuments([...docs].reverse()));
  expect(backward).toBe(forward);
  expect(JSON.parse(forward)).toEqual(
    expect.objectContaining({
      nodes: expect.any(Array),
      edges: expect.any(Array),
      attributes: expect.any(Object),
    }),
  );
});
