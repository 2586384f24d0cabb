// What a request may spend as it runs: fields counted at their real size, the answer's
// characters, time, and the length of every string argument; each refusal alone, with its code.

import { MAX_ARGUMENT_LENGTH } from '../../src/7-serve/argument-limits.js';
import type { RunLimits } from '../../src/7-serve/create-server.js';
import { sourcesApi } from './fixture.js';

async function refusalOf(runLimits: Partial<RunLimits>, query: string) {
  const api = await sourcesApi({ runLimits });
  try {
    return await api.run(query);
  } finally {
    await api.stop();
  }
}

const ATTENDEES = '{ events(first: 100) { nodes { name attendees { role person { name } } } } }';

describe('the execution budget', () => {
  it('refuses a query that resolves more fields than the limit, counting every list item', async () => {
    const result = await refusalOf({ maxFields: 40 }, ATTENDEES);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('answers the same query under the default limits', async () => {
    const result = await refusalOf({}, ATTENDEES);
    expect(result.errors).toBeUndefined();
  });

  it('refuses an answer of more characters than the limit', async () => {
    const result = await refusalOf({ maxAnswerChars: 50 }, '{ documents { title } }');
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['ANSWER_TOO_LARGE']);
  });

  it('refuses a query that runs past the time limit', async () => {
    const result = await refusalOf({ timeLimitMs: 0 }, ATTENDEES);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST_TIMEOUT']);
  });
});

describe('argument lengths', () => {
  const tooLong = 'x'.repeat(MAX_ARGUMENT_LENGTH + 1);

  it.each([
    ['search text', `{ search(text: "${tooLong}") { name } }`, 'text'],
    ['an ID', `{ entity(id: "${tooLong}") { name } }`, 'id'],
    ['a filter', `{ people(role: "${tooLong}") { totalCount } }`, 'role'],
    ['an ID filter', `{ events(place: "${tooLong}") { totalCount } }`, 'place'],
  ])('refuses %s over the limit with BAD_USER_INPUT', async (_, query, argumentName) => {
    const result = await refusalOf({}, query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('takes arguments at the limit', async () => {
    const result = await refusalOf(
      {},
      `{ search(text: "${'x'.repeat(MAX_ARGUMENT_LENGTH)}") { name } }`,
    );
    expect(result.errors).toBeUndefined();
  });
});
