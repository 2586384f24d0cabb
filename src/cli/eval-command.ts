// `protokol eval`: scores folders of gold annotations, prints the report, the held-out split and
// the floors, and sets the exit code (1 below a floor or on a bad piece of evidence).

import { formatEvidenceProblems } from '../6-graph/audit-evidence.js';
import { scoreFolders, splitByPrefix } from '../eval/evaluate.js';
import { figuresOf, findShortfalls, raiseFloors, readFloors } from '../eval/floors.js';
import {
  formatDocuments,
  formatFloors,
  formatReport,
  formatScores,
} from '../eval/format-report.js';
import { combineScores, type EvalReport } from '../eval/score.js';
import { writeFileDurably } from '../store/durable-write.js';

export interface EvalOptions {
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

export async function runEval(opts: EvalOptions): Promise<void> {
  if (opts.gold.length === 0) throw new Error('eval: --gold <dir> is required');
  const docs = opts.docs.length === 0 ? ['sources'] : opts.docs;
  if (docs.length !== opts.gold.length)
    throw new Error(`eval: ${opts.gold.length} --gold folder(s) but ${docs.length} --docs`);
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
      parts.push(`Held out (${prefixes.join(', ')}: ${split.heldOut.documents.length} documents)`);
      parts.push(formatScores(split.heldOut).join('\n'));
      parts.push(`Developed on (the other ${split.developed.documents.length} documents)`);
      parts.push(formatScores(split.developed).join('\n'));
    }
    process.stdout.write(`${parts.join('\n\n')}\n`);
  }
  if (opts.checkEvidence) {
    process.stderr.write(`${formatEvidenceProblems(evidenceProblems)}\n`);
    if (evidenceProblems.length > 0) process.exitCode = 1;
  }
  if (opts.floors) await checkFloors(opts.floors, report, opts.raiseFloors ?? false);
}

/** Prints figures against floors; exit 1 below a floor; --raise-floors writes the ratchet. */
async function checkFloors(file: string, report: EvalReport, raise: boolean): Promise<void> {
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
