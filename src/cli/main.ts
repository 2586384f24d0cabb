#!/usr/bin/env node
// The protokol command: parses arguments and calls the library, nothing else.

import './engine-flags.js';
import { Command } from 'commander';
import { DEFAULT_STORE_DIR } from '../store/snapshot.js';
import { DEFAULT_WORKERS } from '../store/extract-pool.js';
import type { EvalOptions } from './eval-command.js';
import { collect, parseCluster, parsePort, parseVariables, parseWorkers } from './parse-options.js';
import { serveClustered, serveOnce, type ServeOptions } from './serve-command.js';
import { loadGraph, type LoadedGraph } from '../store/load-graph.js';
import { progressBar } from './progress.js';
import { writeFileDurably } from '../store/durable-write.js';
import { EXPORT_FORMATS, exportFiles, isExportFormat } from '../8-export/export-graph.js';
import { graphJsonChunks } from '../8-export/json-chunks.js';
import { checkedChunks, createHeapGuard, HeapLimitError } from '../heap-guard.js';

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
    if (opts.out) {
      const chunks = checkedChunks(
        graphJsonChunks(loaded.graph),
        createHeapGuard(),
        'writing the export',
      );
      await writeFileDurably(opts.out, chunks);
    }
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
    const { runEval } = await import('./eval-command.js');
    await runEval(opts);
  });

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
  .action((opts: ServeOptions) => {
    const { store } = program.opts<{ store: string | false }>();
    return opts.cluster > 1 ? serveClustered(opts, store, build) : serveOnce(opts, store, false);
  });

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
    const written = await writeExportFiles(files, opts.out, createHeapGuard());
    for (const path of written) process.stdout.write(`${path}\n`);
    process.stderr.write(`${subgraph.order} entities, ${subgraph.size} relations exported\n`);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`protokol: ${error instanceof Error ? error.message : String(error)}\n`);
  // 3: a limit was reached (the message says which, and what was left unwritten)
  process.exit(error instanceof HeapLimitError ? 3 : 1);
});
