// The cost model: about how many fields a query resolves, lists counted by their first (literal,
// variable or default), pages counted once, lists without first as ten items.

import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { SCHEMA_FILE } from '../../src/7-serve/create-server.js';
import { estimateQueryCost } from '../../src/7-serve/query-cost.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  return estimateQueryCost({ schema, operation, fragments, variables });
}

it.each([
  ['{ stats { entities } }', 2],
  // a page of 100: the connection and its nodes counted once per item
  ['{ people(first: 100) { totalCount nodes { name } } }', 100 * (1 + 1 + 2)],
  // the default first (20) of the schema
  ['{ people { nodes { name } } }', 20 * (1 + 2)],
  // a list without first counts ten items
  ['{ events(first: 1) { nodes { attendees { role } } } }', 1 * (1 + 1 + 10 * 2)],
  ['{ search(text: "x", first: 3) { name } }', 3 * 2],
  ['{ __typename stats { __typename } }', 1],
])('%s costs %d', (query, cost) => {
  expect(costOf(query)).toBe(cost);
});

it('reads first from variables and their defaults', () => {
  const query = 'query ($n: Int = 7) { people(first: $n) { nodes { name } } }';
  expect(costOf(query, { n: 50 })).toBe(50 * 3);
  expect(costOf(query)).toBe(7 * 3);
});

it('counts fragments and inline fragments on the type they name', () => {
  const query =
    '{ entity(id: "x") { ...P ... on Event { attendees { role } } } } fragment P on Person { roles { title } }';
  expect(costOf(query)).toBe(1 + 10 * 2 + 10 * 2);
});
