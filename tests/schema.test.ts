import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

it('builds schema.graphql without errors', () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  expect(schema.getQueryType()?.getFields()).toHaveProperty('search');
});
