// CSV files for `neo4j-admin database import`: nodes.csv (`id:ID`, `:LABEL`, typed properties,
// `aliases:string[]`) and relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`): the way to move a
// graph that outgrows memory into a graph database.
/* eslint-disable no-control-regex -- these patterns are about control characters */

import { evidenceRows } from '../6-graph/evidence-table.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { batched } from './chunks.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType } from './presentation.js';

const NEO4J_TYPES: Readonly<Record<AttributeType, string>> = {
  string: '',
  integer: ':int',
  double: ':double',
};
/** neo4j-admin's default array delimiter; it has no escape, so it is replaced inside values. */
const ARRAY_DELIMITER = ';';
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(CONTROL, '').replace(/"/g, '""')}"`;
}

const NODE_COLUMNS = NODE_ATTRIBUTES.filter((a) => a.id !== 'type' && a.id !== 'aliases');

function* nodePieces(graph: KnowledgeGraph): Generator<string> {
  const header = [
    'id:ID',
    ':LABEL',
    'name',
    'aliases:string[]',
    ...NODE_COLUMNS.map((a) => `${a.id}${NEO4J_TYPES[a.type]}`),
  ];
  yield `${header.join(',')}\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const degree = graph.degree(node);
    const aliases = a.aliases
      .map((alias) => alias.replaceAll(ARRAY_DELIMITER, ','))
      .join(ARRAY_DELIMITER);
    const row = [
      field(node),
      a.type,
      field(a.name),
      field(aliases || undefined),
      ...NODE_COLUMNS.map((c) => field(c.value(a, degree))),
    ];
    yield `${row.join(',')}\n`;
  }
}

const EDGE_COLUMNS = EDGE_ATTRIBUTES.filter((a) => a.id !== 'type');

function* relationshipPieces(graph: KnowledgeGraph): Generator<string> {
  const table = graph.getAttribute('evidence');
  const header = [
    ':START_ID',
    ':END_ID',
    ':TYPE',
    ...EDGE_COLUMNS.map((a) => `${a.id}${NEO4J_TYPES[a.type]}`),
    'evidence',
  ];
  yield `${header.join(',')}\n`;
  for (const { attributes: a, source, target } of graph.edgeEntries()) {
    const quotes = evidenceRows(a)
      .map((row) => table.quote(row))
      .join(' | ');
    const row = [
      field(source),
      field(target),
      a.type,
      ...EDGE_COLUMNS.map((c) => field(c.value(a, 0))),
      field(quotes || undefined),
    ];
    yield `${row.join(',')}\n`;
  }
}

export function neo4jNodesCsv(graph: KnowledgeGraph): Iterable<string> {
  return batched(nodePieces(graph));
}

export function neo4jRelationshipsCsv(graph: KnowledgeGraph): Iterable<string> {
  return batched(relationshipPieces(graph));
}
