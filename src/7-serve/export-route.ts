// GET /export/graph.gexf (and graph.graphml, graph.json, nodes.csv, relationships.csv): the
// exports of the served graph, streamed, with the subgraph options as URL parameters.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { EXPORT_FILE_FORMATS, exportFiles, type ExportFile } from '../8-export/export-graph.js';
import { layoutGraph, type Positions } from '../8-export/layout.js';
import { ExportInputError, parseFilter } from '../8-export/parse-filter.js';
import { isFiltered, selectSubgraph } from '../8-export/select-subgraph.js';
import { findEntity, type GraphView } from './graph-view.js';

export const EXPORT_PREFIX = '/export/';

/** The layout of a whole served graph is computed once. */
const layouts = new WeakMap<GraphView, Positions>();

export function positionsFor(
  view: GraphView,
  graph: KnowledgeGraph,
  layout: boolean,
): Positions | undefined {
  if (!layout) return undefined;
  if (graph !== view.graph) return layoutGraph(graph);
  let positions = layouts.get(view);
  if (!positions) {
    positions = layoutGraph(view.graph);
    layouts.set(view, positions);
  }
  return positions;
}

function findFile(view: GraphView, name: string, url: URL): ExportFile | undefined {
  const format = Object.hasOwn(EXPORT_FILE_FORMATS, name) ? EXPORT_FILE_FORMATS[name] : undefined;
  if (!format) return undefined;
  const param = (key: string) => url.searchParams.get(key);
  const filter = parseFilter(
    {
      around: param('around'),
      depth: param('depth'),
      types: param('types'),
      from: param('from'),
      to: param('to'),
    },
    (ref) => findEntity(view, ref),
  );
  const graph = isFiltered(filter) ? selectSubgraph(view.graph, filter) : view.graph;
  const positioned = format === 'gexf' || format === 'graphml';
  const positions = positioned ? positionsFor(view, graph, param('layout') !== 'false') : undefined;
  return exportFiles(graph, format, { layout: false, ...(positions ? { positions } : {}) }).find(
    (f) => f.name === name,
  );
}

/** Answers GET /export/<file>. */
export async function handleExport(
  view: GraphView,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const name = url.pathname.slice(EXPORT_PREFIX.length);
  const json = (status: number, message: string) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: message }));
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, 'exports are read with GET');
  let file: ExportFile | undefined;
  try {
    file = findFile(view, name, url);
  } catch (error) {
    if (error instanceof ExportInputError) return json(400, error.message);
    throw error;
  }
  if (!file) {
    return json(404, `no export named ${name}: ${Object.keys(EXPORT_FILE_FORMATS).join(', ')}`);
  }
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-disposition', `attachment; filename="${file.name}"`);
  if (req.method === 'HEAD') return void res.end();
  await pipeline(Readable.from(file.chunks()), res);
}
