// Every question of tests/fixtures/gold answered by one GraphQL operation, in English names,
// against the graph of sources/; answers are mapped to gold ids by the eval's own alignment.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormattedExecutionResult } from 'graphql';
import { parseGold } from '../../src/eval/gold.js';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { alignGoldDocument } from '../../src/eval/score.js';
import type { OfflineApi } from '../../src/7-serve/run-query.js';
import { dataOf, sourcesApi, sourcesView } from './fixture.js';

interface Id {
  id: string;
}
type Answer = (api: OfflineApi) => Promise<string[]>;

const ids = (items: readonly Id[]) => items.map((i) => i.id);

async function attendeesOf(api: OfflineApi, filter: string, delegation?: string) {
  const data = await dataOf<{ events: { nodes: { attendees: { person: Id }[] }[] } }>(
    api,
    `query ($delegation: ID) { events(${filter}) { nodes { attendees(delegation: $delegation) { person { id } } } } }`,
    { delegation },
  );
  return data.events.nodes.flatMap((e) => e.attendees.map((a) => a.person.id));
}

async function idOf(api: OfflineApi, name: string): Promise<string> {
  const data = await dataOf<{ entity: Id }>(api, 'query ($id: ID!) { entity(id: $id) { id } }', {
    id: name,
  });
  return data.entity.id;
}

async function without(api: OfflineApi, answer: string[], name: string) {
  const excluded = await idOf(api, name);
  return answer.filter((id) => id !== excluded);
}

/** The event of a format whose start is given (possibly without a year). */
async function eventOn(api: OfflineApi, format: string, start: string, fields: string) {
  const data = await dataOf<{ events: { nodes: ({ start: string } & Record<string, unknown>)[] } }>(
    api,
    `{ events(format: ${format}) { nodes { start ${fields} } } }`,
  );
  const event = data.events.nodes.find((e) => e.start === start);
  if (!event) throw new Error(`no ${format} on ${start}`);
  return event;
}

