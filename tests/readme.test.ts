// Every GraphQL example of README.md runs against the bundled sources without errors and finds
// something, its figures are what `npm run eval` reads, and its list of edge types is the
// schema's, so the README cannot rot.

import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { SCHEMA_FILE } from '../src/7-serve/create-server.js';
import type { OfflineApi } from '../src/7-serve/run-query.js';
import { readGold } from '../src/eval/gold.js';
import { scoreGraph } from '../src/eval/score.js';
import { sourcesApi, sourcesView } from './7-serve/fixture.js';

const README = readFileSync('README.md', 'utf8');
const EXAMPLES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** Null or an empty list anywhere means the example shows nothing. */
function emptyPaths(value: unknown, path = 'data'): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((v, i) => emptyPaths(v, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => emptyPaths(v, `${path}.${k}`));
  }
  return [];
}

/** Fields that may legitimately be null for some items. */
const NULLABLE = /\.(parent|endCursor|url|role|delegation)$|\.place$/;

let api: OfflineApi;
beforeAll(async () => {
  api = await sourcesApi();
});
afterAll(() => api.stop());

it('has examples', () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
});

it.each(EXAMPLES.map((query, i) => [i + 1, query] as const))(
  'example %i runs',
  async (_, query) => {
    const result = await api.run(query);
    expect(result.errors).toBeUndefined();
    expect(emptyPaths(result.data).filter((p) => !NULLABLE.test(p))).toEqual([]);
  },
);

it('the attendees example returns the two presidents and nine officials with delegations', async () => {
  const result = await api.run(EXAMPLES[0] ?? '');
  const events = (
    result.data?.events as {
      nodes: { attendees: { person: { name: string }; delegation: { name: string } | null }[] }[];
    }
  ).nodes;
  const attendees = events.flatMap((e) => e.attendees);
  expect(attendees).toHaveLength(11);
  expect(attendees.every((a) => a.delegation !== null)).toBe(true);
  expect(attendees.map((a) => a.person.name)).toEqual(
    expect.arrayContaining(['Vladimir Putin', 'Alexander Lukashenko', 'Sergei Lavrov']),
  );
});

it("quotes the bundled sources' figures as npm run eval reads them", async () => {
  const { graph } = await sourcesView();
  const report = scoreGraph(graph, await readGold('tests/fixtures/gold'));
  const figure = (f1: number | undefined) => (f1 ?? 0).toFixed(3);
  const { entities, relations } = report;
  const reads = `entities F1 ${figure(entities.f1)} (Person ${figure(entities.byType.Person?.f1)}) and relations F1 ${figure(relations.f1)} (ATTENDED ${figure(relations.byType.ATTENDED?.f1)}, SPOKE_AT ${figure(relations.byType.SPOKE_AT?.f1)}, HOLDS_ROLE ${figure(relations.byType.HOLDS_ROLE?.f1)})`;
  const quoted =
    /entities F1 \S+ \(Person \S+\) and relations F1 \S+\s+\(ATTENDED \S+ SPOKE_AT \S+ HOLDS_ROLE [\d.]+\)/
      .exec(README)?.[0]
      .replace(/\s+/g, ' ');
  // on failure: copy the expected sentence into README.md's `npm run eval` paragraph
  expect(quoted).toBe(reads);
});

it('lists every edge type of the schema', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const types = (schema.getType('RelationType') as GraphQLEnumType).getValues().map((v) => v.name);
  const listed = /Edges carry `type`\s*\(([A-Z_,\s]+)\)/
    .exec(README)?.[1]
    ?.split(/[\s,]+/)
    .filter(Boolean);
  expect([...(listed ?? [])].sort()).toEqual([...types].sort());
});
