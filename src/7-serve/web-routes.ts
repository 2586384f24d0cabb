// The analyst's web pages: GraphiQL at /graphiql, the graph explorer at /explore with its bundle
// and its graph (/explore/graph.json?around=NAME&depth=N). All served from this process.

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ExportInputError, parseFilter } from '../8-export/parse-filter.js';
import { selectSubgraph } from '../8-export/select-subgraph.js';
import { positionsFor } from './export-route.js';
import { EXPLORER_MAX_NODES, buildExplorerGraph } from './explorer-graph.js';
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

/** Built by `npm run build` (scripts/build-web.mjs); the same paths from src/ and dist/. */
export const EXPLORE_BUNDLE = new URL('../../dist/web/explore.js', import.meta.url);
const GRAPHIQL_START = new URL('../../dist/web/graphiql-start.js', import.meta.url);
const ASSETS = graphiqlAssets(GRAPHIQL_START.pathname);

export interface WebRouteOptions {
  readonly graphqlPath: string;
  /** Production turns GraphiQL off, as it does the Sandbox (introspection is off there). */
  readonly production?: boolean;
  /** Past this many nodes /explore/graph.json sends neighbourhoods only. */
  readonly maxNodes?: number;
}

type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'METHOD_NOT_ALLOWED';

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

let bundle: Promise<string> | undefined;

async function sendBundle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  bundle ??= readFile(EXPLORE_BUNDLE, 'utf8');
  let code: string;
  try {
    code = await bundle;
  } catch {
    bundle = undefined;
    return sendError(
      res,
      503,
      'SERVICE_UNAVAILABLE',
      `${EXPLORE_SCRIPT_PATH}: ${EXPLORE_BUNDLE.pathname} is missing; run npm run build`,
    );
  }
  res.setHeader('content-type', 'text/javascript; charset=utf-8');
  res.end(req.method === 'HEAD' ? undefined : code);
}

/** GraphiQL's files, streamed from node_modules (and dist/web) with a day of caching. */
async function sendAsset(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  const path = `${GRAPHIQL_ASSETS}${name}`;
  if (!asset) return sendError(res, 404, 'NOT_FOUND', `${path}: no such file`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendError(res, 405, 'METHOD_NOT_ALLOWED', `${path} is read with GET`);
  }
  const stream = createReadStream(asset.file);
  try {
    await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
  } catch {
    const hint = name === 'start.js' ? 'run npm run build' : 'run npm install';
    return sendError(res, 503, 'SERVICE_UNAVAILABLE', `${path}: ${asset.file} is missing; ${hint}`);
  }
  res.setHeader('content-type', asset.contentType);
  res.setHeader('cache-control', 'public, max-age=86400');
  if (req.method === 'HEAD') return void (stream.destroy(), res.end());
  await pipeline(stream, res);
}

/** The whole graph while a browser can draw it, else the neighbourhood of `around`. */
function sendGraph(view: GraphView, res: ServerResponse, url: URL, maxNodes: number): void {
  const around = url.searchParams.get('around');
  const total = { nodes: view.graph.order, edges: view.graph.size };
  if (!around) {
    if (view.graph.order > maxNodes) {
      return sendJson(
        res,
        200,
        buildExplorerGraph(view.graph, new Map(), { tooLarge: true, maxNodes }),
      );
    }
    const positions = positionsFor(view, view.graph, true) ?? new Map();
    return sendJson(res, 200, buildExplorerGraph(view.graph, positions, { maxNodes }));
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
  const part = selectSubgraph(view.graph, filter);
  const positions = positionsFor(view, part, true) ?? new Map();
  const centre = filter.around as string;
  sendJson(res, 200, buildExplorerGraph(part, positions, { total, around: centre, maxNodes }));
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
  if (path.startsWith(GRAPHIQL_ASSETS) && !options.production) {
    await sendAsset(req, res, path.slice(GRAPHIQL_ASSETS.length));
    return true;
  }
  const known = [GRAPHIQL_PATH, EXPLORE_PATH, EXPLORE_SCRIPT_PATH, EXPLORE_GRAPH_PATH];
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
  } else if (path === EXPLORE_SCRIPT_PATH) {
    await sendBundle(req, res);
  } else if (!view) {
    sendError(res, 503, 'SERVICE_UNAVAILABLE', `${path}: the graph is still loading`);
  } else {
    sendGraph(view, res, url, options.maxNodes ?? EXPLORER_MAX_NODES);
  }
  return true;
}
