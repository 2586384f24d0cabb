#!/usr/bin/env node
// The protokol command: parses arguments and calls the library, nothing else.

import './engine-flags.js';
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import { Command } from 'commander';
import type { EvalReport } from '../eval/score.js';
import { DEFAULT_STORE_DIR } from '../store/snapshot.js';
import { DEFAULT_WORKERS } from '../store/extract-pool.js';
import { loadGraph, type LoadedGraph } from '../store/load-graph.js';
import { progressBar } from './progress.js';
import { writeFileDurably } from '../store/durable-write.js';
import { EXPORT_FORMATS, exportFiles, isExportFormat } from '../8-export/export-graph.js';
import { graphJsonChunks } from '../8-export/json-chunks.js';

// The server, eval and export stacks are imported by the commands that use them (import() in
// their actions): `build` loads only the extraction and the store.

const program = new Command('protokol')
  .description('Knowledge graphs of Eurasian diplomacy from French and English news.')
  .option(
    '--store <dir>',
    'store folder (snapshot and document index)',
    process.env.PROTOKOL_STORE ?? DEFAULT_STORE_DIR,
  )
  .option('--no-store', 'build in memory: read and write no store');

/** Builds (incrementally, through the store unless --no-store) and prints what went wrong. */
async function build(
  sources: string,
  strict = false,
  workers = DEFAULT_WORKERS,
): Promise<LoadedGraph> {
  const { store } = program.opts<{ store: string | false }>();
  const bar = progressBar();
  try {
    const loaded = await loadGraph({ sources, store, strict, workers, onProgress: bar.update });
    for (const d of loaded.diagnostics) process.stderr.write(`${d.severity}: ${d.message}\n`);
    return loaded;
  } finally {
    bar.stop();
  }
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new Error(`--workers: expected a number of threads from 1 to 256, got "${value}"`);
  }
  return workers;
}

program
  .command('build')
  .description(
    'build the graph of the documents in DIR (default: sources/), re-extracting only what changed',
  )
  .argument('[dir]', 'folder of .txt/.md/.html documents', 'sources')
  .option('-o, --out <file>', 'also write the graph as graphology JSON')
  .option('--strict', 'fail, writing nothing, when any file cannot be read')
  .option(
    '-j, --workers <n>',
    `extraction threads (default: ${DEFAULT_WORKERS}, the cores)`,
    parseWorkers,
  )
  .action(async (dir: string, opts: { out?: string; strict?: boolean; workers?: number }) => {
    const loaded = await build(dir, opts.strict ?? false, opts.workers);
    if (opts.out) await writeFileDurably(opts.out, graphJsonChunks(loaded.graph));
    process.stdout.write(`${loaded.summary}${opts.out ? ` -> ${opts.out}` : ''}\n`);
    // 2: built, but some files were skipped (named above)
    if (loaded.skipped.length > 0) process.exitCode = 2;
  });

program
  .command('summary')
  .description('build DIR and print counts and the attendees of each event')
  .argument('[dir]', 'folder of documents', 'sources')
  .action(async (dir: string) => {
    const { graph } = await build(dir);
    const { summariseGraph } = await import('../6-graph/summarise-graph.js');
    process.stdout.write(`${summariseGraph(graph)}\n`);
  });

