// The IDE's example is the README's query of the restricted talks' attendees with evidence
// (so tests/readme.test.ts runs it), and it answers with quotes.

import { readFileSync } from 'node:fs';
import { EXAMPLE_QUERY } from '../../src/7-serve/example-query.js';
import { dataOf, sourcesApi } from './fixture.js';

it('is one of the README examples', () => {
  expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`graphql\n${EXAMPLE_QUERY}\`\`\``);
});

it('answers the Belarusian attendees of the restricted talks with their evidence', async () => {
  const api = await sourcesApi();
  try {
    type Answer = {
      events: {
        nodes: { attendees: { person: { name: string }; evidence: { quote: string }[] }[] }[];
      };
    };
    const data = await dataOf<Answer>(api, EXAMPLE_QUERY);
    const attendees = data.events.nodes.flatMap((n) => n.attendees);
    expect(attendees.map((a) => a.person.name)).toContain('Alexander Lukashenko');
    expect(attendees.every((a) => a.evidence.length > 0)).toBe(true);
  } finally {
    await api.stop();
  }
});
