#!/usr/bin/env node
// The linearity benchmark: one French paragraph repeated to 0.5, 1 and 2 MB (paragraphs) and to
// 20 MB on a single line, each extracted once after a warm-up. Prints wall and CPU seconds per
// size and the ratio time(2 MB) / time(1 MB) (2 when linear); writes bench/results/linearity-<date>.json
// and bench/results/linearity-latest.md. LINEARITY_SIZES=0.5,1,2 and LINEARITY_LINE_MB=20 change them.

import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { makeDocument } from '../dist/1-read/read-documents.js';
import { extractDocument } from '../dist/pipeline.js';
import { repeatedDocument } from './linearity-text.mjs';

const MB = 1024 * 1024;
const SIZES = (process.env.LINEARITY_SIZES ?? '0.5,1,2').split(',').map(Number);
const LINE_MB = Number(process.env.LINEARITY_LINE_MB ?? '20');
const say = (line) => process.stdout.write(`${line}\n`);

function measure(megabytes, singleLine) {
  const doc = makeDocument(repeatedDocument(megabytes * MB, { singleLine }), 'long.txt');
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { assertions } = extractDocument(doc);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const row = {
    megabytes,
    layout: singleLine ? 'one line' : 'paragraphs',
    wallSeconds: Number(wall.toFixed(2)),
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
    relations: assertions.length,
  };
  say(`${row.megabytes} MB ${row.layout}: ${row.wallSeconds} s wall, ${row.cpuSeconds} s CPU`);
  return row;
}

measure(0.1, false); // warm-up: JIT and memo tables
const rows = SIZES.map((size) => measure(size, false));
if (LINE_MB > 0) rows.push(measure(LINE_MB, true));
const at = (size) => rows.find((r) => r.megabytes === size && r.layout === 'paragraphs');
const ratio = at(2) && at(1) ? Number((at(2).cpuSeconds / at(1).cpuSeconds).toFixed(2)) : null;
say(`ratio CPU time(2 MB) / time(1 MB): ${ratio} (linear: 2)`);

const date = new Date().toISOString().slice(0, 10);
await mkdir('bench/results', { recursive: true });
await writeFile(
  `bench/results/linearity-${date}.json`,
  `${JSON.stringify({ date, node: process.version, rows, ratio }, null, 2)}\n`,
);
const table = [
  `# Extraction linearity (${date}, node ${process.version})`,
  '',
  '`node bench/linearity.mjs`: one paragraph repeated, extracted once per size after a warm-up.',
  '',
  '| size | layout | wall s | CPU s | relations |',
  '| ---- | ------ | ------ | ----- | --------- |',
  ...rows.map(
    (r) =>
      `| ${r.megabytes} MB | ${r.layout} | ${r.wallSeconds} | ${r.cpuSeconds} | ${r.relations} |`,
  ),
  '',
  `CPU time(2 MB) / time(1 MB): ${ratio} (2 when linear).`,
  '',
];
await writeFile('bench/results/linearity-latest.md', table.join('\n'));
