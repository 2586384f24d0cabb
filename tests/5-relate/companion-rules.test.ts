import { articleOf } from '../helpers.js';

/** "person -> event [delegation]" for each ATTENDED edge. */
function attendance(text: string): string[] {
  const graph = articleOf(text);
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      const format = graph.getNodeAttribute(graph.target(e), 'format');
      const side = graph.getEdgeAttribute(e, 'props').delegation ?? '-';
      return `${name} -> ${format} [${side}]`;
    })
    .sort();
}

describe('companions attend what their leader attends, on the leader’s side', () => {
  it.each([
    [
      'a passive "est accompagné par" list after a state visit',
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé à Moscou pour une visite d’État. Le président Tokaïev est accompagné par le ministre des Finances Ivan Petrov et le ministre de l’Énergie Oleg Sidorov.',
      [
        // arriving "pour une visite d’État", unwelcomed, is a step of the visit (arrival-rules.ts)
        'Ivan Petrov -> STATE_VISIT [place:kazakhstan]',
        // the arrival that starts the visit is no event of its own (3-recognise/arrival-means.ts)
        'Kassym-Jomart Tokayev -> STATE_VISIT [place:kazakhstan]',
        'Oleg Sidorov -> STATE_VISIT [place:kazakhstan]',
      ],
    ],
    [
      'English companions before "are accompanying ... on his trip"',
      'Finance Minister Ivan Petrov and Energy Minister Oleg Sidorov are accompanying Russian President Vladimir Putin on his visit to China.',
      [
        'Ivan Petrov -> VISIT [place:russia]',
        'Oleg Sidorov -> VISIT [place:russia]',
        'Vladimir Putin -> VISIT [place:russia]',
      ],
    ],
    [
      'a companion of another country, who keeps his own side',
      'Vladimir Poutine a participé au sommet de l’OTSC à Minsk. Le président Poutine était accompagné du président kirghiz Sadyr Japarov.',
      ['Sadyr Japarov -> SUMMIT [place:kyrgyzstan]', 'Vladimir Putin -> SUMMIT [-]'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(attendance(text)).toEqual(expected);
  });

  it.each([
    [
      'a leader who attends nothing the text names',
      'Le président Vladimir Poutine était accompagné du ministre des Finances Ivan Petrov.',
    ],
    [
      'a companion without a person (an adjective is no delegate)',
      'Le président Vladimir Poutine est accompagné de son épouse russe.',
    ],
  ])('makes no attendance from %s', (_, text) => {
    expect(attendance(text)).toEqual([]);
  });
});
