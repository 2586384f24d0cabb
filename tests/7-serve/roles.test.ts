// Asking by role (English role words, folded, singular or plural) and reaching ministries and
// governments from the people who serve in them, over the bundled sources.

import type { OfflineApi } from '../../src/7-serve/run-query.js';
import { roleWords } from '../../src/7-serve/roles.js';
import { dataOf, sourcesApi } from './fixture.js';

let api: OfflineApi;
beforeAll(async () => {
  api = await sourcesApi();
});
afterAll(() => api.stop());

it.each([
  ['Ministers of Foreign Affairs', ['minister', 'foreign', 'affair']],
  ['AMBASSADORS', ['ambassador']],
  ['the deputy prime ministers', ['deputy', 'prime', 'minister']],
  ['Presidential Press Secretary', ['presidential', 'press', 'secretary']],
  ['secretaries', ['secretary']],
])('%s -> %j', (text, words) => {
  expect(roleWords(text)).toEqual(words);
});

const peopleWithRole = async (role: string) =>
  (
    await dataOf<{ people: { nodes: { name: string }[] } }>(
      api,
      'query ($role: String) { people(role: $role, first: 100) { nodes { name } } }',
      { role },
    )
  ).people.nodes.map((p) => p.name);

describe('people(role:)', () => {
  it('finds the ambassadors', async () => {
    expect(await peopleWithRole('ambassador')).toEqual(
      expect.arrayContaining(['Boris Gryzlov', 'Dmitry Krutoi']),
    );
  });

  it.each(['ministers of foreign affairs', 'Minister of Foreign Affairs', 'foreign minister'])(
    '"%s" finds both foreign ministers and no other minister',
    async (role) => {
      const names = await peopleWithRole(role);
      expect(names).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergei Aleinik']));
      expect(names).not.toContain('Andrei Belousov');
    },
  );

  it('finds nobody for a role nobody holds', async () => {
    expect(await peopleWithRole('astronaut')).toEqual([]);
  });
});

describe('search by role', () => {
  const search = async (args: string) =>
    (await dataOf<{ search: { name: string }[] }>(api, `{ search(${args}) { name } }`)).search.map(
      (e) => e.name,
    );

  it('finds the holders of a role named in the text', async () => {
    expect(await search('text: "ambassador", first: 20')).toEqual(
      expect.arrayContaining(['Boris Gryzlov', 'Dmitry Krutoi']),
    );
  });

  it('keeps only the holders of the role asked for', async () => {
    expect(await search('text: "Sergei", role: "minister of foreign affairs"')).toEqual(
      expect.arrayContaining(['Sergei Lavrov']),
    );
    expect(await search('text: "Putin", role: "ambassador"')).toEqual([]);
  });
});

describe('ministries and governments', () => {
  type Org = {
    people: { name: string }[];
    staff: { person: { name: string }; role: string | null; relation: { type: string } }[];
  };
  const organisation = async (name: string) =>
    (
      await dataOf<{ entity: Org | null }>(
        api,
        'query ($id: ID!) { entity(id: $id) { ... on Organisation { people { name } staff { person { name } role relation { type } } } } }',
        { id: name },
      )
    ).entity;

  it('reaches the ministry from its minister, with the role that says so', async () => {
    const ministry = await organisation('org:ministry-of-foreign-affairs-of-russia');
    expect(ministry?.people.map((p) => p.name)).toEqual(['Sergei Lavrov']);
    expect(ministry?.staff).toEqual([
      {
        person: { name: 'Sergei Lavrov' },
        role: 'Minister of Foreign Affairs',
        relation: { type: 'HOLDS_ROLE' },
      },
    ]);
  });

  it("reaches the government from its country's ministers, not from its president", async () => {
    const names = (await organisation('org:government-of-russia'))?.people.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Sergei Lavrov', 'Andrei Belousov', 'Alexander Novak']),
    );
    expect(names).not.toContain('Vladimir Putin');
    expect(names).not.toContain('Sergei Aleinik');
  });

  it('lists the ministry among the minister’s organisations and filters people by it', async () => {
    const data = await dataOf<{
      entity: { organisations: { id: string }[] };
      people: { nodes: { name: string }[] };
    }>(
      api,
      '{ entity(id: "person:sergei-lavrov") { ... on Person { organisations { id } } } people(organisation: "org:ministry-of-foreign-affairs-of-russia") { nodes { name } } }',
    );
    expect(data.entity.organisations.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'org:ministry-of-foreign-affairs-of-russia',
        'org:government-of-russia',
      ]),
    );
    expect(data.people.nodes.map((p) => p.name)).toEqual(['Sergei Lavrov']);
  });
});