const ANSWERS: Record<string, Answer> = {
  'Who attended the restricted-format talks?': (api) =>
    attendeesOf(api, 'format: RESTRICTED_TALKS'),
  'Which members of the Belarusian delegation, besides President Lukashenko, attended the restricted-format talks?':
    async (api) =>
      without(api, await attendeesOf(api, 'format: RESTRICTED_TALKS', 'Belarus'), 'Lukashenko'),
  'Which Russian officials other than Putin are named as present at the expanded-format talks?':
    async (api) =>
      without(api, await attendeesOf(api, 'format: EXPANDED_TALKS', 'Russia'), 'Putin'),
  'Which journalists asked questions at the press conference after the talks?': async (api) => {
    const data = await dataOf<{
      events: { nodes: { speakers: { person: Id; role: string | null }[] }[] };
    }>(
      api,
      '{ events(format: PRESS_CONFERENCE, from: "2024-05-24", to: "2024-05-24") { nodes { speakers { person { id } role } } } }',
    );
    return data.events.nodes.flatMap((e) =>
      e.speakers.filter((s) => s.role === 'journalist').map((s) => s.person.id),
    );
  },
  'Which organisation is Belarus expected to join as its 10th member state?': async (api) => {
    const data = await dataOf<{ entity: { memberships: { organisation: Id }[] } }>(
      api,
      '{ entity(id: "Belarus") { ... on Place { memberships(status: JOINING) { organisation { id } } } } }',
    );
    return data.entity.memberships.map((m) => m.organisation.id);
  },
  'Where will the XI Forum of Regions of Belarus and Russia be held?': async (api) => {
    const data = await dataOf<{ events: { nodes: { places: Id[] }[] } }>(
      api,
      '{ events(format: FORUM, text: "Forum of Regions") { nodes { places { id } } } }',
    );
    return data.events.nodes.flatMap((e) => ids(e.places));
  },
  'Who were the architects of the Victory Monument in Minsk?': async (api) => {
    const data = await dataOf<{ entity: { relations: { source: Id; role: string | null }[] } }>(
      api,
      '{ entity(id: "Victory Monument") { relations(types: [HOLDS_ROLE], direction: IN) { source { id } role } } }',
    );
    return data.entity.relations.filter((r) => r.role === 'Architect').map((r) => r.source.id);
  },
  'Whom did Putin congratulate in Moscow on 24 May 2024?': async (api) =>
    without(
      api,
      await attendeesOf(
        api,
        'place: "Moscow", participant: "Putin", from: "2024-05-24", to: "2024-05-24"',
      ),
      'Putin',
    ),
  'Who spoke at the joint press conference after the 19 December meeting?': async (api) => {
    const event = await eventOn(api, 'PRESS_CONFERENCE', '--12-19', 'speakers { person { id } }');
    return (event.speakers as { person: Id }[]).map((s) => s.person.id);
  },
  'Where did the 19 December meeting between Putin and Lukashenko take place?': async (api) => {
    const event = await eventOn(api, 'MEETING', '--12-19', 'place { id }');
    return event.place ? [(event.place as Id).id] : [];
  },
  'Cooperation within which security organisation did Putin say was discussed?': async (api) => {
    const data = await dataOf<{ search: Id[] }>(
      api,
      '{ search(text: "security organisation", types: [Organisation], first: 1) { id } }',
    );
    return ids(data.search);
  },
  'Who attended the meeting at the Kremlin?': (api) => attendeesOf(api, 'place: "Kremlin"'),
  'Where was the Putin–Lukashenko meeting held?': async (api) => {
    const data = await dataOf<{ events: { nodes: { places: Id[] }[] } }>(
      api,
      '{ events(format: MEETING, participant: "Lukashenko", place: "Moscow") { nodes { places { id } } } }',
    );
    return data.events.nodes.flatMap((e) => ids(e.places));
  },
  'Which earlier meeting approved the 28 priority integration sectors?': async (api) => {
    const data = await dataOf<{ events: { nodes: Id[] } }>(
      api,
      '{ events(text: "Supreme State Council", to: "2023-12-31") { nodes { id } } }',
    );
    return ids(data.events.nodes);
  },
};

const GOLD_DIR = 'tests/fixtures/gold';
const GOLD = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => parseGold(readFileSync(join(GOLD_DIR, f), 'utf8'), f));
const QUESTIONS = GOLD.flatMap((gold) =>
  gold.questions.map(({ question, answer }) => ({ gold, question, answer })),
);

/** The same operations sent to a started server over HTTP. */
function httpApi(server: ApiServer): OfflineApi {
  return {
    async run(query, variables) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as FormattedExecutionResult;
    },
    stop: () => server.close(),
  };
}

describe('gold questions', () => {
  let offline: OfflineApi;
  let overHttp: OfflineApi;
  beforeAll(async () => {
    offline = await sourcesApi();
    overHttp = httpApi(
      await startApiServer({ port: 0, host: '127.0.0.1', view: await sourcesView() }),
    );
  });
  afterAll(() => Promise.all([offline.stop(), overHttp.stop()]));

  it('has an operation for every question', () => {
    expect(QUESTIONS.map((q) => q.question).filter((q) => !ANSWERS[q])).toEqual([]);
  });

  QUESTIONS.forEach(({ gold, question, answer }, i) => {
    // every third question goes over real HTTP, the others through executeOperation
    const http = i % 3 === 0;
    it(`${gold.doc}${http ? ' (HTTP)' : ''}: ${question}`, async () => {
      const answered = ANSWERS[question];
      if (!answered) throw new Error('no operation for this question');
      const toGold = alignGoldDocument((await sourcesView()).graph, gold);
      const predicted = (await answered(http ? overHttp : offline)).map(
        (key) => toGold.get(key) ?? key,
      );
      expect([...new Set(predicted)].sort()).toEqual([...answer].sort());
    });
  });
});
