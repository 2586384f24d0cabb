// The lexicon's world leaders: well-formed rows, and what knowing them gives a snippet written
// for these tests (the country of a bare English title, a bare surname, namesakes kept apart).

import { findLexiconEntry, PEOPLE } from '../../src/lexicon/index.js';
import { edgesOf, graphOf, namesOf } from '../helpers.js';

describe('rows', () => {
  it('have unique ids and roles of known countries and organisations', () => {
    const ids = PEOPLE.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unknown = PEOPLE.flatMap((p) =>
      (p.roles ?? []).filter((r) => !findLexiconEntry(r.of)).map((r) => `${p.id}: ${r.of}`),
    );
    expect(unknown).toEqual([]);
  });

  it('never alias a Chinese or Korean leader by a bare family name', () => {
    const bare = PEOPLE.filter((p) => p.country === 'china' || p.country?.endsWith('korea'))
      .flatMap((p) => p.aliases)
      .filter((alias) => !/[\s-]/u.test(alias) && alias !== 'Xi');
    expect(bare).toEqual([]);
  });

  it('bound each term with dates in order', () => {
    const reversed = PEOPLE.flatMap((p) =>
      (p.roles ?? []).filter((r) => r.to && r.from && r.to < r.from).map(() => p.id),
    );
    expect(reversed).toEqual([]);
  });
});

describe('what the lexicon gives a snippet', () => {
  it.each([
    [
      'an English title without a country adjective',
      'On Monday, Foreign Minister Wang Yi met his counterpart in Beijing, China.',
      'Wang Yi -> China',
    ],
    [
      'a French title without the country',
      'Au Caire, le ministre des Affaires étrangères Badr Abdelatty a salué la coopération avec la Russie et l’Égypte.',
      'Badr Abdelatty -> Egypt',
    ],
    [
      'a US Secretary of State',
      'Secretary of State Marco Rubio said the United States would keep talking.',
      'Marco Rubio -> United States',
    ],
  ])('%s', (_, text, edge) => {
    expect(edgesOf(graphOf(text, '2025-03-01'), 'HOLDS_ROLE')).toContain(edge);
  });

  it('reads a bare surname of a known leader as that leader', () => {
    const graph = graphOf(
      'Araghchi a déclaré que l’Iran restait ouvert au dialogue.',
      '2025-02-01',
    );
    expect(namesOf(graph, 'Person')).toEqual(['Abbas Araghchi']);
  });

  it('keeps a namesake with another given name apart from the known leader', () => {
    const graph = graphOf(
      'Le directeur de la banque, Padmanabhan Raja Jaishankar, a rencontré le ministre S. Jaishankar à Delhi.',
      '2024-01-10',
    );
    expect(namesOf(graph, 'Person')).toHaveLength(2);
  });

  it('does not take a bare Chinese family name for a leader', () => {
    const graph = graphOf('M. Wang, un habitant de Pékin, a salué la décision.', '2024-01-10');
    expect(namesOf(graph, 'Person')).not.toContain('Wang Yi');
  });
});
