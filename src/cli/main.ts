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

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`protokol: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
