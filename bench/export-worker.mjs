#!/usr/bin/env node
// One export measurement in a process of its own, so that its peak memory is its own:
// generates a graph of N nodes and M edges, writes it with one writer, prints JSON.

import { createWriteStream } from 'node:fs';
import { stat, rm } from 'node:fs/promises';
import process from 'node:process';
import { seededRandom } from './random.mjs';
import { performance } from 'node:perf_hooks';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexfInMemory } from 'graphology-gexf';
import { writeChunks } from '../dist/8-export/chunks.js';
import { layoutGraph } from '../dist/8-export/layout.js';
import { gexfChunks } from '../dist/8-export/write-gexf.js';

const [writer, nodeCount, edgeCount, out] = process.argv.slice(2);
const N = Number(nodeCount);
const M = Number(edgeCount);
const TYPES = ['Person', 'Organisation', 'Place', 'Event'];
const RELATIONS = ['ATTENDED', 'SPOKE_AT', 'HOLDS_ROLE', 'MEMBER_OF', 'HELD_IN'];

function generate() {
  const rand = seededRandom(42);
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ documents: [], extractionVersion: 'bench' });
  const evidence = [{ doc: 'bench', start: 0, end: 4, quote: 'test', rule: 'bench' }];
  for (let i = 0; i < N; i += 1) {
    const type = TYPES[i % 4];
    graph.addNode(`n${i}`, {
      type,
      name: `Entité ${i} « Łukašenko & Лукашенко »`,
      aliases: [],
      evidence,
      ...(type === 'Event' ? { start: `2024-05-${String((i % 28) + 1).padStart(2, '0')}` } : {}),
    });
  }
  const props = { role: 'Minister' };
  for (let i = 0; i < M; i += 1) {
    const source = `n${Math.floor(rand() * N)}`;
    const target = `n${Math.floor(rand() * N)}`;
    graph.addEdgeWithKey(`e${i}`, source, target, {
      type: RELATIONS[i % RELATIONS.length],
      props,
      evidence,
      confidence: 0.9,
    });
  }
  return graph;
}

const graph = generate();
const rssAfterGraph = process.memoryUsage().rss;
const start = performance.now();
if (writer === 'stream') {
  await writeChunks(gexfChunks(graph), createWriteStream(out));
} else if (writer === 'graphology-gexf') {
  // the same flat attributes our writer declares (graphology-gexf cannot write arrays)
  const xml = writeGexfInMemory(graph, {
    version: '1.3',
    formatNode: (key, a) => ({
      label: a.name,
      attributes: {
        type: a.type,
        evidenceCount: a.evidence.length,
        degree: graph.degree(key),
        ...(a.start ? { start: a.start } : {}),
      },
    }),
    formatEdge: (key, a) => ({
      label: a.type,
      attributes: {
        type: a.type,
        role: a.props.role,
        confidence: a.confidence,
        evidenceCount: a.evidence.length,
      },
    }),
  });
  await writeChunks([xml], createWriteStream(out));
} else if (writer === 'layout') {
  layoutGraph(graph);
} else {
  throw new Error(`unknown writer ${writer}`);
}
const seconds = (performance.now() - start) / 1000;
const size = writer === 'layout' ? 0 : (await stat(out)).size;
if (writer !== 'layout') await rm(out);
process.stdout.write(
  `${JSON.stringify({
    writer,
    nodes: N,
    edges: M,
    seconds: Math.round(seconds * 100) / 100,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    graphRssMB: Math.round(rssAfterGraph / 2 ** 20),
    fileMB: Math.round((size / 2 ** 20) * 10) / 10,
  })}\n`,
);
