// The analyst's web pages: GraphiQL at /graphiql, the graph explorer at /explore with its bundle
// and its graph (/explore/graph.json?around=NAME&depth=N). All served from this process.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Positions } from '../8-export/layout.js';
import { ExportInputError, parseFilter } from '../8-export/parse-filter.js';
import { LAYOUT_WAIT_MS, LayoutPendingError, layoutFor, within } from './export-route.js';
import { EXPLORER_MAX_NODES, buildExplorerGraph } from './explorer-graph.js';
import { EXPLORER_MAX_NEIGHBOURHOOD, selectNeighbourhood } from './explorer-neighbourhood.js';
import { mostConnected } from './explorer-overview.js';
import {
  EXPLORER_CSP,
  EXPLORE_GRAPH_PATH,
  EXPLORE_PATH,
  EXPLORE_SCRIPT_PATH,
  renderExplorerPage,
} from './explorer-page.js';
import { findEntity, type GraphView } from './graph-view.js';
import {
  GRAPHIQL_ASSETS,
  GRAPHIQL_CSP,
  GRAPHIQL_PATH,
  graphiqlAssets,
  renderGraphiqlPage,
} from './graphiql-page.js';
import { sendFile } from './send-file.js';

/** Built by `npm run build` (scripts/build-web.mjs); the same path from src/ and dist/. */
export const WEB_BUILD_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const EXPLORE_MAP_PATH = `${EXPLORE_SCRIPT_PATH}.map`;
const JS = 'text/javascript; charset=utf-8';
/** How long the page waits before asking again for a graph being laid out. */
const LAYOUT_RETRY_SECONDS = 2;

export interface WebRouteOptions {
  readonly graphqlPath: string;
  /** Production turns GraphiQL off, as it does the Sandbox (introspection is off there). */
  readonly production?: boolean;
  /** Past this many nodes /explore/graph.json sends the most connected, or a neighbourhood. */
  readonly maxNodes?: number;
  /** Past this many entities a neighbourhood sends the most connected ones. */
  readonly maxNeighbourhood?: number;
  /** Where the bundles are read from, at each request (a rebuild shows without a restart). */
  readonly webDir?: string;
}

type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'METHOD_NOT_ALLOWED' | 'LAYOUT_PENDING';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function sendPage(req: IncomingMessage, res: ServerResponse, html: string, csp: string): void {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', csp);
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** The explorer's bundle (and its source map) from disk, revalidated by ETag at each load. */
async function sendBundle(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  webDir: string,
): Promise<void> {
  const file = join(webDir, path === EXPLORE_MAP_PATH ? 'explore.js.map' : 'explore.js');
  const contentType = path === EXPLORE_MAP_PATH ? 'application/json; charset=utf-8' : JS;
  if (await sendFile(req, res, file, { contentType, maxAgeSeconds: 0 })) return;
  sendError(res, 503, 'SERVICE_UNAVAILABLE', `${path}: ${file} is missing; run npm run build`);
}

/** GraphiQL's files from node_modules (a day of caching) and its start script from webDir. */
async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  webDir: string,
): Promise<void> {
  const assets = graphiqlAssets(join(webDir, 'graphiql-start.js'));
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  const path = `${GRAPHIQL_ASSETS}${name}`;
  if (!asset) return sendError(res, 404, 'NOT_FOUND', `${path}: no such file`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendError(res, 405, 'METHOD_NOT_ALLOWED', `${path} is read with GET`);
  }
  const built = name === 'start.js';
  const options = { contentType: asset.contentType, maxAgeSeconds: built ? 0 : 86_400 };
  if (await sendFile(req, res, asset.file, options)) return;
  const hint = built ? 'run npm run build' : 'run npm install';
  sendError(res, 503, 'SERVICE_UNAVAILABLE', `${path}: ${asset.file} is missing; ${hint}`);
}

