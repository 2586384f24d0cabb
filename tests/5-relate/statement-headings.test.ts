import { graphOf } from '../helpers.js';
import { isStatementHeading } from '../../src/5-relate/statement-headings.js';

describe('statement headings', () => {
  it.each([
    ['Déclarations aux médias de Vladimir Poutine et de Xi Jinping – 16 mai 2024', true],
    ['2°/Déclaration conjointe à la presse des deux présidents', true],
    ['Conférence de presse de Sergueï Lavrov à Astana', true],
    ['Press statements by the President of Russia and the President of China', true],
    ['Joint news conference with Alexander Lukashenko', true],
    // a heading about a meeting, a declaration signed, or a statement inside the sentence
    ['Entretien avec le chancelier allemand', false],
    ['Signature de la déclaration de Pékin – 16 mai 2024', false],
    ['Vladimir Poutine et Xi Jinping ont fait des déclarations à la presse', false],
  ])('%s -> %s', (heading, expected) => {
    expect(isStatementHeading(heading)).toBe(expected);
  });
});

describe('SPOKE_AT from a statement heading', () => {
  it('gives SPOKE_AT to the two people the heading names, not at the talks', () => {
    const text = [
      'Visite d’État de Vladimir Poutine en Chine',
      '',
      '1°/Entretiens de Vladimir Poutine et de Xi Jinping – 16 mai 2024 à 10h00 à Pékin',
      'Les deux dirigeants ont eu des entretiens au Palais du peuple.',
      '2°/Déclarations aux médias de Vladimir Poutine et de Xi Jinping – 16 mai 2024 à 12h15 à Pékin',
      'Les deux dirigeants ont résumé les résultats des pourparlers.',
    ].join('\n');
    const graph = graphOf(text);
    const spoke = graph
      .filterEdges((_, a) => a.type === 'SPOKE_AT')
      .map((e) => `${graph.getNodeAttribute(graph.source(e), 'name')} @ ${graph.target(e)}`);
    expect(spoke).toHaveLength(2);
    expect(spoke.every((s) => /12-15/u.test(s))).toBe(true);
  });
});
