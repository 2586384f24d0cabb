// The analyst's pages over real HTTP: GraphiQL and its files from node_modules, the explorer,
// its bundle and its graph, the links to both from GET / and the Sandbox, and their errors.

import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { EXAMPLE_QUERY } from '../../src/7-serve/example-query.js';
import { handleWebRoute } from '../../src/7-serve/web-routes.js';
import type { ExplorerGraph } from '../../src/7-serve/web-payload.js';
import { sourcesView } from './fixture.js';

let server: ApiServer;
const at = (path: string) => new URL(path, server.url);

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-web.mjs']); // dist/web, as npm run build makes it
  server = await startApiServer({ port: 0, host: '127.0.0.1', view: await sourcesView() });
});
afterAll(() => server.close());

/** Every address a page loads a script, a style sheet or an image from. */
const loadedFrom = (html: string) =>
  [...html.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);

describe('GET /graphiql', () => {
  it('serves GraphiQL with every file from this server and the example query preloaded', async () => {
    const response = await fetch(at('/graphiql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    const sources = loadedFrom(html);
    expect(sources).toEqual(expect.arrayContaining(['/graphiql/assets/graphiql.js']));
    for (const source of sources) expect(source).toMatch(/^(\/graphiql\/assets\/|data:)/);
    const settings =
      /<script type="application\/json" id="graphiql-settings">(.*?)<\/script>/s.exec(html);
    expect(JSON.parse(settings?.[1] ?? '{}')).toEqual({
      endpoint: '/graphql',
      defaultQuery: EXAMPLE_QUERY,
    });
  });

  it.each([
    ['graphiql.js', /javascript/],
    ['graphiql.css', /text\/css/],
    ['react.js', /javascript/],
    ['react-dom.js', /javascript/],
    ['start.js', /javascript/],
  ])('serves /graphiql/assets/%s', async (name, type) => {
    const response = await fetch(at(`/graphiql/assets/${name}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  it('answers 404 with a code for a file it does not have', async () => {
    const response = await fetch(at('/graphiql/assets/../package.json'));
    expect(response.status).toBe(404);
    const unknown = await fetch(at('/graphiql/assets/secret.js'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('GET /explore', () => {
  it('serves the explorer page and its bundle, nothing from elsewhere', async () => {
    const response = await fetch(at('/explore'));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(loadedFrom(html).filter((s) => !s?.startsWith('data:'))).toEqual([
      '/explore/explore.js',
    ]);
    expect(response.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
    const bundle = await fetch(at('/explore/explore.js'));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(await bundle.text()).toMatch(/WebGL/); // sigma is bundled in
  });

  it('sends the whole laid-out graph while it is small enough to draw', async () => {
    const { graph } = await sourcesView();
    const payload = (await (await fetch(at('/explore/graph.json'))).json()) as ExplorerGraph;
    expect(payload.tooLarge).toBe(false);
    expect(payload.nodes).toHaveLength(graph.order);
    expect(payload.nodes.some((n) => n.x !== 0 || n.y !== 0)).toBe(true);
  });

  it('sends the neighbourhood of a name, folded like the API search', async () => {
    const { graph } = await sourcesView();
    const response = await fetch(at('/explore/graph.json?around=Loukachenko&depth=1'));
    const payload = (await response.json()) as ExplorerGraph;
    expect(payload.around).toBe('person:alexander-lukashenko');
    const keys = payload.nodes.map((n) => n.key).sort();
    expect(keys).toEqual([payload.around, ...graph.neighbors(payload.around ?? '')].sort());
    expect(payload.total).toEqual({ nodes: graph.order, edges: graph.size });
  });

  it('sends the most connected entities of a graph past its limit, and neighbourhoods on demand', async () => {
    const small = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view: await sourcesView(),
      explorerMaxNodes: 20,
    });
    try {
      const whole = (await (
        await fetch(new URL('/explore/graph.json', small.url))
      ).json()) as ExplorerGraph;
      const { graph } = await sourcesView();
      expect(whole).toMatchObject({ tooLarge: true, maxNodes: 20 });
      expect(whole.total).toEqual({ nodes: graph.order, edges: graph.size });
      expect(whole.nodes).toHaveLength(20);
      const least = Math.min(...whole.nodes.map((n) => graph.degree(n.key)));
      const left = graph.filterNodes((key) => !whole.nodes.some((n) => n.key === key));
      expect(left.every((key) => graph.degree(key) <= least)).toBe(true);
      const around = new URL('/explore/graph.json?around=lukashenko', small.url);
      const part = (await (await fetch(around)).json()) as ExplorerGraph;
      expect(part.tooLarge).toBe(false);
      expect(part.nodes.length).toBeGreaterThan(1);
    } finally {
      await small.close();
    }
  });

  it('sends the most connected neighbours of a hub past the cap, and says how many it found', async () => {
    const view = await sourcesView();
    const capped = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      void handleWebRoute(req, res, url, view, { graphqlPath: '/graphql', maxNeighbourhood: 5 });
    });
    await new Promise<void>((resolve) => capped.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = capped.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/explore/graph.json?around=Lukashenko`);
      const payload = (await response.json()) as ExplorerGraph;
      const centre = 'person:alexander-lukashenko';
      const neighbours = view.graph.neighbors(centre);
      expect(neighbours.length).toBeGreaterThan(4);
      expect(payload.neighbourhood).toEqual({ found: neighbours.length + 1, shown: 5 });
      const keys = payload.nodes.map((n) => n.key);
      expect(keys).toHaveLength(5);
      expect(keys).toContain(centre);
      const degrees = neighbours.map((n) => view.graph.degree(n)).sort((a, b) => b - a);
      const kept = keys.filter((k) => k !== centre).map((k) => view.graph.degree(k));
      expect(Math.min(...kept)).toBe(degrees[3]);
      expect(payload.nodes.some((n) => n.x !== 0 || n.y !== 0)).toBe(true);
    } finally {
      await new Promise((resolve) => capped.close(resolve));
    }
  });

  it.each([
    ['?around=Nobody%20At%20All', 'BAD_USER_INPUT'],
    ['?around=Lukashenko&depth=9', 'BAD_USER_INPUT'],
  ])('refuses /explore/graph.json%s with %s', async (query, code) => {
    const response = await fetch(at(`/explore/graph.json${query}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code } }] });
  });

  it('answers 503 with a code while the graph loads', async () => {
    const loading = await startApiServer({ port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(new URL('/explore/graph.json', loading.url));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
    } finally {
      await loading.close();
    }
  });
});

describe('links to the pages', () => {
  it('links GET / to the IDE and the explorer', async () => {
    const page = await (await fetch(at('/'))).text();
    expect(page).toContain('href="/graphiql"');
    expect(page).toContain('href="/explore"');
  });

  it('links the Sandbox landing page, even offline, to the IDE and the explorer', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    const fallback = /<div class="fallback">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(fallback).toContain('href="/graphiql"');
    expect(fallback).toContain('href="/explore"');
  });

  it('turns GraphiQL off in production, like the Sandbox, and keeps the explorer', async () => {
    const production = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view: await sourcesView(),
      production: true,
    });
    try {
      const ide = await fetch(new URL('/graphiql', production.url));
      expect(ide.status).toBe(404);
      expect(await ide.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect((await fetch(new URL('/explore', production.url))).status).toBe(200);
    } finally {
      await production.close();
    }
  });
});
