// A short text summary of a graph: counts by type and the attendees of each event.

import { compareEvents } from './time.js';
import type { KnowledgeGraph } from './types.js';

export function summariseGraph(graph: KnowledgeGraph): string {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const relations = new Map<string, number>();
  graph.forEachEdge((_, a) => relations.set(a.type, (relations.get(a.type) ?? 0) + 1));
  const lines = [
    `${graph.getAttribute('documents').length} documents, ${graph.order} entities, ${graph.size} relations`,
    `Entities: ${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')}`,
    `Relations: ${[...relations]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
    '',
    'Events and their attendees:',
  ];
  const events = graph
    .filterNodes((_, a) => a.type === 'Event')
    .sort((x, y) => compareEvents(graph, x, y));
  for (const event of events) {
    const a = graph.getNodeAttributes(event);
    const attendees = graph
      .filterInEdges(event, (_, e) => e.type === 'ATTENDED')
      .map((edge) => {
        const person = graph.getNodeAttribute(graph.source(edge), 'name');
        const { delegation, role } = graph.getEdgeAttribute(edge, 'props');
        const extra = [role, delegation ? graph.getNodeAttribute(delegation, 'name') : undefined]
          .filter(Boolean)
          .join(', ');
        return extra ? `${person} (${extra})` : person;
      });
    lines.push(
      `- ${a.name}${a.start ? ` [${a.start}]` : ''}${attendees.length ? `: ${attendees.join('; ')}` : ''}`,
    );
  }
  return lines.join('\n');
}
