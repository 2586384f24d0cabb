#!/usr/bin/env node
// The scale benchmark: generated corpora of BENCH_SIZES documents (default 1000,10000; add 100000
// for the full curve), each built in its own process through a fresh store. Reports extraction
// throughput on one core and on all, build time and peak RSS per size with the growth between
// sizes, heap per node and edge, snapshot save/load, quality against the generator's truth, and
// GraphQL latency (autocannon) and GEXF export on the largest graph. Writes
// bench/results/scale-<date>.json and bench/results/scale-latest.md (the README's table).

import { execFile, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const CORES = availableParallelism();
const ROOT = join(tmpdir(), 'protokol-bench');
const say = (line) => process.stdout.write(`${line}\n`);

async function corpus(size) {
  const dir = join(ROOT, `c${size}`);
  if (!existsSync(join(ROOT, `c${size}.truth.jsonl`))) {
    await rm(dir, { recursive: true, force: true });
    execFileSync(process.execPath, ['bench/corpus/generate.mjs', dir, String(size)], {
      stdio: 'inherit',
    });
  }
  return { dir, truth: join(ROOT, `c${size}.truth.jsonl`) };
}

/** Served as deployed (production mode), with room for the largest graphs. */
const LARGE_HEAP = { NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=12288' };

function build(size, { dir, truth }, workers) {
  const store = join(ROOT, `store-${size}-${workers}`);
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=16384',
      'bench/build-worker.mjs',
      dir,
      truth,
      store,
      String(workers),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return { ...JSON.parse(out), store };
}

async function serve(store, dir) {
  const child = spawn(
    process.execPath,
    [
      'dist/cli/main.js',
      '--store',
      store,
      'serve',
      '--sources',
      dir,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--cluster',
      'auto',
    ],
    // served as deployed: production mode (no landing page)
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...LARGE_HEAP } },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  // workers load one after the other; the primary says when every one serves
  while (!/processes serving/.test(output)) output += (await once(child.stdout, 'data'))[0];
  const url = /serving (\S+)/.exec(output)[1];
  return { child, url };
}

async function load(url, query, connections) {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    duration: Number(process.env.BENCH_SECONDS ?? 8),
  });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${query}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { requestsPerSecond: r.requests.average, medianMs: r.latency.p50, p99Ms: r.latency.p99 };
}

const QUERIES = {
  search: '{ search(text: "loukachenko") { id name } }',
  attendees:
    '{ events(format: RESTRICTED_TALKS, first: 10) { nodes { name start attendees { person { name } delegation { name } role } } } }',
  path: '{ path(from: "Lavrov", to: "OCS", maxLength: 4) { length relations { type evidence(first: 1) { quote } } } }',
};

await mkdir(ROOT, { recursive: true });
const report = {
  benchmark: 'scale',
  date: new Date().toISOString(),
  node: process.version,
  cores: CORES,
  sizes: [],
};

const first = await corpus(SIZES[0]);
const oneCore = build(SIZES[0], first, 1);
const allCores = build(SIZES[0], first, CORES);
report.throughput = {
  documents: oneCore.documents,
  megabytes: oneCore.megabytes,
  oneCore: {
    seconds: oneCore.buildSeconds,
    mbPerSecond: oneCore.megabytes / oneCore.buildSeconds,
    docsPerSecond: oneCore.documents / oneCore.buildSeconds,
  },
  allCores: {
    workers: CORES,
    seconds: allCores.buildSeconds,
    mbPerSecond: allCores.megabytes / allCores.buildSeconds,
    docsPerSecond: allCores.documents / allCores.buildSeconds,
  },
};
say(
  `throughput (whole build, ${oneCore.documents} docs): 1 core ${report.throughput.oneCore.mbPerSecond.toFixed(2)} MB/s, ${CORES} cores ${report.throughput.allCores.mbPerSecond.toFixed(2)} MB/s`,
);

let largest;
for (const size of SIZES) {
  const result = size === SIZES[0] ? allCores : build(size, await corpus(size), CORES);
  report.sizes.push(result);
  largest = { size, result, dir: join(ROOT, `c${size}`) };
  say(
    `${size} documents: ${result.buildSeconds.toFixed(1)} s, peak RSS ${result.peakRssMB.toFixed(0)} MB, ${result.nodes} nodes, ${result.edges} edges, ${result.heapBytesPerEdge.toFixed(0)} B heap/edge (+${result.textBytesPerEdge.toFixed(0)} B of texts outside the heap), snapshot ${result.snapshotMB.toFixed(0)} MB saved in ${result.snapshotSaveSeconds.toFixed(2)} s, loaded in ${result.snapshotLoadSeconds.toFixed(2)} s, warm start ${result.warmStartSeconds.toFixed(1)} s, attendance recall ${result.attendanceRecall.toFixed(4)}`,
  );
}
report.growth = report.sizes.slice(1).map((r, i) => {
  const prev = report.sizes[i];
  return {
    from: prev.documents,
    to: r.documents,
    sizeRatio: r.documents / prev.documents,
    timeRatio: r.buildSeconds / prev.buildSeconds,
  };
});

