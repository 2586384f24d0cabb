import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { resolvers } from '../../src/7-serve/resolvers/index.js';

it('the resolver types are generated from the current schema.graphql', () => {
  // exits non-zero, failing the test, when src/7-serve/generated is stale
  expect(() =>
    execFileSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});

// Entities and relations reach resolvers as graph keys, so every field of those types needs a
// resolver of its own: TypeScript cannot see a missing one.
it('resolves every field of the types that are passed around as keys', () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const keyed = [
    'Person',
    'Organisation',
    'Place',
    'Event',
    'Relation',
    'Attendance',
    'Role',
    'Membership',
  ];
  const missing = keyed.flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [`${typeName} is not an object type`];
    const own = (resolvers as Record<string, Record<string, unknown> | undefined>)[typeName] ?? {};
    return Object.keys(type.getFields())
      .filter((field) => typeof own[field] !== 'function')
      .map((field) => `${typeName}.${field}`);
  });
  expect(missing).toEqual([]);
});
