#!/usr/bin/env node
// Export speed and memory: our streaming GEXF writer against graphology-gexf (in memory) on the
// same generated graph in the same run, then the streaming writer at 100k nodes / 1M edges, and
// the ForceAtlas2 layout. Each measurement runs in its own process; medians of BENCH_RUNS runs.

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const out = join(tmpdir(), `protokol-bench-${process.pid}.gexf`);

function measure(writer, nodes, edges) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const stdout = execFileSync(
      process.execPath,
      [
        '--max-old-space-size=8192',
        'bench/export-worker.mjs',
        writer,
        String(nodes),
        String(edges),
        out,
      ],
      { encoding: 'utf8' },
    );
    runs.push(JSON.parse(stdout));
  }
  const median = (key) =>
    runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const result = {
    writer,
    nodes,
    edges,
    runs: RUNS,
    medianSeconds: median('seconds'),
    medianPeakRssMB: median('peakRssMB'),
    graphRssMB: median('graphRssMB'),
    fileMB: runs[0].fileMB,
  };
  process.stdout.write(
    `${writer.padEnd(16)} ${String(nodes).padStart(7)} nodes ${String(edges).padStart(8)} edges  median ${result.medianSeconds} s  peak RSS ${result.medianPeakRssMB} MB (graph alone ${result.graphRssMB} MB)  file ${result.fileMB} MB\n`,
  );
  return result;
}

const results = [
  measure('graphology-gexf', 10_000, 100_000),
  measure('stream', 10_000, 100_000),
  measure('stream', 100_000, 1_000_000),
  measure('layout', 10_000, 100_000),
];
const [baseline, ours] = results;
const report = {
  benchmark: 'export',
  date: new Date().toISOString(),
  node: process.version,
  results,
  streamOverGraphologyGexfTime: ours.medianSeconds / baseline.medianSeconds,
};
process.stdout.write(
  `stream / graphology-gexf time at 100k edges: ${report.streamOverGraphologyGexfTime.toFixed(2)}\n`,
);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/export-${report.date.slice(0, 10)}.json`;
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`-> ${file}\n`);
