// Facts of the bundled graph an analyst checks first (issue 13): a parent event spans its dated
// parts, meetings of a body are found from the organisation, aliases are names.

import { dataOf, sourcesApi, sourcesView } from './fixture.js';

it('dates the visit by its parts', async () => {
  const api = await sourcesApi();
  const data = await dataOf<{ entity: { start: string; end: string; parts: unknown[] } }>(
    api,
    '{ entity(id: "event:belarus-visit") { ... on Event { start end parts { id } } } }',
  );
  expect(data.entity).toMatchObject({ start: '2024-05-23', end: '2024-05-24' });
  expect(data.entity.parts.length).toBeGreaterThan(1);
});

it('finds the meetings of the Supreme State Council from the Union State', async () => {
  const api = await sourcesApi();
  const data = await dataOf<{
    events: { nodes: { name: string; organisation: { id: string } | null }[] };
  }>(api, '{ events(organisation: "org:union-state") { nodes { name organisation { id } } } }');
  const meetings = data.events.nodes.filter((n) => n.name.startsWith('Meeting of Supreme State'));
  expect(meetings.length).toBeGreaterThan(0);
  for (const m of meetings) expect(m.organisation?.id).toBe('org:supreme-state-council');
});

it('keeps no alias that starts with a preposition', async () => {
  const { graph } = await sourcesView();
  const aliases = graph.mapNodes((_, a) => a.aliases).flat();
  expect(aliases.length).toBeGreaterThan(100);
  expect(aliases.filter((a) => /^(du|des|de la|de l[’']|d[’']|au|aux) ?/u.test(a))).toEqual([]);
});

it('does not date the war by the year its monument was built', async () => {
  const { graph } = await sourcesView();
  const wars = graph.filterNodes((_, a) => a.type === 'Event' && a.format === 'WAR');
  expect(wars.length).toBeGreaterThan(0);
  for (const war of wars) expect(graph.getNodeAttribute(war, 'start')).not.toBe('1954');
});

it('gives no role twice in one ("President and President")', async () => {
  const { graph } = await sourcesView();
  const doubled = graph
    .mapEdges((_, a) => a.props.role)
    .filter((role): role is string => role !== undefined && /^(.+) and \1$/u.test(role));
  expect(doubled).toEqual([]);
});

it('places the forum of three cities in the city its name gives', async () => {
  const api = await sourcesApi();
  const data = await dataOf<{ events: { nodes: { name: string; place: { name: string } }[] } }>(
    api,
    '{ events(format: FORUM) { nodes { name place { name } } } }',
  );
  const forum = data.events.nodes.find((n) => n.name.startsWith('Forum in Vitebsk'));
  expect(forum?.place.name).toBe('Vitebsk');
});

it('links the Astana summit to the SCO ("le sommet de cette organisation")', async () => {
  const api = await sourcesApi();
  const data = await dataOf<{ events: { nodes: { name: string }[] } }>(
    api,
    '{ events(organisation: "SCO") { nodes { name } } }',
  );
  expect(data.events.nodes.map((n) => n.name)).toEqual([
    expect.stringMatching(/^Summit of Shanghai Cooperation Organisation in Astana/u),
  ]);
});

it('gives the meeting of 29 January none of the talks’ "notre entretien" or "la réunion en cours"', async () => {
  const { graph } = await sourcesView();
  const council = graph.filterNodes(
    (_, a) => a.type === 'Event' && a.start === '2024-01-29' && a.format === 'MEETING',
  );
  expect(council.length).toBe(1);
  const aliases = graph.getNodeAttribute(council[0] as string, 'aliases');
  expect(
    aliases.filter((a) => /entretien|en cours|votre rencontre|grande réunion/u.test(a)),
  ).toEqual([]);
});

it('gives the meeting of 29 January no past meeting a speaker recalls ("j’ai rencontré Mr. …")', async () => {
  const { graph } = await sourcesView();
  const council = graph.filterNodes(
    (_, a) => a.type === 'Event' && a.start === '2024-01-29' && a.format === 'MEETING',
  );
  expect(council.length).toBe(1);
  const data = await dataOf<{ entity: { aliases: string[]; evidence: { quote: string }[] } }>(
    await sourcesApi(),
    `{ entity(id: "${council[0] as string}") { ... on Event { aliases evidence(first: 30) { quote } } } }`,
  );
  expect(data.entity.aliases.filter((a) => /rencontr|\bMr\b/u.test(a))).toEqual([]);
  expect(data.entity.evidence.filter((e) => /rencontré/u.test(e.quote))).toEqual([]);
});
