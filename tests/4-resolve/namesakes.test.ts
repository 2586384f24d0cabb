// A known surname with another given name is a namesake, not the known person; a variant
// spelling of the known given name is the known person.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'a head of government who shares the president’s surname',
    'Le président Sadyr Japarov a reçu le Premier ministre Nurlan Japarov.',
    ['Nurlan Japarov', 'Sadyr Japarov'],
  ],
  [
    'a mayor who shares the minister’s surname',
    'Andreï Lavrov, maire de la ville, a accueilli les invités.',
    ['Andrei Lavrov'],
  ],
  [
    'the bare surname after the namesake named in full',
    'Le Premier ministre kirghize Nurlan Japarov est arrivé. Japarov a souligné les liens.',
    ['Nurlan Japarov'],
  ],
  [
    'both named in full, the bare surname stays with the known one',
    'Sadyr Japarov a reçu Nurlan Japarov. Japarov a souligné.',
    ['Nurlan Japarov', 'Sadyr Japarov'],
  ],
  [
    'another spelling of the known given name',
    '« Rien », a déclaré Yury Ushakov, le conseiller du président russe. Ushakov a ajouté.',
    ['Yuri Ushakov'],
  ],
  [
    'a spelling of a hyphenated given name',
    'Le président Kasym-Jomart Tokayev a reçu le ministre. Tokayev a souligné.',
    ['Kassym-Jomart Tokayev'],
  ],
  [
    'the surname alone',
    'Le président Poutine a reçu le ministre. Poutine a dit.',
    ['Vladimir Putin'],
  ],
])('reads %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it('keeps the surface of a variant spelling among the known person’s aliases', () => {
  const graph = graphOf('« Rien », a déclaré Yury Ushakov, le conseiller du président russe.');
  const key = graph.findNode((_, a) => a.name === 'Yuri Ushakov');
  expect(graph.getNodeAttribute(key, 'aliases')).toContain('Yury Ushakov');
});
