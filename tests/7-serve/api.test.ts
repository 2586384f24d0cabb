// The API's behaviour through executeOperation: search folding, lists, pagination, walks, errors.

import type { OfflineApi } from '../../src/7-serve/run-query.js';
import { dataOf, sourcesApi } from './fixture.js';

let api: OfflineApi;
beforeAll(async () => {
  api = await sourcesApi();
});
afterAll(() => api.stop());

const firstHit = async (text: string, types = '') =>
  (
    await dataOf<{ search: { id: string }[] }>(
      api,
      `query ($text: String!) { search(text: $text${types}, first: 1) { id } }`,
      { text },
    )
  ).search[0]?.id;

describe('search', () => {
  it.each(['lukashenko', 'Loukachenko', 'LUKASHENKO', 'Alexandre Loukachenko', 'lukashenk'])(
    '%s finds Lukashenko',
    async (text) => {
      expect(await firstHit(text)).toBe('person:alexander-lukashenko');
    },
  );

  it.each(['SCO', 'OCS', 'Shanghai', 'shanghai cooperation organization'])(
    '%s finds the SCO',
    async (text) => {
      expect(await firstHit(text)).toBe('org:sco');
    },
  );

  it('finds events by the English label of their format', async () => {
    expect(await firstHit('restricted talks')).toMatch(/^event:.*restricted-talks$/);
  });

  it('names landmarks in English and finds them from the French words too', async () => {
    expect(await firstHit('Victory Monument', ', types: [Place]')).toBe('place:victory-monument');
    expect(await firstHit('monument de la victoire', ', types: [Place]')).toBe(
      'place:victory-monument',
    );
  });

  it('restricts by type and finds nothing for nonsense', async () => {
    expect(await firstHit('Minsk', ', types: [Person]')).toBeUndefined();
    expect(await firstHit('zzqx')).toBeUndefined();
  });
});

describe('lists', () => {
  it('pages through people with cursors, without gaps or repeats', async () => {
    type Page = {
      people: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const query =
      'query ($after: String) { people(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const data: Page = await dataOf<Page>(api, query, { after });
      total = data.people.totalCount;
      seen.push(...data.people.nodes.map((n) => n.id));
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters events by participant, place and dates, in chronological order', async () => {
    const data = await dataOf<{ events: { nodes: { start: string }[] } }>(
      api,
      '{ events(participant: "Putin", place: "Minsk", from: "2024-05-24", to: "2024-05-24") { nodes { start } } }',
    );
    const starts = data.events.nodes.map((e) => e.start);
    expect(starts.length).toBeGreaterThanOrEqual(4);
    expect(starts).toEqual([...starts].sort());
    expect(starts.every((s) => s.startsWith('2024-05-24'))).toBe(true);
  });

  it('gives sub-events their parent', async () => {
    const data = await dataOf<{ events: { nodes: { parent: { format: string } | null }[] } }>(
      api,
      '{ events(format: RESTRICTED_TALKS) { nodes { parent { ... on Event { format } } } } }',
    );
    expect(data.events.nodes[0]?.parent?.format).toBe('TALKS');
  });

  it('lists the people of a country', async () => {
    const data = await dataOf<{ people: { nodes: { name: string }[] } }>(
      api,
      '{ people(country: "Belarus", first: 100) { nodes { name } } }',
    );
    expect(data.people.nodes.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Alexander Lukashenko', 'Sergei Aleinik']),
    );
  });
});

describe('relations and evidence', () => {
  it('exposes roles, memberships and evidence with documents', async () => {
    const data = await dataOf<{
      entity: {
        roles: { title: string; of: { name: string } | null }[];
        attended: {
          evidence: { quote: string; start: number; end: number; document: { url: string } }[];
        }[];
      };
    }>(
      api,
      '{ entity(id: "Lavrov") { ... on Person { roles { title of { name } } attended { evidence { quote start end document { url } } } } } }',
    );
    expect(data.entity.roles).toContainEqual({
      title: 'Minister of Foreign Affairs',
      of: { name: 'Russia' },
    });
    const evidence = data.entity.attended.flatMap((a) => a.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.end - e.start).toBe(e.quote.length);
      expect(e.document.url).toMatch(/^https?:\/\//);
    }
  });

  it('finds a path and returns each step with its evidence', async () => {
    const data = await dataOf<{
      path: { length: number; entities: { id: string }[]; relations: { evidence: unknown[] }[] };
    }>(
      api,
      '{ path(from: "Belousov", to: "SCO") { length entities { id } relations { evidence { quote } } } }',
    );
    expect(data.path.entities[0]?.id).toBe('person:andrei-belousov');
    expect(data.path.entities.at(-1)?.id).toBe('org:sco');
    expect(data.path.relations).toHaveLength(data.path.length);
    expect(data.path.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it('returns null when no path is short enough', async () => {
    const data = await dataOf(
      api,
      '{ path(from: "Belousov", to: "SCO", maxLength: 1) { length } }',
    );
    expect(data.path).toBeNull();
  });

  it('keeps only the asked types in a neighbourhood, and its relations inside it', async () => {
    const data = await dataOf<{
      neighbourhood: {
        entities: { id: string; type: string }[];
        relations: { source: { id: string }; target: { id: string } }[];
      };
    }>(
      api,
      '{ neighbourhood(id: "Lukashenko", depth: 2, types: [Person]) { entities { id type } relations { source { id } target { id } } } }',
    );
    const ids = new Set(data.neighbourhood.entities.map((e) => e.id));
    expect(data.neighbourhood.entities.every((e) => e.type === 'Person')).toBe(true);
    expect(ids.has('person:sergei-lavrov')).toBe(true);
    for (const r of data.neighbourhood.relations) {
      expect(ids.has(r.source.id) && ids.has(r.target.id)).toBe(true);
    }
  });
});

describe('errors', () => {
  const codeOf = async (query: string) => (await api.run(query)).errors?.[0]?.extensions?.code;

  it('NOT_FOUND for an unknown entity in an argument', async () => {
    expect(await codeOf('{ path(from: "zzqx", to: "SCO") { length } }')).toBe('NOT_FOUND');
    expect(await codeOf('{ events(place: "zzqx") { totalCount } }')).toBe('NOT_FOUND');
  });

  it('null, not an error, for entity() that matches nothing', async () => {
    expect(await dataOf(api, '{ entity(id: "zzqx") { id } }')).toEqual({ entity: null });
  });

  it('BAD_USER_INPUT for out-of-range arguments and unknown cursors', async () => {
    expect(await codeOf('{ path(from: "Putin", to: "SCO", maxLength: 50) { length } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf('{ people(after: "bm9ib2R5") { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ search(text: "x", first: 0) { id } }')).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed date, as a literal or as a variable', async () => {
    expect(await codeOf('{ events(from: "24 mai") { totalCount } }')).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const result = await api.run('query ($from: Date) { events(from: $from) { totalCount } }', {
      from: '24 mai',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
