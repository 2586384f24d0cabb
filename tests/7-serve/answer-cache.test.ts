// Answers kept per graph view: the same bytes as an answer computed afresh, never kept for errors
// or mutations, never served from another view, and bounded by the characters they hold.

import { AnswerCache, answersOf, DEFAULT_ANSWER_CACHE } from '../../src/7-serve/answer-cache.js';
import { apiOptionsFromEnv } from '../../src/7-serve/create-server.js';
import { createGraphView, type GraphView } from '../../src/7-serve/graph-view.js';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { sourcesView } from './fixture.js';

const QUERIES = [
  '{ events(format: RESTRICTED_TALKS) { nodes { name start attendees { person { name } delegation { name } role } } } }',
  '{ events(first: 5) { totalCount pageInfo { endCursor hasNextPage } nodes { id name place { name } parts { name } } } }',
  '{ search(text: "loukachenko") { id name } }',
  '{ path(from: "Lavrov", to: "OCS", maxLength: 4) { length relations { type evidence(first: 1) { quote url start end rule } } } }',
  '{ people(first: 7) { nodes { name country { name } roles { title of { name } } attended { event { name } role } metWith { name } } } }',
  '{ organisations { nodes { name members { country { name } status } people { name } events { name } } } }',
  '{ places(first: 10) { nodes { name locatedIn { name } country { name } contains { name } events { name } people { name } } } }',
  '{ neighbourhood(id: "person:vladimir-putin", depth: 2) { entities { id } relations { id type } } }',
  '{ stats { entities relations documents entitiesByType { type count } relationsByType { type count } } }',
];

/** A view of its own over the fixture's graph: a cache of its own. */
async function freshView(builtAt?: Date): Promise<GraphView> {
  return createGraphView((await sourcesView()).graph, builtAt);
}

async function ask(server: ApiServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describe('AnswerCache', () => {
  const answer = (body: string) => ({ status: 200, headers: [], body });

  it('lets the least recently used answers go past its size', () => {
    const cache = new AnswerCache({ maxChars: 25, maxAnswerChars: 25 });
    cache.set('a', answer('x'.repeat(9)));
    cache.set('b', answer('x'.repeat(9)));
    cache.get('a');
    cache.set('c', answer('x'.repeat(9)));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('keeps no answer over the size of one, and counts a replaced answer once', () => {
    const cache = new AnswerCache({ maxChars: 100, maxAnswerChars: 10 });
    cache.set('big', answer('x'.repeat(11)));
    expect(cache.get('big')).toBeUndefined();
    for (let i = 0; i < 50; i += 1) cache.set('k', answer('x'.repeat(10)));
    cache.set('l', answer('x'.repeat(10)));
    expect(cache.size).toBe(2);
  });
});

describe('PROTOKOL_ANSWER_CACHE_MB', () => {
  it('sizes the cache in millions of characters, turns it off at 0 and refuses a non-number', () => {
    expect(apiOptionsFromEnv({ PROTOKOL_ANSWER_CACHE_MB: '8' }).answerCache).toEqual({
      maxChars: 8_000_000,
    });
    expect(apiOptionsFromEnv({ PROTOKOL_ANSWER_CACHE_MB: '0' }).answerCache).toBe(false);
    expect(apiOptionsFromEnv({}).answerCache).toBeUndefined();
    expect(() => apiOptionsFromEnv({ PROTOKOL_ANSWER_CACHE_MB: 'lots' })).toThrow();
  });
});

describe('answers over HTTP with and without the cache', () => {
  let cached: ApiServer;
  let fresh: ApiServer;
  let view: GraphView;

  beforeAll(async () => {
    view = await freshView();
    cached = await startApiServer({ port: 0, host: '127.0.0.1', view });
    fresh = await startApiServer({ port: 0, host: '127.0.0.1', view, answerCache: false });
  });
  afterAll(async () => {
    await cached.close();
    await fresh.close();
  });

  it.each(QUERIES)('answers %s with the same bytes, kept or computed', async (query) => {
    const expected = await ask(fresh, query);
    expect(expected.status).toBe(200);
    expect(expected.body).not.toContain('"errors"');
    const first = await ask(cached, query);
    const again = await ask(cached, query);
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
  });

  it('keeps the answers of those queries, and none with errors', async () => {
    const cache = answersOf(view, DEFAULT_ANSWER_CACHE);
    const before = cache.size;
    const unknown = await ask(cached, '{ events(participant: "Nobody Atall") { totalCount } }');
    expect(unknown.body).toContain('"errors"');
    const invalid = await ask(cached, '{ nosuchfield }');
    expect(invalid.status).toBe(400);
    expect(cache.size).toBe(before);
    expect(before).toBeGreaterThanOrEqual(QUERIES.length);
  });

  it('answers in the media type each request accepts', async () => {
    const query = '{ stats { entities } }';
    const plain = await ask(cached, query);
    const typed = await ask(cached, query, { accept: 'application/graphql-response+json' });
    expect(plain.type).toMatch(/^application\/json/);
    expect(typed.type).toMatch(/^application\/graphql-response\+json/);
    expect(typed.body).toBe(plain.body);
  });
});

describe('answers of another view', () => {
  it('answers from the view swapped in, not from the previous one', async () => {
    const server = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view: await freshView(new Date('2026-01-01T00:00:00Z')),
    });
    try {
      const query = '{ stats { builtAt } }';
      expect((await ask(server, query)).body).toContain('2026-01-01');
      expect((await ask(server, query)).body).toContain('2026-01-01');
      server.setView(await freshView(new Date('2026-02-02T00:00:00Z')));
      expect((await ask(server, query)).body).toContain('2026-02-02');
    } finally {
      await server.close();
    }
  });

  it('keeps no answer of a mutation', async () => {
    const view = await freshView();
    const document = { id: 'd', title: 't', file: 'f.txt', language: 'fr' };
    const server = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view,
      token: 'secret',
      ingest: async () => ({
        result: { document, file: 'f.txt', mentioned: 0, addedEntities: [], addedRelations: [] },
        view,
      }),
    });
    try {
      const mutation =
        'mutation { ingestDocument(input: { title: "Un titre", text: "Un texte." }) { file } }';
      const headers = { authorization: 'Bearer secret' };
      const answer = await ask(server, mutation, headers);
      expect(answer.body).toBe('{"data":{"ingestDocument":{"file":"f.txt"}}}\n');
      expect(answersOf(view, DEFAULT_ANSWER_CACHE).size).toBe(0);
    } finally {
      await server.close();
    }
  });
});
