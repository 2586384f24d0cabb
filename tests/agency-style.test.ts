// Two agency-style texts written for the test (a minister's working visit; a state visit with
// restricted and expanded talks and delegates per side): what an ordinary French dispatch must
// give, beyond the layout of the bundled documents.

import { readFileSync } from 'node:fs';
import { edgesOf, graphOf, namesOf } from './helpers.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/agency/${name}`, 'utf8');

describe("a minister's working visit", () => {
  const graph = graphOf(fixture('visit.txt'), '2025-03-12');

  it('finds both ministers, not in the lexicon, under their English names', () => {
    expect(namesOf(graph, 'Person')).toEqual(
      expect.arrayContaining(['Nurbek Asanaliyev', 'Maxim Sidorenok']),
    );
  });

  it('makes the visitor attend the visit, with his role and country', () => {
    expect(edgesOf(graph, 'ATTENDED')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Nurbek Asanaliyev -> .*Visit/)]),
    );
  });
});

describe('a state visit with delegates per side', () => {
  const graph = graphOf(fixture('state-visit.txt'), '2024-11-05');

  it('finds the host president and the ministers of both sides', () => {
    expect(namesOf(graph, 'Person')).toEqual(
      expect.arrayContaining([
        'Serdar Berdimuhamedov',
        'Rashid Meredov',
        'Almassadam Satkaliyev',
        'Kassym-Jomart Tokayev',
      ]),
    );
  });

  it('gives each listed minister the side the text names', () => {
    expect(edgesOf(graph, 'REPRESENTS')).toEqual(
      expect.arrayContaining([
        'Almassadam Satkaliyev -> Kazakhstan',
        'Rashid Meredov -> Turkmenistan',
      ]),
    );
    const delegations = graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, 'props').delegation}`);
    expect(delegations).toEqual(
      expect.arrayContaining([
        'person:murat-nurtleu place:kazakhstan',
        'person:rashid-meredov place:turkmenistan',
      ]),
    );
  });
});
