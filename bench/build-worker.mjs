#!/usr/bin/env node
// One build in a process of its own (so that its time and peak memory are its own): builds a
// corpus through a fresh store, reports time, peak RSS, the heap the graph holds per node and edge
// (what is freed when the graph is let go), snapshot save and load times, a warm start (unchanged
// sources, nothing extracted) and extraction quality against the generator's truth. Run with
// --expose-gc.

import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { loadGraph } from '../dist/store/load-graph.js';
import { loadSnapshot, saveSnapshot, snapshotOf } from '../dist/store/snapshot.js';

const [corpus, truthFile, store, workers] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => undefined);
const memory = () => {
  gc();
  gc();
  return process.memoryUsage();
};
const seconds = async (work) => {
  const t = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - t) / 1000 };
};
await rm(store, { recursive: true, force: true });
const first = await seconds(() =>
  loadGraph({ sources: corpus, store, strict: false, workers: Number(workers) }),
);
const buildSeconds = first.seconds;
const documents = first.value.documents.length;
const megabytes =
  first.value.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 2 ** 20;
const graph = first.value.graph;
first.value = undefined;

// quality: each attendee of the generated restricted talks, found with the right delegation
const truths = (await readFile(truthFile, 'utf8'))
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const byAlias = new Map();
graph.forEachNode((key, a) => {
  if (a.type === 'Person') for (const alias of [a.name, ...a.aliases]) byAlias.set(alias, key);
});
let expected = 0;
let found = 0;
let people = 0;
let peopleFound = 0;
for (const truth of truths) {
  for (const name of truth.people) {
    people += 1;
    if (byAlias.has(name)) peopleFound += 1;
  }
  for (const { name, delegation } of truth.attendees) {
    expected += 1;
    const person = byAlias.get(name);
    if (!person) continue;
    const ok = graph.outEdges(person).some((e) => {
      const a = graph.getEdgeAttributes(e);
      const target = graph.getNodeAttributes(graph.target(e));
      return (
        a.type === 'ATTENDED' &&
        target.format === 'RESTRICTED_TALKS' &&
        a.props.delegation === `place:${delegation}`
      );
    });
    if (ok) found += 1;
  }
}
const { size } = await import('node:fs').then((fs) =>
  fs.promises.stat(join(store, 'snapshot.json')),
);
byAlias.clear();
const withGraph = memory();
const { order: nodes, size: edges } = graph;
// emptied rather than let go: a temporary of the module's top-level frame may still point at it
graph.clear();
graph.replaceAttributes({});
const withoutGraph = memory();
const heapGraph = withGraph.heapUsed - withoutGraph.heapUsed;
const externalGraph = withGraph.external - withoutGraph.external;

const stored = await seconds(() => loadSnapshot(store));
const loadSeconds = stored.seconds;
const saved = await seconds(() =>
  saveSnapshot(store, snapshotOf(stored.value.value.documents, new Date())),
);
stored.value = undefined;
const warm = await seconds(() => loadGraph({ sources: corpus, store, strict: false }));
const warmEdges = warm.value.graph.size;
warm.value = undefined;
process.stdout.write(
  `${JSON.stringify({
    documents,
    megabytes,
    workers: Number(workers),
    buildSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    nodes,
    edges,
    heapBytesPerEdge: heapGraph / Math.max(edges, 1),
    heapBytesPerNode: heapGraph / Math.max(nodes, 1),
    textBytesPerEdge: externalGraph / Math.max(edges, 1),
    snapshotMB: size / 2 ** 20,
    snapshotSaveSeconds: saved.seconds,
    snapshotLoadSeconds: loadSeconds,
    warmStartSeconds: warm.seconds,
    warmStartEdges: warmEdges,
    personRecall: peopleFound / Math.max(people, 1),
    attendanceRecall: found / Math.max(expected, 1),
  })}\n`,
);