program
  .command('eval')
  .description('score the extractor against gold annotations (folders in --gold/--docs pairs)')
  .option('--gold <dir>', 'folder of gold JSON files (repeat for several folders)', collect, [])
  .option('--docs <dir>', 'folder of the annotated documents, one per --gold', collect, [])
  .option('--json', 'print one JSON object')
  .option('--brief', 'scores only, without the missed and invented items')
  .option('--by-document', 'one line of figures per document')
  .option(
    '--holdout <prefixes>',
    'also score apart the documents whose name starts with these (e,j)',
  )
  .option('--floors <file>', 'fail (exit 1) when a figure falls below its floor in this file')
  .option('--raise-floors', 'with --floors: raise each floor to the figure reached (never lower)')
  .option(
    '--check-evidence',
    'fail (exit 1) when a piece of evidence lies outside its text, cuts a word or is a bare name',
  )
  .action(async (opts: EvalOptions) => {
    if (opts.gold.length === 0) throw new Error('eval: --gold <dir> is required');
    const docs = opts.docs.length === 0 ? ['sources'] : opts.docs;
    if (docs.length !== opts.gold.length)
      throw new Error(`eval: ${opts.gold.length} --gold folder(s) but ${docs.length} --docs`);
    const { scoreFolders, splitByPrefix } = await import('../eval/evaluate.js');
    const { combineScores } = await import('../eval/score.js');
    const { formatDocuments, formatReport, formatScores } =
      await import('../eval/format-report.js');
    const { scores, evidenceProblems } = await scoreFolders(
      opts.gold.map((gold, i) => ({ gold, docs: docs[i] ?? '' })),
    );
    const report = combineScores(scores);
    const prefixes = opts.holdout?.split(',').map((p) => p.trim()) ?? [];
    const split = prefixes.length > 0 ? splitByPrefix(scores, prefixes) : undefined;
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(split ? { ...report, split } : report, null, 2)}\n`);
    } else {
      const parts = [formatReport(report, { details: !opts.brief })];
      if (opts.byDocument) parts.push(formatDocuments(report.documents));
      if (split) {
        parts.push(
          `Held out (${prefixes.join(', ')}: ${split.heldOut.documents.length} documents)`,
        );
        parts.push(formatScores(split.heldOut).join('\n'));
        parts.push(`Developed on (the other ${split.developed.documents.length} documents)`);
        parts.push(formatScores(split.developed).join('\n'));
      }
      process.stdout.write(`${parts.join('\n\n')}\n`);
    }
    if (opts.checkEvidence) {
      const { formatEvidenceProblems } = await import('../6-graph/audit-evidence.js');
      process.stderr.write(`${formatEvidenceProblems(evidenceProblems)}\n`);
      if (evidenceProblems.length > 0) process.exitCode = 1;
    }
    if (opts.floors) await checkFloors(opts.floors, report, opts.raiseFloors ?? false);
  });

interface EvalOptions {
  gold: string[];
  docs: string[];
  json?: boolean;
  brief?: boolean;
  byDocument?: boolean;
  holdout?: string;
  floors?: string;
  raiseFloors?: boolean;
  checkEvidence?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Prints figures against floors; exit 1 below a floor; --raise-floors writes the ratchet. */
async function checkFloors(file: string, report: EvalReport, raise: boolean): Promise<void> {
  const { figuresOf, findShortfalls, raiseFloors, readFloors } = await import('../eval/floors.js');
  const { formatFloors } = await import('../eval/format-report.js');
  const { floors, targets = {}, about } = await readFloors(file);
  const figures = figuresOf(report);
  const shortfalls = findShortfalls(figures, floors);
  process.stderr.write(`${formatFloors(figures, floors, targets, shortfalls)}\n`);
  if (shortfalls.length > 0) {
    process.stderr.write(
      `eval: ${shortfalls.length} figure(s) below their floor in ${file}: ${shortfalls.map((s) => `${s.key} ${s.value.toFixed(3)} < ${s.floor}`).join(', ')}\n`,
    );
    process.exitCode = 1;
  } else if (raise) {
    const raised = raiseFloors(floors, figures);
    await writeFileDurably(file, [
      `${JSON.stringify({ ...(about ? { about } : {}), targets, floors: raised }, null, 2)}\n`,
    ]);
    process.stderr.write(`eval: floors of ${file} raised to the figures reached\n`);
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number, got "${value}"`);
  }
  return port;
}

