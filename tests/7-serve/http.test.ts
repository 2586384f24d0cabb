// The API over real HTTP on an ephemeral port: conformance, limits, CSRF, CORS, health.

import { auditServer } from 'graphql-http';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { sourcesView } from './fixture.js';

let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer({ port: 0, host: '127.0.0.1', view: await sourcesView() });
});
afterAll(() => server.close());

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

async function postQuery(query: string, variables?: Record<string, unknown>) {
  const response = await post(JSON.stringify({ query, variables }));
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

async function stillServes() {
  const { status, body } = await postQuery('{ search(text: "lukashenko") { name } }');
  expect(status).toBe(200);
  expect(body.data).toEqual({ search: [{ name: 'Alexander Lukashenko' }] });
}

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audits without errors', async () => {
    const results = await auditServer({ url: server.url });
    const errors = results.filter((r) => r.status === 'error');
    expect(errors.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  it('answers who attended the restricted talks', async () => {
    const { status, body } = await postQuery(
      '{ events(format: RESTRICTED_TALKS) { nodes { name start attendees { person { name } delegation { name } role } } } }',
    );
    expect(status).toBe(200);
    const events = (body.data?.events as { nodes: { attendees: { person: { name: string } }[] }[] })
      .nodes;
    expect(events).toHaveLength(1);
    const names = events[0]?.attendees.map((a) => a.person.name) ?? [];
    expect(names).toHaveLength(11);
    expect(names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Alexander Lukashenko']));
  });

  it('finds the organisation by its English, French and Russian-style names', async () => {
    const { body } = await postQuery(
      '{ a: search(text: "SCO") { id } b: search(text: "OCS") { id } c: search(text: "Shanghai") { id } }',
    );
    // "Shanghai" also finds the SCO's summit, after the organisation itself
    expect(body.data).toEqual({
      a: [{ id: 'org:sco' }],
      b: [{ id: 'org:sco' }],
      c: [{ id: 'org:sco' }, { id: expect.stringMatching(/^event:.*shanghai-cooperation/u) }],
    });
  });

  it('reports health with what was loaded', async () => {
    const response = await fetch(new URL('/health', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', documents: 3 });
  });

  it('serves a self-contained home page at / saying where the API, the IDE and the exports are', async () => {
    const response = await fetch(new URL('/', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toMatch(/knowledge graph/i);
    expect(page).toContain('href="/graphql"');
    for (const file of [
      'graph.gexf',
      'graph.graphml',
      'graph.json',
      'nodes.csv',
      'relationships.csv',
    ])
      expect(page).toContain(`href="/export/${file}"`);
    expect(page).toContain('href="/health"');
    expect(page).toMatch(/3 documents/);
    // nothing fetched from elsewhere: no script, no stylesheet or image from a CDN
    expect(page).not.toMatch(/<script|<link|<img|src=|https?:\/\//i);
  });

  it('answers 404 elsewhere', async () => {
    const response = await fetch(new URL('/nothing', server.url));
    expect(response.status).toBe(404);
  });
});

describe('abuse', () => {
  afterEach(stillServes);

  it('rejects a too-deep query', async () => {
    const deep =
      '{ events { nodes { parts { parts { parts { parts { parts { parts { parts { parts { parts { name } } } } } } } } } } } }';
    const { status, body } = await postQuery(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { entities }`).join(' ');
    const { status, body } = await postQuery(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects a costly query', async () => {
    const fields =
      'id name aliases subtype wikidata evidence { quote start end rule document { title } }';
    const query = `{ people(first: 100) { nodes { ${fields} relations { evidence { quote document { title url } } source { ${fields} } target { ${fields} } } } } }`;
    const { status, body } = await postQuery(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  // the shape: a hundred events with their attendees (graphql-armor's cost said 6968 > 5000)
  const HUNDRED_EVENTS =
    '{ events(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id name start end formatLabel place { name } attendees { role delegation { name } person { id name } } } } }';

  it('lists a hundred events with their attendees in one query', async () => {
    const { status, body } = await postQuery(HUNDRED_EVENTS);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const events = body.data?.events as { totalCount: number; nodes: unknown[] };
    expect(events.nodes).toHaveLength(Math.min(100, events.totalCount));
  });

  it('refuses a costly query with HTTP 400 and QUERY_TOO_COSTLY, saying the limit and how to page', async () => {
    const query = `query ($first: Int) { events(first: $first) { nodes { relations(first: 50) { evidence(first: 20) { quote } } } } }`;
    const { status, body } = await postQuery(query, { first: 100 });
    expect(status).toBe(400);
    const error = body.errors?.[0] as { message: string; extensions?: Record<string, unknown> };
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 20_000 });
    expect(error.extensions?.cost).toBeGreaterThan(20_000);
    expect(error.message).toMatch(/20,000/);
    expect(error.message).toMatch(/first/);
    expect(error.message).toMatch(/endCursor/);
    // the same query with a small page is fine
    expect((await postQuery(query, { first: 5 })).status).toBe(200);
  });

  it('rejects a huge first by its cost, and a first over the page size with BAD_USER_INPUT', async () => {
    const huge = await postQuery('{ people(first: 100000) { totalCount } }');
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const over = await postQuery('{ people(first: 101) { totalCount } }');
    expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.body.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await post('{"query": "{ stats { entities } ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.message).toMatch(/Malformed JSON/);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await postQuery('{ search(text: ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a token flood with 400, not 500', async () => {
    const { status, body } = await postQuery(`{ ${'stats { entities } '.repeat(1000)} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a mutation over GET', async () => {
    const url = new URL(server.url);
    url.searchParams.set(
      'query',
      'mutation { ingestDocument(input: { title: "t", text: "x" }) { file } }',
    );
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('refuses a cross-site simple POST without the CSRF header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('CORS', () => {
  it('lets the hosted Sandbox call the local server', async () => {
    const response = await fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://studio.apollographql.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
        'access-control-request-private-network': 'true',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'https://studio.apollographql.com',
    );
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('does not allow other sites', async () => {
    const response = await post('{"query":"{ stats { entities } }"}', {
      origin: 'https://evil.example',
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('landing page and loading', () => {
  it('serves the embedded Sandbox to browsers outside production', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('answers 503 until a graph is loaded, then 200', async () => {
    const loading = await startApiServer({ port: 0, host: '127.0.0.1' });
    try {
      const health = new URL('/health', loading.url);
      expect((await fetch(health)).status).toBe(503);
      loading.setView(await sourcesView());
      expect((await fetch(health)).status).toBe(200);
    } finally {
      await loading.close();
    }
  });
});

describe('production', () => {
  let production: ApiServer;
  beforeAll(async () => {
    production = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view: await sourcesView(),
      production: true,
    });
  });
  afterAll(() => production.close());

  const postTo = async (query: string) => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, text: await response.text() };
  };

  it('turns introspection off', async () => {
    const { status, text } = await postTo('{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(text).toMatch(/introspection/i);
  });

  it('leaks no stack traces', async () => {
    const { text } = await postTo(
      '{ entity(id: "nobody-at-all-xyz") { id } path(from: "a", to: "b") { length } }',
    );
    expect(text).toMatch(/NOT_FOUND/);
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('exports over HTTP', () => {
  it('streams the GEXF of a subgraph', async () => {
    const url = new URL('/export/graph.gexf?around=Lavrov&depth=1', server.url);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/gexf/);
    const text = await response.text();
    expect(text).toContain('label="Sergei Lavrov"');
    expect(text).not.toContain('label="Patriarch Kirill"');
  });

  it('serves the Neo4j CSV files', async () => {
    const response = await fetch(new URL('/export/relationships.csv?layout=false', server.url));
    expect(response.status).toBe(200);
    expect((await response.text()).startsWith(':START_ID,:END_ID,:TYPE')).toBe(true);
  });

  it('answers 400 to bad options and 404 to unknown files', async () => {
    const bad = await fetch(new URL('/export/graph.gexf?types=Spaceship', server.url));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/Spaceship/);
    expect((await fetch(new URL('/export/graph.pdf', server.url))).status).toBe(404);
    expect(
      (await fetch(new URL('/export/graph.gexf', server.url), { method: 'POST' })).status,
    ).toBe(405);
  });
});
