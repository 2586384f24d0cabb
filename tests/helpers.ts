// Builds the graph of a snippet written for a test, its language told by its text as for any document.

import { makeDocument } from '../src/1-read/read-documents.js';
import { segmentDocument } from '../src/2-segment/segment-document.js';
import { recogniseDocument } from '../src/3-recognise/recognise-document.js';
import { buildGraphFromDocuments } from '../src/pipeline.js';
import type { KnowledgeGraph } from '../src/6-graph/types.js';
import type { Language } from '../src/types.js';

export function graphOf(text: string, publishedAt = '2024-05-24'): KnowledgeGraph {
  return buildGraphFromDocuments([makeDocument(text, 'snippet.txt', { publishedAt })]);
}

export function namesOf(graph: KnowledgeGraph, type: string): string[] {
  return graph
    .filterNodes((_, a) => a.type === type)
    .map((k) => graph.getNodeAttribute(k, 'name'))
    .sort();
}

export function edgesOf(graph: KnowledgeGraph, type: string): string[] {
  return graph
    .filterEdges((_, a) => a.type === type)
    .map(
      (e) =>
        `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'name')}`,
    )
    .sort();
}

/** "person -> holder of the role (role)" for each HOLDS_ROLE edge, sorted. */
export function rolesOf(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'HOLDS_ROLE')
    .map((e) => {
      const name = (k: string) => graph.getNodeAttribute(k, 'name');
      const role = graph.getEdgeAttribute(e, 'props').role;
      return `${name(graph.source(e))} -> ${name(graph.target(e))} (${role})`;
    })
    .sort();
}

/** A snippet under a title line: the first line of a text is its title, the sentences come below. */
export function articleOf(text: string): KnowledgeGraph {
  return graphOf(`Diplomatie\n${text}`);
}

/** "person -> event format" for each ATTENDED edge of a snippet read as an article. */
export function attendanceFormats(text: string): string[] {
  const graph = articleOf(text);
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      return `${name} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`;
    })
    .sort();
}

/** Each event phrase of a dispatch with the surfaces of the places its sentence holds it in. */
export function eventPlacesOf(text: string, language: Language = 'fr', publishedAt = '2024-05-24') {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt, language });
  const recognised = recogniseDocument(doc, segmentDocument(doc));
  return recognised.events.map((e) => [
    e.format,
    e.places.map((i) => recognised.mentions[i]?.surface),
  ]);
}
