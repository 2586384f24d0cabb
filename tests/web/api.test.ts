// The explorer's request for its graph: while the server lays the graph out in its worker (503
// LAYOUT_PENDING with Retry-After) the page says so and asks again; other errors are thrown.

import { fetchGraph } from '../../web/explore/api.js';

const pending = () =>
  new Response(
    JSON.stringify({
      errors: [{ message: 'laying out 4779 entities', extensions: { code: 'LAYOUT_PENDING' } }],
    }),
    { status: 503, headers: { 'retry-after': '3' } },
  );
const graph = { total: { nodes: 1, edges: 0 }, nodes: [], edges: [] };

describe('fetchGraph', () => {
  it('asks again after Retry-After while the layout is pending, and tells the page', async () => {
    const answers = [pending(), pending(), new Response(JSON.stringify(graph))];
    const messages: string[] = [];
    const slept: number[] = [];
    const payload = await fetchGraph('/explore/graph.json', undefined, {
      fetch: () => Promise.resolve(answers.shift() as Response),
      sleep: (seconds) => (slept.push(seconds), Promise.resolve()),
      onPending: (message) => messages.push(message),
    });
    expect(payload).toEqual(graph);
    expect(messages).toEqual(['laying out 4779 entities', 'laying out 4779 entities']);
    expect(slept).toEqual([3, 3]);
  });

  it('throws the server message of any other error', async () => {
    const refused = new Response(
      JSON.stringify({ errors: [{ message: 'around: no entity', extensions: { code: 'X' } }] }),
      { status: 400 },
    );
    await expect(
      fetchGraph('/explore/graph.json', 'Nobody', { fetch: () => Promise.resolve(refused) }),
    ).rejects.toThrow(/no entity/);
  });
});
