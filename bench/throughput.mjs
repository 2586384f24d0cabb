#!/usr/bin/env node
// Extraction throughput on real news (issue 15): corpora made from the annotated texts
// (bench/corpus/real-news.mjs) at two sizes, built in memory (`--no-store build -j 1`) by this
// checkout and by a baseline checkout (BENCH_BASELINE, a git ref: the main of issue 15's start),
// run in turn A B A B so that the ratio holds while the machine's speed drifts. A plain read of the
// same files is the floor. Prints medians and ratios; writes bench/results/throughput-<date>.json
// and bench/results/throughput-latest.md.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';

const BASELINE = process.env.BENCH_BASELINE ?? '36ebbfe';
const SIZES = (process.env.BENCH_REAL_SIZES ?? '1000,2000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = join(tmpdir(), 'protokol-throughput');
const HOOK = resolve('bench/usage-hook.mjs');
const say = (line) => process.stdout.write(`${line}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The baseline's sources at BASELINE, compiled beside this checkout's node_modules. */
function baselineCheckout() {
  const commit = execFileSync('git', ['rev-parse', '--short', BASELINE], {
    encoding: 'utf8',
  }).trim();
  const dir = join(ROOT, `baseline-${commit}`);
  if (!existsSync(join(dir, 'dist/cli/main.js'))) {
    execFileSync('sh', ['-c', `mkdir -p ${dir} && git archive ${commit} | tar -x -C ${dir}`]);
    if (!existsSync(join(dir, 'node_modules')))
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    execFileSync(
      process.execPath,
      [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
  }
  return { commit, dir };
}

function corpus(size) {
  const dir = join(ROOT, `real-${size}`);
  if (!existsSync(dir))
    execFileSync(process.execPath, ['bench/corpus/real-news.mjs', dir, String(size)], {
      stdio: 'inherit',
    });
  const files = readdirSync(dir);
  const megabytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1e6;
  return { dir, documents: files.length, megabytes };
}

/** One measured run of a command: wall seconds, CPU seconds of every thread, peak RSS. */
function measure(args, cwd) {
  const usageFile = join(ROOT, `usage-${process.pid}.jsonl`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    cwd,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    throw new Error(`${args.join(' ')} (in ${cwd}): exit ${run.status}\n${run.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8').trim().split('\n').at(-1));
  spawnSync('rm', ['-f', usageFile]);
  return { wallSeconds, ...usage };
}

const readAll = (dir) => [
  '-e',
  `const fs=require('fs');for(const f of fs.readdirSync(${JSON.stringify(dir)}))new TextDecoder('utf-8',{fatal:true}).decode(fs.readFileSync(${JSON.stringify(dir)}+'/'+f))`,
];
const buildArgs = (dir) => ['dist/cli/main.js', '--no-store', 'build', dir, '-j', '1'];

function summarise(runs, megabytes) {
  const wall = median(runs.map((r) => r.wallSeconds));
  const cpu = median(runs.map((r) => r.cpuSeconds));
  return {
    wallSeconds: wall,
    cpuSeconds: cpu,
    mbPerSecond: megabytes / wall,
    mbPerCpuSecond: megabytes / cpu,
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
  };
}

await mkdir(ROOT, { recursive: true });
const baseline = baselineCheckout();
const report = {
  benchmark: 'throughput',
  date: new Date().toISOString(),
  node: process.version,
  baseline: baseline.commit,
  runs: RUNS,
  sizes: [],
};
for (const size of SIZES) {
  const c = corpus(size);
  const current = [];
  const base = [];
  const ratios = [];
  const reads = [];
  for (let i = 0; i < RUNS; i++) {
    const a = measure(buildArgs(c.dir), process.cwd());
    const b = measure(buildArgs(c.dir), baseline.dir);
    reads.push(measure(readAll(c.dir), process.cwd()));
    current.push(a);
    base.push(b);
    ratios.push(b.wallSeconds / a.wallSeconds);
  }
  const row = {
    documents: c.documents,
    megabytes: c.megabytes,
    current: summarise(current, c.megabytes),
    baseline: summarise(base, c.megabytes),
    plainRead: summarise(reads, c.megabytes),
    speedup: median(ratios),
  };
  report.sizes.push(row);
  say(
    `${c.documents} real-news documents (${c.megabytes.toFixed(1)} MB), median of ${RUNS}: this checkout ${row.current.mbPerSecond.toFixed(2)} MB/s on one extraction thread (${row.current.mbPerCpuSecond.toFixed(2)} MB per CPU-second, peak RSS ${row.current.peakRssMb.toFixed(0)} MB); baseline ${baseline.commit} ${row.baseline.mbPerSecond.toFixed(2)} MB/s (${row.baseline.peakRssMb.toFixed(0)} MB); speed-up x${row.speedup.toFixed(2)}; plain read ${row.plainRead.mbPerSecond.toFixed(1)} MB/s`,
  );
}
report.growth = report.sizes.slice(1).map((r, i) => ({
  sizeRatio: r.megabytes / report.sizes[i].megabytes,
  timeRatio: r.current.wallSeconds / report.sizes[i].current.wallSeconds,
  baselineTimeRatio: r.baseline.wallSeconds / report.sizes[i].baseline.wallSeconds,
}));
for (const g of report.growth)
  say(
    `growth: x${g.sizeRatio.toFixed(2)} megabytes -> x${g.timeRatio.toFixed(2)} time (baseline x${g.baselineTimeRatio.toFixed(2)})`,
  );

const cells = (values) => `| ${values.join(' | ')} |`;
const md = [
  `Measured by \`npm run bench\` (bench/throughput.mjs) on ${report.date.slice(0, 10)}, Node ${process.version}; corpus made from the annotated real texts (names, cities, dates shuffled), \`--no-store build -j 1\`, median of ${RUNS} runs each, baseline = ${baseline.commit} run in turn with this checkout.`,
  '',
  cells([
    'documents',
    'MB',
    'MB/s',
    'MB/CPU-s',
    'peak RSS MB',
    `baseline MB/s`,
    'baseline RSS MB',
    'speed-up',
    'plain read MB/s',
  ]),
  cells(Array(9).fill('---')),
  ...report.sizes.map((r) =>
    cells([
      r.documents,
      r.megabytes.toFixed(1),
      r.current.mbPerSecond.toFixed(2),
      r.current.mbPerCpuSecond.toFixed(2),
      r.current.peakRssMb.toFixed(0),
      r.baseline.mbPerSecond.toFixed(2),
      r.baseline.peakRssMb.toFixed(0),
      `x${r.speedup.toFixed(2)}`,
      r.plainRead.mbPerSecond.toFixed(1),
    ]),
  ),
  '',
  `Growth: ${report.growth.map((g) => `x${g.sizeRatio.toFixed(2)} MB -> x${g.timeRatio.toFixed(2)} time (baseline x${g.baselineTimeRatio.toFixed(2)})`).join('; ') || 'one size'}.`,
].join('\n');
await mkdir('bench/results', { recursive: true });
await writeFile(
  `bench/results/throughput-${report.date.slice(0, 10)}.json`,
  `${JSON.stringify(report, null, 2)}\n`,
);
await writeFile('bench/results/throughput-latest.md', `${md}\n`);
say('-> bench/results/throughput-latest.md');
await rm(join(ROOT, `usage-${process.pid}.jsonl`), { force: true });
