import { summariseGraph } from '../../src/6-graph/summarise-graph.js';
import { articleOf } from '../helpers.js';

/** "person [delegation]" for each ATTENDED edge, and whether every delegation is a node. */
function sides(text: string): { attendance: string[]; dangling: string[] } {
  const graph = articleOf(text);
  const edges = graph.filterEdges((_, a) => a.type === 'ATTENDED');
  const attendance = edges
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      return `${name} [${graph.getEdgeAttribute(e, 'props').delegation ?? '-'}]`;
    })
    .sort();
  const dangling = edges
    .map((e) => graph.getEdgeAttribute(e, 'props').delegation)
    .filter((side): side is string => side !== undefined && !graph.hasNode(side));
  return { attendance, dangling };
}

describe('a delegation is a side the document names', () => {
  it.each([
    [
      'a phone call whose text never names the caller’s country',
      'Vladimir Poutine a eu un entretien téléphonique avec le président arménien Nikol Pachinian.',
      ['Nikol Pashinyan [place:armenia]', 'Vladimir Putin [-]'],
    ],
    [
      'the same call once the country is named keeps both sides',
      'Le président russe Vladimir Poutine a eu un entretien téléphonique avec le président arménien Nikol Pachinian.',
      ['Nikol Pashinyan [place:armenia]', 'Vladimir Putin [place:russia]'],
    ],
  ])('%s', (_, text, expected) => {
    const { attendance, dangling } = sides(text);
    expect(attendance).toEqual(expected);
    expect(dangling).toEqual([]);
  });

  it('summarises such a graph without looking up a missing node', () => {
    const graph = articleOf('Vladimir Poutine a eu un entretien téléphonique avec Ilham Aliev.');
    expect(summariseGraph(graph)).toMatch(/Vladimir Putin/u);
  });
});