const { child, url } = await serve(largest.result.store, largest.dir);
report.api = { documents: largest.size };
try {
  await load(url, QUERIES.attendees, 10); // warm-up
  for (const [name, query] of Object.entries(QUERIES)) {
    for (const connections of [10, 50]) {
      const r = await load(url, query, connections);
      report.api[`${name}@${connections}`] = r;
      say(
        `${name} at ${connections} connections: ${r.requestsPerSecond.toFixed(0)} req/s, median ${r.medianMs} ms, p99 ${r.p99Ms} ms`,
      );
    }
  }
} finally {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const gexf = join(ROOT, 'bench.gexf');
let t = Date.now();
await promisify(execFile)(process.execPath, [
  '--max-old-space-size=12288',
  'dist/cli/main.js',
  '--store',
  largest.result.store,
  'export',
  '--sources',
  largest.dir,
  '--format',
  'gexf',
  '--out',
  gexf,
]);
report.export = {
  documents: largest.size,
  seconds: (Date.now() - t) / 1000,
  megabytes: (await stat(gexf)).size / 2 ** 20,
};
say(
  `GEXF export of ${largest.size} documents (with the store, the layout and the build): ${report.export.seconds.toFixed(1)} s, ${report.export.megabytes.toFixed(0)} MB`,
);

const row = (cells) => `| ${cells.join(' | ')} |`;
const md = [
  `Measured by \`npm run bench\` (bench/scale.mjs) on ${report.date.slice(0, 10)}, Node ${process.version}, ${CORES} cores; generated corpus.`,
  '',
  row([
    'documents',
    'MB',
    'build s',
    'docs/s',
    'peak RSS MB',
    'nodes',
    'edges',
    'heap B/edge',
    'texts B/edge',
    'snapshot MB',
    'save s',
    'load s',
    'warm start s',
    'attendance recall',
  ]),
  row(Array(14).fill('---')),
  ...report.sizes.map((r) =>
    row([
      r.documents,
      r.megabytes.toFixed(1),
      r.buildSeconds.toFixed(1),
      (r.documents / r.buildSeconds).toFixed(0),
      r.peakRssMB.toFixed(0),
      r.nodes,
      r.edges,
      r.heapBytesPerEdge.toFixed(0),
      r.textBytesPerEdge.toFixed(0),
      r.snapshotMB.toFixed(0),
      r.snapshotSaveSeconds.toFixed(2),
      r.snapshotLoadSeconds.toFixed(2),
      r.warmStartSeconds.toFixed(1),
      r.attendanceRecall.toFixed(4),
    ]),
  ),
  '',
  `Extraction (whole build of ${oneCore.documents} documents): ${report.throughput.oneCore.mbPerSecond.toFixed(2)} MB/s on 1 core, ${report.throughput.allCores.mbPerSecond.toFixed(2)} MB/s on ${CORES}. Growth: ${report.growth.map((g) => `${g.sizeRatio}x documents -> ${g.timeRatio.toFixed(2)}x time`).join(', ') || 'one size'}.`,
  '',
  row(['query (' + largest.size + ' documents)', 'connections', 'req/s', 'median ms', 'p99 ms']),
  row(Array(5).fill('---')),
  ...Object.entries(report.api)
    .filter(([k]) => k.includes('@'))
    .map(([k, r]) =>
      row([k.split('@')[0], k.split('@')[1], r.requestsPerSecond.toFixed(0), r.medianMs, r.p99Ms]),
    ),
  '',
  `GEXF export: ${report.export.seconds.toFixed(1)} s, ${report.export.megabytes.toFixed(0)} MB.`,
].join('\n');
await mkdir('bench/results', { recursive: true });
await writeFile(
  `bench/results/scale-${report.date.slice(0, 10)}.json`,
  `${JSON.stringify(report, null, 2)}\n`,
);
await writeFile('bench/results/scale-latest.md', `${md}\n`);
say('-> bench/results/scale-latest.md');
