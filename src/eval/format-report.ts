// An EvalReport as a table a reader can scan, with what was missed and what was invented, and
// per document so a reader sees where extraction fails.

import type { Figures, Shortfall } from './floors.js';
import type { DocumentReport, EvalReport, Scores } from './score.js';

const pct = (n: number) => n.toFixed(3);

function row(label: string, s: Scores): string {
  return `  ${label.padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

export function formatScores(report: EvalReport): string[] {
  const lines = ['Entities', row('all', report.entities)];
  for (const [type, s] of Object.entries(report.entities.byType)) lines.push(row(type, s));
  lines.push('Relations', row('all', report.relations));
  for (const [type, s] of Object.entries(report.relations.byType)) lines.push(row(type, s));
  lines.push(
    `Relation props (role, delegation, status): ${report.props.correct}/${report.props.total} = ${pct(report.props.accuracy)}`,
  );
  if (report.unreadDocuments.length > 0)
    lines.push(`Gold documents not found among the sources: ${report.unreadDocuments.join(', ')}`);
  return lines;
}

export function formatReport(
  report: EvalReport,
  options: { readonly details?: boolean } = {},
): string {
  const lines = formatScores(report);
  if (options.details !== false) {
    lines.push(
      '',
      `Missed (${report.missed.length}):`,
      ...report.missed.map((m) => `  - [${m.doc.slice(0, 3)}] ${m.kind} ${m.item}`),
    );
    lines.push(
      '',
      `Invented (${report.invented.length}):`,
      ...report.invented.map((m) => `  + [${m.doc.slice(0, 3)}] ${m.kind} ${m.item}`),
    );
  }
  return lines.join('\n');
}

const counts = (s: Scores) => `${s.tp}/${s.fp}/${s.fn}`.padStart(11);

/** One line a document: entity and relation F1 with tp/fp/fn, props; worst relations first. */
export function formatDocuments(documents: readonly DocumentReport[]): string {
  const width = Math.max(8, ...documents.map((d) => d.doc.length));
  const header = `  ${'document'.padEnd(width)}  ent F1  tp/fp/fn     rel F1  tp/fp/fn     props`;
  const sorted = [...documents].sort(
    (a, b) => a.relations.f1 - b.relations.f1 || a.doc.localeCompare(b.doc),
  );
  const lines = sorted.map(
    (d) =>
      `  ${d.doc.padEnd(width)}  ${pct(d.entities.f1)} ${counts(d.entities)}    ${pct(d.relations.f1)} ${counts(d.relations)}    ${d.props.correct}/${d.props.total}`,
  );
  return ['Per document (worst relations first)', header, ...lines].join('\n');
}

/** Each floored figure with its floor and target; shortfalls marked. */
export function formatFloors(
  figures: Figures,
  floors: Figures,
  targets: Figures,
  shortfalls: readonly Shortfall[],
): string {
  const below = new Set(shortfalls.map((s) => s.key));
  const keys = [...new Set([...Object.keys(floors), ...Object.keys(targets)])].sort();
  const lines = keys.map((key) => {
    const target = targets[key] === undefined ? '' : `  target ${pct(targets[key])}`;
    const floor = floors[key] === undefined ? '     ' : pct(floors[key]);
    const mark = below.has(key) ? '  BELOW FLOOR' : '';
    return `  ${key.padEnd(22)} ${pct(figures[key] ?? 0)}  floor ${floor}${target}${mark}`;
  });
  return ['Floors', ...lines].join('\n');
}
