// The HTTP side: GraphQL at /graphql (Apollo's integration API over node:http), a home page at
// GET /, GET /health, CORS for the hosted Sandbox, JSON bodies with clear 400s, and a draining shutdown.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import {
  answersOf,
  DEFAULT_ANSWER_CACHE,
  isCacheable,
  type AnswerCacheLimits,
  type CachedAnswer,
} from './answer-cache.js';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import { createApolloServer, type ApiOptions } from './create-server.js';
import { carriesToken, isLoopbackHost, refuseExport } from './export-access.js';
import { EXPORT_PREFIX, handleExport, sendExportError } from './export-route.js';
import type { GraphView } from './graph-view.js';
import { renderHomePage } from './home-page.js';
import type { Mutations, ServerContext } from './model.js';
import { handleWebRoute } from './web-routes.js';

export const GRAPHQL_PATH = '/graphql';
/** Room for an ingested document of 500,000 characters, JSON-escaped. */
const MAX_BODY_BYTES = 4_000_000;

/** The hosted Sandbox and any page served from this machine may call the API. */
const ALLOWED_ORIGINS = [
  'https://studio.apollographql.com',
  'https://sandbox.embed.apollographql.com',
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/,
];

export interface ApiServer {
  /** http://host:port/graphql */
  readonly url: string;
  readonly port: number;
  /** Serves another graph from the next request on (rebuilds). */
  setView(view: GraphView): void;
  /** Stops accepting connections, lets requests in flight finish, then stops Apollo. */
  close(): Promise<void>;
}

export interface ApiServerOptions extends ApiOptions {
  readonly port: number;
  readonly host?: string;
  /** The graph to serve; without it /health and /graphql answer 503 until setView. */
  readonly view?: GraphView;
  /** Mutations are on only with a token, and only for requests that carry it. */
  readonly token?: string;
  readonly ingest?: Mutations['ingest'];
  /** Past this many nodes the explorer draws the most connected, or a neighbourhood (web-routes.ts). */
  readonly explorerMaxNodes?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const code =
    status === 503
      ? 'SERVICE_UNAVAILABLE'
      : status >= 500
        ? 'INTERNAL_SERVER_ERROR'
        : 'BAD_REQUEST';
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `Request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface Body {
  readonly text: string | undefined;
  /** A JSON body, parsed here so that a malformed one is a 400 that says so. */
  readonly json: boolean;
}

async function readRequest(req: IncomingMessage): Promise<Body> {
  if (req.method !== 'POST') return { text: undefined, json: false };
  const type = req.headers['content-type'] ?? '';
  return {
    text: await readBody(req),
    json: /^application\/(graphql-response\+)?json\b/i.test(type),
  };
}

/** What Apollo is given: the parsed JSON, else the text (Apollo answers other types 400). */
function parseBody({ text, json }: Body): unknown {
  if (!json || text === undefined) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `Malformed JSON body: ${(error as Error).message}`);
  }
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The key of a request's answer: only a POST with a JSON body, which no browser sends across
 * sites without asking first (CSRF prevention passes it whatever its other headers), keyed by
 * what Apollo reads of it: the body, the query string and the media types.
 */
function answerKey(req: IncomingMessage, search: string, body: Body): string | undefined {
  if (!body.json || body.text === undefined) return undefined;
  const { accept = '', 'content-type': type = '' } = req.headers;
  return `${search}\n${type}\n${accept}\n${body.text}`;
}

function sendAnswer(res: ServerResponse, answer: CachedAnswer): void {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status;
  res.end(answer.body);
}

async function handleGraphQL(
  apollo: ApolloServer<ServerContext>,
  context: ServerContext,
  cacheLimits: AnswerCacheLimits | false,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const body = await readRequest(req);
  // the view the request started on: an ingest moves the context to another
  const cache = cacheLimits ? answersOf(context.view, cacheLimits) : undefined;
  const key = cache ? answerKey(req, url.search, body) : undefined;
  const kept = key === undefined ? undefined : cache?.get(key);
  if (kept) return sendAnswer(res, kept);
  const request = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers: headerMap(req),
    search: url.search,
    body: parseBody(body),
  };
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context: async () => context,
  });
  if (response.body.kind === 'complete') {
    const answer = {
      status: response.status ?? 200,
      headers: [...response.headers],
      body: response.body.string,
    };
    if (key !== undefined && isCacheable(request)) cache?.set(key, answer);
    return sendAnswer(res, answer);
  }
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const CORS = cors({ origin: ALLOWED_ORIGINS, maxAge: 600 });

/** cors as a promise, plus Chrome's Private Network Access answer for https pages -> localhost. */
function applyCors(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('access-control-allow-private-network', 'true');
  }
  return new Promise((resolve, reject) =>
    CORS(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
  );
}

function answerCacheLimits(
  chosen: Partial<AnswerCacheLimits> | false | undefined,
): AnswerCacheLimits | false {
  const limits = chosen === false ? false : { ...DEFAULT_ANSWER_CACHE, ...chosen };
  return limits && limits.maxChars > 0 ? limits : false;
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  let view = options.view;
  const listeningOn = options.host ?? '127.0.0.1';
  const httpServer: Server = createServer();
  const apollo = createApolloServer(options);
  const cacheLimits = answerCacheLimits(options.answerCache);
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const respond = async () => {
      await applyCors(req, res);
      if (res.writableEnded) return; // a preflight, answered by cors
      if (path === '/health') {
        if (!view) return sendJson(res, 503, { status: 'loading' });
        const { graph } = view;
        return sendJson(res, 200, {
          status: 'ok',
          documents: view.documents.size,
          entities: graph.order,
          relations: graph.size,
          builtAt: view.builtAt.toISOString(),
        });
      }
      if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
        const page = renderHomePage({
          graphqlPath: GRAPHQL_PATH,
          ...(view ? { view } : {}),
          ...(options.production ? { production: true } : {}),
          exportsNeedToken: !isLoopbackHost(listeningOn),
        });
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(req.method === 'HEAD' ? undefined : page);
      }
      const web = {
        graphqlPath: GRAPHQL_PATH,
        production: options.production,
        maxNodes: options.explorerMaxNodes,
      };
      if (await handleWebRoute(req, res, new URL(req.url ?? '/', 'http://localhost'), view, web))
        return;
      const isExport = path.startsWith(EXPORT_PREFIX);
      if (path !== GRAPHQL_PATH && !isExport) {
        return sendError(res, 404, `Nothing at ${path}: the API is at ${GRAPHQL_PATH}`);
      }
      if (!view) return sendError(res, 503, 'The graph is still loading');
      if (isExport) {
        const refusal = refuseExport(req, listeningOn, options.token);
        if (refusal) return sendExportError(res, refusal.status, refusal.code, refusal.message);
        return handleExport(view, req, res, new URL(req.url ?? '/', 'http://localhost'));
      }
      const { token, ingest } = options;
      const mutations =
        token && ingest ? { authorized: carriesToken(req, token), ingest } : undefined;
      const context = { view, ...(mutations ? { mutations } : {}) };
      await handleGraphQL(apollo, context, cacheLimits, req, res);
    };
    respond().catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendError(res, error.status, error.message);
      console.error(error);
      sendError(res, 500, 'Internal server error');
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, listeningOn, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    port,
    setView(next) {
      view = next;
    },
    close: () => apollo.stop(),
  };
}
