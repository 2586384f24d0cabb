import { graphOf } from '../helpers.js';

// a snippet's first line is its title: the sentences under test come below one
const article = (text: string) => graphOf(`Diplomatie\n${text}`);

/** "person -> event format" for each ATTENDED edge. */
function attendance(text: string): string[] {
  const graph = article(text);
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      return `${name} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`;
    })
    .sort();
}

describe('signers attend the signing of what they signed', () => {
  it.each([
    [
      'two leaders who "ont signé vendredi au Kremlin un accord"',
      'Le président russe Vladimir Poutine et son homologue kazakh Kassym-Jomart Tokaïev ont signé vendredi 17 janvier 2025 au Kremlin un accord de partenariat stratégique.',
      ['Kassym-Jomart Tokayev -> TREATY', 'Vladimir Putin -> TREATY'],
    ],
    [
      'an English "signed a treaty"',
      'Vladimir Putin and Kassym-Jomart Tokayev signed the Treaty on Comprehensive Strategic Partnership in Moscow on 17 January 2025.',
      ['Kassym-Jomart Tokayev -> TREATY', 'Vladimir Putin -> TREATY'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(attendance(text).filter((a) => a.endsWith('TREATY'))).toEqual(expected);
  });

  it.each([
    [
      'a treaty signed long ago, named as another occurrence',
      'Vladimir Poutine a rappelé le traité signé en 2001 entre la Russie et la Chine.',
    ],
    [
      'a treaty named before the verb, by someone who only cites it',
      'Le traité de 2001, Vladimir Poutine l’a cité hier.',
    ],
  ])('makes no signer of %s', (_, text) => {
    expect(attendance(text).filter((a) => a.endsWith('TREATY'))).toEqual([]);
  });
});
