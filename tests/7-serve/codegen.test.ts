import { execFileSync } from 'node:child_process';

it('the resolver types are generated from the current schema.graphql', () => {
  // exits non-zero, failing the test, when src/7-serve/generated is stale
  expect(() =>
    execFileSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});
