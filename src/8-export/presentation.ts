// How entities look in the exports: colours by type, sizes by degree, attributes as flat values.

import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../6-graph/types.js';
import type { EntityType } from '../types.js';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Tableau 10: tells the four types apart, also for most colour-blind readers. */
export const TYPE_COLOURS: Readonly<Record<EntityType, Rgb>> = {
  Person: { r: 78, g: 121, b: 167 },
  Organisation: { r: 242, g: 142, b: 43 },
  Place: { r: 89, g: 161, b: 79 },
  Event: { r: 225, g: 87, b: 89 },
};

export function nodeSize(degree: number): number {
  return Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;
}

export type AttributeType = 'string' | 'integer' | 'double';

export interface ExportAttribute<A> {
  readonly id: string;
  readonly type: AttributeType;
  readonly value: (attributes: A, degree: number) => string | number | undefined;
}

export const NODE_ATTRIBUTES: readonly ExportAttribute<EntityAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'subtype', type: 'string', value: (a) => a.subtype },
  { id: 'wikidata', type: 'string', value: (a) => a.wikidata },
  {
    id: 'aliases',
    type: 'string',
    value: (a) => (a.aliases.length ? a.aliases.join(' | ') : undefined),
  },
  { id: 'format', type: 'string', value: (a) => a.format },
  { id: 'start', type: 'string', value: (a) => a.start },
  { id: 'end', type: 'string', value: (a) => a.end },
  { id: 'organisation', type: 'string', value: (a) => a.organisation },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidenceCount },
  { id: 'degree', type: 'integer', value: (_, degree) => degree },
];

export const EDGE_ATTRIBUTES: readonly ExportAttribute<RelationAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'role', type: 'string', value: (a) => a.props.role },
  { id: 'delegation', type: 'string', value: (a) => a.props.delegation },
  { id: 'status', type: 'string', value: (a) => a.props.status },
  { id: 'confidence', type: 'double', value: (a) => a.confidence },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidenceCount },
];

/** The attributes that have a value, as [id, text]: what every writer writes. */
export function attributeValues<A>(
  attributes: readonly ExportAttribute<A>[],
  values: A,
  degree: number,
): [string, string][] {
  const out: [string, string][] = [];
  for (const attribute of attributes) {
    const value = attribute.value(values, degree);
    if (value !== undefined && value !== '') out.push([attribute.id, String(value)]);
  }
  return out;
}

/** The event an edge touches (its target first), whose time the edge takes in dynamic exports. */
export function eventOfEdge(
  graph: KnowledgeGraph,
  source: string,
  target: string,
): string | undefined {
  if (graph.getNodeAttribute(target, 'type') === 'Event') return target;
  if (graph.getNodeAttribute(source, 'type') === 'Event') return source;
  return undefined;
}