function parseVariables(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`--variables: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('--variables: expected a JSON object');
  }
  return value as Record<string, unknown>;
}

interface ServeOptions {
  port?: number;
  host: string;
  sources: string;
  watch?: boolean;
  cluster: number;
}

async function serveOnce(opts: ServeOptions, worker: boolean): Promise<void> {
  // cluster workers: only the first logs, and the store is the primary's to write
  const quiet = worker && cluster.worker?.id !== 1;
  const { store } = program.opts<{ store: string | false }>();
  const token = process.env.PROTOKOL_TOKEN;
  const { apiOptionsFromEnv } = await import('../7-serve/create-server.js');
  const { syncWithPrimary } = await import('../7-serve/cluster-sync.js');
  const { startLiveServer } = await import('../7-serve/live-server.js');
  let sync: ReturnType<typeof syncWithPrimary> | undefined;
  const live = await startLiveServer({
    ...apiOptionsFromEnv(),
    sources: opts.sources,
    store,
    readOnlyStore: worker,
    listenWhenLoaded: worker,
    port: opts.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 4000),
    host: opts.host,
    watch: opts.watch ?? false,
    ...(token ? { token } : {}),
    // with --watch every worker sees the file itself; without, the others are told
    ...(worker && !opts.watch
      ? { afterIngest: () => sync?.othersRebuilt() ?? Promise.resolve() }
      : {}),
    log: (line) => (quiet ? undefined : process.stdout.write(`${line}\n`)),
  });
  if (worker && !opts.watch) sync = syncWithPrimary(() => live.live.rebuild());
  const stop = (signal: string) => {
    if (!quiet) process.stderr.write(`protokol: ${signal}, shutting down\n`);
    live.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/**
 * Serving on every core: the primary builds the store once, then forks workers that each hold
 * the graph and share the port (node:cluster). Workers start one after another, so that their
 * loading peaks do not add up; the first serves as soon as it is loaded, and the primary says
 * when all do. The first worker logs; SIGTERM stops them all.
 */
async function serveClustered(opts: ServeOptions): Promise<void> {
  if (!cluster.isPrimary) return serveOnce(opts, true);
  await build(opts.sources);
  cluster.setupPrimary({ execArgv: withServingHeap(process.execArgv) });
  const workers: Worker[] = [];
  const { relayRebuilds } = await import('../7-serve/cluster-sync.js');
  if (!opts.watch) relayRebuilds(() => workers);
  let stopping = false;
  cluster.on('exit', (worker, code) => {
    if (!stopping)
      process.stderr.write(`protokol: worker ${worker.id} exited (${code}); serving on\n`);
  });
  const stop = (signal: string) => {
    stopping = true;
    process.stderr.write(`protokol: ${signal}, shutting down ${workers.length} workers\n`);
    for (const worker of workers) worker.process.kill('SIGTERM');
    Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve)))).then(() =>
      process.exit(0),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < opts.cluster && !stopping; i += 1) {
    const worker = cluster.fork();
    workers.push(worker);
    await Promise.race([once(worker, 'listening'), once(worker, 'exit')]);
  }
  if (!stopping) process.stdout.write(`protokol: ${workers.length} processes serving\n`);
}

/**
 * Every request leaves a few hundred kilobytes of short-lived objects (Apollo, graphql-js); V8's
 * default young generation is scavenged so often under load that a larger one serves ~1.5x more
 * requests a second (bench/results, 40k documents). Unless the user chose a size.
 */
const SERVING_SEMI_SPACE = '--max-semi-space-size=64';

function withServingHeap(execArgv: readonly string[]): string[] {
  const chosen = [...execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
    arg.includes('--max-semi-space-size'),
  );
  return chosen ? [...execArgv] : [...execArgv, SERVING_SEMI_SPACE];
}

function parseCluster(value: string): number {
  const n = value === 'auto' ? DEFAULT_WORKERS : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(
      `--cluster: expected a number of processes from 1 to 64 or "auto", got "${value}"`,
    );
  }
  return n;
}

program
  .command('serve')
  .description('build the sources and serve GraphQL (Apollo Sandbox at the same address)')
  .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)', parsePort)
  .option(
    '--host <host>',
    'interface to listen on (0.0.0.0: every interface, exports then need the token)',
    '127.0.0.1',
  )
  .option('-s, --sources <dir>', 'folder of documents', 'sources')
  .option('-w, --watch', 're-ingest when files of the sources folder change')
  .option(
    '--cluster <n>',
    'serve from n processes sharing the port ("auto": one per core)',
    parseCluster,
    1,
  )
  .action((opts: ServeOptions) =>
    opts.cluster > 1 ? serveClustered(opts) : serveOnce(opts, false),
  );

program
  .command('query')
  .description('answer a GraphQL query against the graph of DIR, without a server')
  .argument('<query>', 'GraphQL operation')
  .option('--variables <json>', 'variables as a JSON object', parseVariables)
  .option('-s, --sources <dir>', 'folder of documents', 'sources')
  .action(async (query: string, opts: { variables?: Record<string, unknown>; sources: string }) => {
    const { graph } = await build(opts.sources);
    const { apiOptionsFromEnv } = await import('../7-serve/create-server.js');
    const { createGraphView } = await import('../7-serve/graph-view.js');
    const { startOfflineApi } = await import('../7-serve/run-query.js');
    const api = await startOfflineApi(createGraphView(graph), {
      ...apiOptionsFromEnv(),
      stackTraces: false,
    });
    const result = await api.run(query, opts.variables);
    await api.stop();
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.errors?.length) process.exitCode = 1;
  });

interface ExportCommandOptions {
  format: string;
  out?: string;
  sources: string;
  around?: string;
  depth?: string;
  types?: string;
  from?: string;
  to?: string;
  layout: boolean;
}

program
  .command('export')
  .description('write the graph for Gephi (GEXF), other tools (GraphML, JSON) or Neo4j (CSV)')
  .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
  .option(
    '-o, --out <path>',
    'file to write (a folder for neo4j-csv); default graph.<format> or neo4j-import/',
  )
  .option('-s, --sources <dir>', 'folder of documents', 'sources')
  .option('--around <name>', 'only what lies around this entity (node key or name)')
  .option('--depth <n>', 'with --around: how many relations away (1-5)', '1')
  .option('--types <list>', 'only these entity types, e.g. Person,Event')
  .option('--from <date>', 'only events ending on or after YYYY-MM-DD, and what they touch')
  .option('--to <date>', 'only events starting on or before YYYY-MM-DD, and what they touch')
  .option('--no-layout', 'skip the ForceAtlas2 layout (GEXF and GraphML get no positions)')
  .action(async (opts: ExportCommandOptions) => {
    if (!isExportFormat(opts.format)) {
      throw new Error(`--format: "${opts.format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const { graph } = await build(opts.sources);
    const { createGraphView, findEntity } = await import('../7-serve/graph-view.js');
    const { parseFilter } = await import('../8-export/parse-filter.js');
    const { selectSubgraph } = await import('../8-export/select-subgraph.js');
    const { writeExportFiles } = await import('../8-export/write-export-files.js');
    const view = createGraphView(graph);
    const filter = parseFilter(opts, (ref) => findEntity(view, ref));
    const subgraph = selectSubgraph(graph, filter);
    const files = exportFiles(subgraph, opts.format, { layout: opts.layout });
    // every file written, one a line (neo4j-csv writes two)
    for (const path of await writeExportFiles(files, opts.out)) process.stdout.write(`${path}\n`);
    process.stderr.write(`${subgraph.order} entities, ${subgraph.size} relations exported\n`);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`protokol: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
