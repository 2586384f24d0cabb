// GraphML (yEd, Cytoscape, NetworkX, Neo4j's APOC), streamed like the GEXF: typed keys, the
// node's name as `label`, layout positions as x/y.

import type { KnowledgeGraph } from '../6-graph/types.js';
import { batched } from './chunks.js';
import type { Positions } from './layout.js';
import {
  attributeValues,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type ExportAttribute,
} from './presentation.js';
import { escapeXml } from './xml.js';

export interface GraphmlOptions {
  readonly positions?: Positions;
}

const GRAPHML_TYPES = { string: 'string', integer: 'int', double: 'double' } as const;

function keys<A>(domain: 'node' | 'edge', attributes: readonly ExportAttribute<A>[]): string {
  return attributes
    .map(
      (a) =>
        `  <key id="${domain[0]}_${a.id}" for="${domain}" attr.name="${a.id}" attr.type="${GRAPHML_TYPES[a.type]}"/>\n`,
    )
    .join('');
}

function data<A>(
  domain: 'node' | 'edge',
  attributes: readonly ExportAttribute<A>[],
  values: A,
  degree: number,
): string {
  return attributeValues(attributes, values, degree)
    .map(([id, value]) => `      <data key="${domain[0]}_${id}">${escapeXml(value)}</data>\n`)
    .join('');
}

function* graphmlPieces(graph: KnowledgeGraph, options: GraphmlOptions): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="n_x" for="node" attr.name="x" attr.type="double"/>\n';
  yield '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>\n';
  yield keys('node', NODE_ATTRIBUTES);
  yield '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n';
  yield keys('edge', EDGE_ATTRIBUTES);
  yield '  <graph id="protokol" edgedefault="directed">\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const position = options.positions?.get(node);
    yield `    <node id="${escapeXml(node)}">\n`;
    yield `      <data key="n_label">${escapeXml(a.name)}</data>\n`;
    if (position) {
      yield `      <data key="n_x">${position.x}</data>\n      <data key="n_y">${position.y}</data>\n`;
    }
    yield data('node', NODE_ATTRIBUTES, a, graph.degree(node));
    yield '    </node>\n';
  }
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n`;
    yield `      <data key="e_label">${a.type}</data>\n`;
    yield data('edge', EDGE_ATTRIBUTES, a, 0);
    yield '    </edge>\n';
  }
  yield '  </graph>\n</graphml>\n';
}

export function graphmlChunks(
  graph: KnowledgeGraph,
  options: GraphmlOptions = {},
): Iterable<string> {
  return batched(graphmlPieces(graph, options));
}
