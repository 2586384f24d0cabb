// A known Arabic name inside a longer one ("… bin Salman bin Abdulaziz") is the longer name's
// father, not the known person: snippets written for these tests.

import { graphOf, namesOf } from '../helpers.js';

it.each([
  [
    'a king’s name as the father of a prince',
    'Le roi a reçu le prince Faisal bin Salman bin Abdulaziz.',
    'Salman bin Abdulaziz Al Saud',
  ],
  [
    'an emir’s name as the father of a minister',
    'The minister, Sheikh Khalid bin Tamim bin Hamad, arrived in Doha.',
    'Tamim bin Hamad Al Thani',
  ],
])('%s', (_, text, known) => {
  expect(namesOf(graphOf(text), 'Person')).not.toContain(known);
});

it('still reads the known person named alone', () => {
  const graph = graphOf('L’émir Tamim ben Hamad Al Thani a accueilli les invités à Doha.');
  expect(namesOf(graph, 'Person')).toEqual(['Tamim bin Hamad Al Thani']);
});
