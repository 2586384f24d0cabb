#!/usr/bin/env node
// The protokol command: parses arguments and calls the library, nothing else.

import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { readGold } from '../eval/gold.js';
import { formatReport } from '../eval/format-report.js';
import { scoreGraph } from '../eval/score.js';
import { serialiseGraph } from '../6-graph/serialise.js';
import { summariseGraph } from '../6-graph/summarise-graph.js';
import { buildGraphFromDirectory, type BuildResult } from '../pipeline.js';
import { apiOptionsFromEnv } from '../7-serve/create-server.js';
import { createGraphView } from '../7-serve/graph-view.js';
import { startApiServer } from '../7-serve/http-server.js';
import { startOfflineApi } from '../7-serve/run-query.js';
import { writeFileAtomically } from '../8-export/chunks.js';
import { EXPORT_FORMATS, exportFiles, isExportFormat } from '../8-export/export-graph.js';
import { parseFilter } from '../8-export/parse-filter.js';
import { selectSubgraph } from '../8-export/select-subgraph.js';
import { findEntity } from '../7-serve/graph-view.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const program = new Command('protokol').description(
  'Knowledge graphs of Eurasian diplomacy from French and English news.',
);

async function build(dir: string, strict: boolean): Promise<BuildResult> {
  const result = await buildGraphFromDirectory(dir);
  for (const d of result.diagnostics) process.stderr.write(`${d.severity}: ${d.message}\n`);
  if (strict && result.diagnostics.length > 0) {
    process.stderr.write(
      `--strict: ${result.diagnostics.length} problem(s) in ${dir}; nothing written\n`,
    );
    process.exit(1);
  }
  return result;
}

program
  .command('build')
  .description('build the graph of the documents in DIR (default: sources/)')
  .argument('[dir]', 'folder of .txt/.md documents', 'sources')
  .option('-o, --out <file>', 'write the graph as graphology JSON')
  .option('--strict', 'fail when any document cannot be read')
  .action(async (dir: string, opts: { out?: string; strict?: boolean }) => {
    const { graph, documents } = await build(dir, opts.strict ?? false);
    if (opts.out) await writeFile(opts.out, serialiseGraph(graph));
    process.stdout.write(
      `${documents.length} documents -> ${graph.order} entities, ${graph.size} relations${opts.out ? ` -> ${opts.out}` : ''}\n`,
    );
  });

program
  .command('summary')
  .description('build DIR and print counts and the attendees of each event')
  .argument('[dir]', 'folder of documents', 'sources')
  .action(async (dir: string) => {
    const { graph } = await build(dir, false);
    process.stdout.write(`${summariseGraph(graph)}\n`);
  });

program
  .command('eval')
  .description('score the extractor against gold annotations')
  .requiredOption('--gold <dir>', 'folder of gold JSON files')
  .option('--docs <dir>', 'folder of the annotated documents', 'sources')
  .option('--json', 'print one JSON object')
  .option('--brief', 'scores only, without the missed and invented items')
  .action(async (opts: { gold: string; docs: string; json?: boolean; brief?: boolean }) => {
    const [gold, { graph }] = await Promise.all([readGold(opts.gold), build(opts.docs, false)]);
    const report = scoreGraph(graph, gold);
    process.stdout.write(
      opts.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${formatReport(report, { details: !opts.brief })}\n`,
    );
  });

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

program
  .command('serve')
  .description('build the sources and serve GraphQL (Apollo Sandbox at the same address)')
  .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)', parsePort)
  .option('--host <host>', 'interface to listen on', '0.0.0.0')
  .option('-s, --sources <dir>', 'folder of documents', 'sources')
  .action(async (opts: { port?: number; host: string; sources: string }) => {
    const port = opts.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 4000);
    const server = await startApiServer({ ...apiOptionsFromEnv(), port, host: opts.host });
    const stop = (signal: string) => {
      process.stderr.write(`protokol: ${signal}, shutting down\n`);
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    const started = Date.now();
    const { graph, documents } = await build(opts.sources, false);
    server.setView(createGraphView(graph));
    process.stdout.write(
      `protokol: serving ${server.url} - ${documents.length} documents from ${opts.sources}/, ${graph.order} entities, ${graph.size} relations (built in ${Date.now() - started} ms)\n`,
    );
  });

program
  .command('query')
  .description('answer a GraphQL query against the graph of DIR, without a server')
  .argument('<query>', 'GraphQL operation')
  .option('--variables <json>', 'variables as a JSON object', parseVariables)
  .option('-s, --sources <dir>', 'folder of documents', 'sources')
  .action(async (query: string, opts: { variables?: Record<string, unknown>; sources: string }) => {
    const { graph } = await build(opts.sources, false);
    const api = await startOfflineApi(createGraphView(graph), apiOptionsFromEnv());
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
    const { graph } = await build(opts.sources, false);
    const view = createGraphView(graph);
    const filter = parseFilter(opts, (ref) => findEntity(view, ref));
    const subgraph = selectSubgraph(graph, filter);
    const files = exportFiles(subgraph, opts.format, { layout: opts.layout });
    const single = files.length === 1 ? files[0] : undefined;
    const target = opts.out ?? (single ? single.name : 'neo4j-import');
    if (!single) await mkdir(target, { recursive: true });
    for (const file of files) {
      const path = single ? target : join(target, file.name);
      await writeFileAtomically(path, file.chunks());
      process.stdout.write(`${path}\n`);
    }
    process.stderr.write(`${subgraph.order} entities, ${subgraph.size} relations exported\n`);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`protokol: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
