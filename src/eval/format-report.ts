// An EvalReport as a table a reader can scan, with what was missed and what was invented.

import type { EvalReport, Scores } from './score.js';

const pct = (n: number) => n.toFixed(3);

function row(label: string, s: Scores): string {
  return `  ${label.padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

export function formatReport(
  report: EvalReport,
  options: { readonly details?: boolean } = {},
): string {
  const lines = ['Entities', row('all', report.entities)];
  for (const [type, s] of Object.entries(report.entities.byType)) lines.push(row(type, s));
  lines.push('Relations', row('all', report.relations));
  for (const [type, s] of Object.entries(report.relations.byType)) lines.push(row(type, s));
  lines.push(
    `Relation props (role, delegation, status): ${report.props.correct}/${report.props.total} = ${pct(report.props.accuracy)}`,
  );
  if (report.unreadDocuments.length > 0)
    lines.push(`Gold documents not found among the sources: ${report.unreadDocuments.join(', ')}`);
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
