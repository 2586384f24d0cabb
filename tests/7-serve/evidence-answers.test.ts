// Every event's evidence can be asked for at once: no piece has an offset the API must refuse
// (a negative start failed the whole answer with "Value is not a non-negative number").

import { dataOf, sourcesApi } from './fixture.js';

interface Answer {
  events: { nodes: { id: string; evidence: { quote: string; start: number }[] }[] };
}

it('answers the evidence of thirty events, each piece inside its text', async () => {
  const api = await sourcesApi();
  const data = await dataOf<Answer>(
    api,
    '{ events(first: 30) { nodes { id evidence(first: 12) { quote start } } } }',
  );
  const pieces = data.events.nodes.flatMap((n) => n.evidence);
  expect(pieces.length).toBeGreaterThan(30);
  for (const piece of pieces) {
    expect(piece.start).toBeGreaterThanOrEqual(0);
    expect(piece.quote.length).toBeGreaterThan(0);
  }
});

it("cites a digest's pages by their own addresses", async () => {
  const api = await sourcesApi();
  const data = await dataOf<{ events: { nodes: { name: string; evidence: { url: string }[] }[] } }>(
    api,
    '{ events(first: 30) { nodes { name evidence(first: 3) { url } } } }',
  );
  const urlsOf = (name: string) =>
    new Set(
      data.events.nodes
        .filter((n) => n.name.startsWith(name))
        .flatMap((n) => n.evidence.map((e) => e.url)),
    );
  expect(urlsOf('Restricted talks')).toContain(
    'http://en.kremlin.ru/events/president/transcripts/74106',
  );
  expect(urlsOf('Expanded talks')).toContain(
    'http://en.kremlin.ru/events/president/transcripts/74107',
  );
});
