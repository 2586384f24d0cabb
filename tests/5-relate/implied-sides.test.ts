import { summariseGraph } from '../../src/6-graph/summarise-graph.js';
import { articleOf } from '../helpers.js';

/** "person [delegation]" per ATTENDED edge, and the delegations that name no node. */
function sides(text: string): { attendance: string[]; dangling: string[]; quotes: string[] } {
  const graph = articleOf(text);
  const edges = graph.filterEdges((_, a) => a.type === 'ATTENDED');
  const side = (e: string) => graph.getEdgeAttribute(e, 'props').delegation;
  const attendance = edges
    .map((e) => `${graph.getNodeAttribute(graph.source(e), 'name')} [${side(e) ?? '-'}]`)
    .sort();
  const dangling = edges.map(side).filter((s): s is string => s !== undefined && !graph.hasNode(s));
  const quotes = graph.hasNode('place:russia')
    ? graph.getNodeAttribute('place:russia', 'evidenceCount') > 0
      ? ['russia quoted']
      : ['russia unquoted']
    : [];
  return { attendance, dangling, quotes };
}

describe('a delegation always names a node of the graph', () => {
  it.each([
    [
      'a call whose text never names the caller’s country: no side from the lexicon alone',
      'Vladimir Poutine a eu un entretien téléphonique avec le président arménien Nikol Pachinian.',
      ['Nikol Pashinyan [place:armenia]', 'Vladimir Putin [-]'],
      [],
    ],
    [
      'a side named by its capital: its entity, quoted at the call',
      'Vladimir Poutine a eu depuis Moscou un entretien téléphonique avec le président arménien Nikol Pachinian.',
      ['Nikol Pashinyan [place:armenia]', 'Vladimir Putin [place:russia]'],
      ['russia quoted'],
    ],
    [
      'the same call once the country is named',
      'Le président russe Vladimir Poutine a eu un entretien téléphonique avec le président arménien Nikol Pachinian.',
      ['Nikol Pashinyan [place:armenia]', 'Vladimir Putin [place:russia]'],
      ['russia quoted'],
    ],
  ])('%s', (_, text, expected, quotes) => {
    const found = sides(text);
    expect(found.attendance).toEqual(expected);
    expect(found.dangling).toEqual([]);
    expect(found.quotes).toEqual(quotes);
  });

  it('takes no side from a region that lies in the country', () => {
    const text =
      'Vladimir Poutine a eu un entretien téléphonique avec le président de la Republika Srpska Milorad Dodik.';
    expect(sides(text).dangling).toEqual([]);
    expect(articleOf(text).hasNode('place:bosnia-and-herzegovina')).toBe(false);
  });

  it('summarises such a graph', () => {
    const graph = articleOf('Vladimir Poutine a eu un entretien téléphonique avec Ilham Aliev.');
    expect(summariseGraph(graph)).toMatch(/Vladimir Putin \(President of Russia\)/u);
  });
});
