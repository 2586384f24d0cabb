#!/usr/bin/env node
// One build in a process of its own (so that its time and peak memory are its own): builds a
// corpus through a fresh store, reports time, peak RSS, heap per node and edge, snapshot save and
// load times, and extraction quality against the generator's truth. Run with --expose-gc.

import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { loadGraph } from '../dist/store/load-graph.js';
import { graphOfSnapshot, loadSnapshot } from '../dist/store/snapshot.js';

const [corpus, truthFile, store, workers] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => undefined);
gc();
const heapBefore = process.memoryUsage().heapUsed;
await rm(store, { recursive: true, force: true });
let t = performance.now();
const built = await loadGraph({ sources: corpus, store, strict: false, workers: Number(workers) });
const buildSeconds = (performance.now() - t) / 1000;
gc();
const heapGraph = process.memoryUsage().heapUsed - heapBefore;
const { graph } = built;

t = performance.now();
const loaded = await loadSnapshot(store);
const graphBack = graphOfSnapshot(loaded.value);
const loadSeconds = (performance.now() - t) / 1000;

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
process.stdout.write(
  `${JSON.stringify({
    documents: built.documents.length,
    megabytes: built.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 2 ** 20,
    workers: Number(workers),
    buildSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    nodes: graph.order,
    edges: graph.size,
    heapBytesPerEdge: heapGraph / Math.max(graph.size, 1),
    heapBytesPerNode: heapGraph / Math.max(graph.order, 1),
    snapshotMB: size / 2 ** 20,
    snapshotLoadSeconds: loadSeconds,
    snapshotLoadedEdges: graphBack.size,
    personRecall: peopleFound / Math.max(people, 1),
    attendanceRecall: found / Math.max(expected, 1),
  })}\n`,
);
