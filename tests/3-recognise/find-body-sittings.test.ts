// A body's sitting told by a verb, on snippets written for these tests.

import { edgesOf, graphOf } from '../helpers.js';

const meetingsOf = (text: string) => {
  const graph = graphOf(`Dispatch\n\n${text}`, '2023-02-01');
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => `${graph.getNodeAttribute(k, 'format')} ${graph.getNodeAttribute(k, 'name')}`);
};

describe('a body that sits', () => {
  it.each([
    [
      'The Eurasian Intergovernmental Council met in Almaty on 3 February 2023.',
      'MEETING Meeting of Eurasian Intergovernmental Council in Almaty, 2023-02-03',
    ],
    [
      'Le Conseil intergouvernemental eurasiatique s’est réuni à Almaty le 3 février 2023.',
      'MEETING Meeting of Eurasian Intergovernmental Council in Almaty, 2023-02-03',
    ],
    [
      "Le Conseil intergouvernemental eurasiatique s'est réuni le 3 février 2023 à Almaty.",
      'MEETING Meeting of Eurasian Intergovernmental Council in Almaty, 2023-02-03',
    ],
  ])('%s', (text, expected) => {
    expect(meetingsOf(text)).toEqual([expected]);
  });

  it('gives the sitting the attendees the next sentence lists', () => {
    const graph = graphOf(
      'Dispatch\n\nThe Eurasian Intergovernmental Council met in Almaty on 3 February 2023. ' +
        'The meeting was attended by Russian Prime Minister Mikhail Mishustin.',
    );
    expect(edgesOf(graph, 'ATTENDED')).toEqual([
      'Mikhail Mishustin -> Meeting of Eurasian Intergovernmental Council in Almaty, 2023-02-03',
    ]);
  });

  it.each([
    // a state or an organisation as a whole does not sit; a format after the verb is the event
    ['Russia met its obligations on 3 February 2023.'],
    ['Le Conseil des chefs d’État de l’OCS se réunit en format restreint le 3 février 2023.'],
  ])('is no sitting of its own: "%s"', (text) => {
    expect(meetingsOf(text).filter((m) => m.startsWith('MEETING'))).toEqual([]);
  });
});
