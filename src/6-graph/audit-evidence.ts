// Checks that a graph's evidence can be trusted: every span lies inside its document, quotes the
// text there, starts and ends on word boundaries, and a relation cites more than a bare name
// ("Xi Jinping" is not the evidence that he is President of China).

import { foldText } from '../4-resolve/normalise.js';
import { evidenceRows } from './evidence-table.js';
import type { KnowledgeGraph } from './types.js';

export type EvidenceProblemKind =
  'outside-text' | 'not-the-text' | 'cut-inside-word' | 'only-a-name' | 'unknown-document';

export interface EvidenceProblem {
  readonly kind: EvidenceProblemKind;
  /** Node key, or "source -TYPE-> target" for an edge. */
  readonly owner: string;
  readonly rule: string;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** All the problems of the graph's evidence, in node then edge order. `texts` by document id. */
export function auditEvidence(
  graph: KnowledgeGraph,
  texts: ReadonlyMap<string, string>,
): EvidenceProblem[] {
  const table = graph.getAttribute('evidence');
  const problems: EvidenceProblem[] = [];
  const audit = (owner: string, rows: readonly number[], ends?: EdgeEnds) => {
    for (const row of rows) {
      const { doc, start, end, rule } = table.evidence(row);
      const quote = table.quote(row);
      const file = table.document(row).file;
      const report = (kind: EvidenceProblemKind) =>
        problems.push({ kind, owner, rule, file, start, end, quote });
      const text = texts.get(doc);
      if (text === undefined) report('unknown-document');
      else if (!(start >= 0 && start < end && end <= text.length)) report('outside-text');
      else if (text.slice(start, end) !== quote) report('not-the-text');
      else if (cutsWord(text, start, end)) report('cut-inside-word');
      else if (ends && isOnlyAName(quote, ends)) report('only-a-name');
    }
  };
  graph.forEachNode((key, attributes) => audit(key, evidenceRows(attributes)));
  graph.forEachEdge((_, attributes, source, target, sourceAttributes, targetAttributes) => {
    const ends = { source: namesOf(sourceAttributes), target: namesOf(targetAttributes) };
    audit(`${source} -${attributes.type}-> ${target}`, evidenceRows(attributes), ends);
  });
  return problems;
}

/** "exercice" of "exercices": a letter or digit on both sides of either end. */
export function cutsWord(text: string, start: number, end: number): boolean {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHARACTER.test(text[i] as string);
  return (isWord(start - 1) && isWord(start)) || (isWord(end - 1) && isWord(end));
}

interface EdgeEnds {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

function namesOf(attributes: { name: string; aliases: readonly string[] }): string[] {
  return [attributes.name, ...attributes.aliases].map((n) => foldText(n).trim()).filter(Boolean);
}

/**
 * The quote is one end's name and says nothing of the other: "Xi Jinping" for his presidency of
 * China. "Le Président de la Biélorussie" names both ends and states the role.
 */
function isOnlyAName(quote: string, ends: EdgeEnds): boolean {
  const folded = foldText(quote.replace(/[\s.,;:]+$/u, '')).trim();
  const names = (one: readonly string[]) => one.includes(folded);
  const mentions = (other: readonly string[]) => other.some((name) => folded.includes(name));
  return (
    (names(ends.source) && !mentions(ends.target)) || (names(ends.target) && !mentions(ends.source))
  );
}

/** "3 problems: 2 cut-inside-word, 1 only-a-name" with the first few listed under it. */
export function formatEvidenceProblems(problems: readonly EvidenceProblem[], shown = 12): string {
  if (problems.length === 0) return 'Evidence: every piece checked, no problem';
  const counts = new Map<EvidenceProblemKind, number>();
  for (const p of problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  const lines = problems
    .slice(0, shown)
    .map(
      (p) =>
        `  ${p.kind}  ${p.file}:${p.start}-${p.end}  ${p.rule}  ${JSON.stringify(p.quote.slice(0, 80))}  (${p.owner})`,
    );
  return [`Evidence: ${problems.length} problem(s): ${summary}`, ...lines].join('\n');
}
