// GET /export/graph.gexf (and graph.graphml, graph.json, nodes.csv, relationships.csv): the
// exports of the served graph, streamed, with the subgraph options as URL parameters. Layouts
// run in a worker thread, once per graph and filter; a few exports run at a time.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { withPauses } from '../8-export/chunks.js';
import { EXPORT_FILE_FORMATS, exportFiles, type ExportFile } from '../8-export/export-graph.js';
import { layoutInWorker } from '../8-export/layout-in-worker.js';
import type { Positions } from '../8-export/layout.js';
import { ExportInputError, parseFilter } from '../8-export/parse-filter.js';
import { selectSubgraph, type SubgraphFilter } from '../8-export/select-subgraph.js';
import { findEntity, type GraphView } from './graph-view.js';

export const EXPORT_PREFIX = '/export/';
/** Exports streamed at once; more are answered 503 EXPORT_BUSY with Retry-After. */
export const MAX_CONCURRENT_EXPORTS = 2;
/** Layouts kept per served graph (the whole graph and the subgraphs asked for most recently). */
const LAYOUTS_PER_GRAPH = 8;
/** A layout not ready by then goes on in its worker; the request is answered 503 LAYOUT_PENDING. */
export const LAYOUT_WAIT_MS = 1_500;

export class LayoutPendingError extends Error {}

/** The positions, or LayoutPendingError when they take longer than `ms` (they are kept coming). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LayoutPendingError()), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Layouts by graph version (the view) and filter, shared by requests asking at the same time. */
const layouts = new WeakMap<GraphView, Map<string, Promise<Positions>>>();

export function layoutFor(
  view: GraphView,
  filter: SubgraphFilter,
  graph: GraphView['graph'],
  key = JSON.stringify(filter),
) {
  let byFilter = layouts.get(view);
  if (!byFilter) layouts.set(view, (byFilter = new Map()));
  let positions = byFilter.get(key);
  if (!positions) {
    positions = layoutInWorker(graph);
    positions.catch(() => byFilter.delete(key));
    byFilter.set(key, positions);
    const oldest = byFilter.keys().next().value;
    if (byFilter.size > LAYOUTS_PER_GRAPH && oldest !== undefined) byFilter.delete(oldest);
  }
  return positions;
}

async function findFile(view: GraphView, name: string, url: URL): Promise<ExportFile | undefined> {
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
  const graph = selectSubgraph(view.graph, filter);
  const positioned = (format === 'gexf' || format === 'graphml') && param('layout') !== 'false';
  const positions = positioned
    ? await within(layoutFor(view, filter, graph), LAYOUT_WAIT_MS)
    : undefined;
  return exportFiles(graph, format, { layout: false, ...(positions ? { positions } : {}) }).find(
    (f) => f.name === name,
  );
}

let running = 0;

/** Errors of /export/ are JSON `{ error, code }`. */
export function sendExportError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: message, code }));
}

/** Answers GET /export/<file>. */
export async function handleExport(
  view: GraphView,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const name = url.pathname.slice(EXPORT_PREFIX.length);
  const json = (status: number, code: string, message: string) =>
    sendExportError(res, status, code, message);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return json(405, 'BAD_REQUEST', 'exports are read with GET');
  if (running >= MAX_CONCURRENT_EXPORTS) {
    res.setHeader('retry-after', '5');
    return json(503, 'EXPORT_BUSY', `${running} exports are running: try again in a few seconds`);
  }
  running += 1;
  try {
    let file: ExportFile | undefined;
    try {
      file = await findFile(view, name, url);
    } catch (error) {
      if (error instanceof ExportInputError) return json(400, 'BAD_USER_INPUT', error.message);
      if (!(error instanceof LayoutPendingError)) throw error;
      res.setHeader('retry-after', '10');
      return json(
        503,
        'LAYOUT_PENDING',
        'the layout of this graph is being computed: try again in a few seconds, or ask with layout=false',
      );
    }
    if (!file) {
      const names = Object.keys(EXPORT_FILE_FORMATS).join(', ');
      return json(404, 'NOT_FOUND', `no export named ${name}: ${names}`);
    }
    res.statusCode = 200;
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.name}"`);
    if (req.method === 'HEAD') return void res.end();
    await pipeline(Readable.from(withPauses(file.chunks())), res);
  } finally {
    running -= 1;
  }
}