/** The positions from the export's worker layouts (cached per graph version), if ready in time. */
async function positionsWithin(
  view: GraphView,
  res: ServerResponse,
  part: Parameters<typeof layoutFor>[1],
  graph: GraphView['graph'],
  key?: string,
): Promise<Positions | undefined> {
  try {
    return await within(layoutFor(view, part, graph, key), LAYOUT_WAIT_MS);
  } catch (error) {
    if (!(error instanceof LayoutPendingError)) throw error;
    res.setHeader('retry-after', String(LAYOUT_RETRY_SECONDS));
    const size = `${graph.order} entities and ${graph.size} relations`;
    const message = `${EXPLORE_GRAPH_PATH}: the layout of ${size} is running, ask again shortly`;
    sendError(res, 503, 'LAYOUT_PENDING', message);
    return undefined;
  }
}

/** The whole graph while a browser can draw it, else its most connected entities; the
 * neighbourhood of `around` when asked. */
async function sendGraph(
  view: GraphView,
  res: ServerResponse,
  url: URL,
  options: WebRouteOptions,
): Promise<void> {
  const maxNodes = options.maxNodes ?? EXPLORER_MAX_NODES;
  const around = url.searchParams.get('around');
  const total = { nodes: view.graph.order, edges: view.graph.size };
  if (!around) {
    const tooLarge = view.graph.order > maxNodes;
    const part = tooLarge ? mostConnected(view.graph, maxNodes) : view.graph;
    // the overview is not the export's whole graph: its layout is kept apart
    const key = tooLarge ? JSON.stringify({ mostConnected: maxNodes }) : undefined;
    const positions = await positionsWithin(view, res, {}, part, key);
    if (positions)
      sendJson(res, 200, buildExplorerGraph(part, positions, { total, maxNodes, tooLarge }));
    return;
  }
  let filter;
  try {
    filter = parseFilter({ around, depth: url.searchParams.get('depth') }, (ref) =>
      findEntity(view, ref),
    );
  } catch (error) {
    if (!(error instanceof ExportInputError)) throw error;
    return sendError(res, 400, 'BAD_USER_INPUT', `${EXPLORE_GRAPH_PATH}: ${error.message}`);
  }
  const centre = filter.around as string;
  const cap = Math.min(maxNodes, options.maxNeighbourhood ?? EXPLORER_MAX_NEIGHBOURHOOD);
  const part = selectNeighbourhood(view.graph, centre, filter.depth ?? 1, cap);
  // a capped part is not the export's subgraph of the same filter: its layout is kept apart
  const key = part.found > part.graph.order ? JSON.stringify({ ...filter, cap }) : undefined;
  const positions = await positionsWithin(view, res, filter, part.graph, key);
  if (!positions) return;
  const neighbourhood = { found: part.found, shown: part.graph.order };
  sendJson(
    res,
    200,
    buildExplorerGraph(part.graph, positions, { total, around: centre, maxNodes, neighbourhood }),
  );
}

/** Answers the web pages' paths; false for any other path. */
export async function handleWebRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  view: GraphView | undefined,
  options: WebRouteOptions,
): Promise<boolean> {
  const path = url.pathname.replace(/\/$/, '') || '/';
  const webDir = options.webDir ?? WEB_BUILD_DIR;
  if (path.startsWith(GRAPHIQL_ASSETS) && !options.production) {
    await sendAsset(req, res, path.slice(GRAPHIQL_ASSETS.length), webDir);
    return true;
  }
  const known = [
    GRAPHIQL_PATH,
    EXPLORE_PATH,
    EXPLORE_SCRIPT_PATH,
    EXPLORE_MAP_PATH,
    EXPLORE_GRAPH_PATH,
  ];
  if (!known.includes(path)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${path} is read with GET`);
    return true;
  }
  if (path === GRAPHIQL_PATH) {
    if (options.production) {
      sendError(res, 404, 'NOT_FOUND', `${path}: the IDE is off in production`);
    } else sendPage(req, res, renderGraphiqlPage(options.graphqlPath), GRAPHIQL_CSP);
  } else if (path === EXPLORE_PATH) {
    sendPage(req, res, renderExplorerPage(options.graphqlPath), EXPLORER_CSP);
  } else if (path === EXPLORE_SCRIPT_PATH || path === EXPLORE_MAP_PATH) {
    await sendBundle(req, res, path, webDir);
  } else if (!view) {
    sendError(res, 503, 'SERVICE_UNAVAILABLE', `${path}: the graph is still loading`);
  } else {
    await sendGraph(view, res, url, options);
  }
  return true;
}
