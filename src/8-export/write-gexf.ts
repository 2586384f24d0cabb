// GEXF 1.3 for Gephi, written as a stream over graphology's iterators (graphology-gexf builds the
// whole document in memory and lets XML-illegal characters through). Labels, typed attributes,
// colours by type, sizes by degree, positions, and time intervals on dated events and their edges.

import { dateTimeRange } from '../6-graph/time.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { batched } from './chunks.js';
import type { Positions } from './layout.js';
import {
  attributeValues,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  TYPE_COLOURS,
  eventOfEdge,
  nodeSize,
  type ExportAttribute,
} from './presentation.js';
import { escapeXml } from './xml.js';

export interface GexfOptions {
  readonly positions?: Positions;
  readonly description?: string;
}

function attributeDeclarations<A>(cls: 'node' | 'edge', attributes: readonly ExportAttribute<A>[]) {
  const lines = attributes.map(
    (a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>\n`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<A>(
  attributes: readonly ExportAttribute<A>[],
  values: A,
  degree: number,
): string {
  const lines = attributeValues(attributes, values, degree).map(
    ([id, value]) => `          <attvalue for="${id}" value="${escapeXml(value)}"/>\n`,
  );
  return lines.length ? `        <attvalues>\n${lines.join('')}        </attvalues>\n` : '';
}

function timeAttributes(start: string | undefined, end: string | undefined): string {
  const range = dateTimeRange(start, end);
  return range ? ` start="${range.start}" end="${range.end}"` : '';
}

/** The newest document date: output depends on the sources only, never on the clock. */
function lastModified(graph: KnowledgeGraph): string | undefined {
  const dates = graph
    .getAttribute('documents')
    .map((d) => d.publishedAt)
    .filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates.at(-1);
}

function* gexfPieces(graph: KnowledgeGraph, options: GexfOptions): Generator<string> {
  let dynamic = false;
  graph.forEachNode((_, a) => {
    if (a.type === 'Event' && dateTimeRange(a.start)) dynamic = true;
  });
  const modified = lastModified(graph);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta${modified ? ` lastmodifieddate="${modified}"` : ''}>\n`;
  yield '    <creator>protokol</creator>\n';
  yield `    <description>${escapeXml(options.description ?? 'Knowledge graph of Eurasian diplomacy')}</description>\n`;
  yield '  </meta>\n';
  yield `  <graph defaultedgetype="directed" mode="${dynamic ? 'dynamic' : 'static'}"${dynamic ? ' timeformat="dateTime"' : ''}>\n`;
  yield attributeDeclarations('node', NODE_ATTRIBUTES);
  yield attributeDeclarations('edge', EDGE_ATTRIBUTES);
  yield '    <nodes>\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const degree = graph.degree(node);
    const time = a.type === 'Event' ? timeAttributes(a.start, a.end) : '';
    const colour = TYPE_COLOURS[a.type];
    const position = options.positions?.get(node);
    yield `      <node id="${escapeXml(node)}" label="${escapeXml(a.name)}"${time}>\n`;
    yield attvalues(NODE_ATTRIBUTES, a, degree);
    yield `        <viz:color r="${colour.r}" g="${colour.g}" b="${colour.b}"/>\n`;
    yield `        <viz:size value="${nodeSize(degree)}"/>\n`;
    if (position) yield `        <viz:position x="${position.x}" y="${position.y}" z="0"/>\n`;
    yield '      </node>\n';
  }
  yield '    </nodes>\n    <edges>\n';
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const event = eventOfEdge(graph, source, target);
    const time = event
      ? timeAttributes(graph.getNodeAttribute(event, 'start'), graph.getNodeAttribute(event, 'end'))
      : '';
    yield `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${a.type}" weight="${a.evidenceCount}"${time}>\n`;
    yield attvalues(EDGE_ATTRIBUTES, a, 0);
    yield '      </edge>\n';
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

/** The GEXF document in chunks of about 64 KiB. */
export function gexfChunks(graph: KnowledgeGraph, options: GexfOptions = {}): Iterable<string> {
  return batched(gexfPieces(graph, options));
}
