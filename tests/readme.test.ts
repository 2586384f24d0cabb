// Every GraphQL example of README.md runs against the bundled sources without errors and finds
// something, so the README cannot rot.

import { readFileSync } from 'node:fs';
import type { OfflineApi } from '../src/7-serve/run-query.js';
import { sourcesApi } from './7-serve/fixture.js';

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
