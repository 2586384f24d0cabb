#!/usr/bin/env node
// Where the heap of a graph goes: loads the graph of a corpus through its store (read-only), takes
// a heap snapshot with the graph and one after emptying it, and prints the difference by kind of
// object, per edge. Usage: node --expose-gc bench/heap-breakdown.mjs CORPUS STORE [ROWS]

import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { writeHeapSnapshot } from 'node:v8';
import { loadGraph } from '../dist/store/load-graph.js';

const [corpus, store, rows = '25'] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => undefined);

/** Self sizes by "type:name" (strings by kind: edge key, node key, other). */
async function sizesOf(file) {
  const snapshot = JSON.parse(await readFile(file, 'utf8'));
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const sizes = new Map();
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = nodeTypes[0][nodes[i + type]];
    let label = strings[nodes[i + name]];
    if (kind.includes('string'))
      label = /^[A-Z_]+:\w+:.*->/u.test(label)
        ? 'edge key'
        : /^[a-z]+:[\w-]+$/u.test(label)
          ? 'node key'
          : 'other';
    const key = `${kind}:${label.slice(0, 50)}`;
    const entry = sizes.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[i + size];
    sizes.set(key, entry);
  }
  return sizes;
}

let loaded = await loadGraph({ sources: corpus, store, strict: false, readOnly: true });
const { graph } = loaded;
loaded = undefined;
const edges = graph.size;
const files = [join(tmpdir(), 'with-graph.heapsnapshot'), join(tmpdir(), 'without.heapsnapshot')];
gc();
writeHeapSnapshot(files[0]);
graph.clear();
graph.replaceAttributes({});
gc();
writeHeapSnapshot(files[1]);
const [withGraph, without] = [await sizesOf(files[0]), await sizesOf(files[1])];
await Promise.all(files.map((f) => rm(f)));
const held = [...withGraph].map(([key, { count, bytes }]) => ({
  key,
  count: count - (without.get(key)?.count ?? 0),
  bytes: bytes - (without.get(key)?.bytes ?? 0),
}));
held.sort((a, b) => b.bytes - a.bytes);
const total = held.reduce((sum, h) => sum + h.bytes, 0);
process.stdout.write(`${edges} edges, ${(total / edges).toFixed(0)} B per edge held\n`);
for (const h of held.slice(0, Number(rows)))
  process.stdout.write(
    `${h.key.padEnd(56)} ${String(h.count).padStart(9)} ${(h.bytes / edges).toFixed(1).padStart(7)} B/edge\n`,
  );
