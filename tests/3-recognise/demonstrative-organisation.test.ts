// "le sommet de cette organisation": the organisation named just before.

import { graphOf } from '../helpers.js';

const organisationOfEvents = (text: string) => {
  const graph = graphOf(`Diplomatie\n${text}`);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((e) => graph.getNodeAttribute(e, 'organisation'));
};

it.each([
  [
    'a French demonstrative',
    "La Syldavie a rejoint l'OTSC l'an dernier. Le prochain sommet de cette organisation se tiendra à Astana en juillet 2025.",
    ['org:csto'],
  ],
  [
    'an English one',
    'Estonia praised the SCO. The next summit of this organisation will be held in Astana in July 2025.',
    ['org:sco'],
  ],
  [
    'no demonstrative: no organisation',
    "La Syldavie a rejoint l'OTSC l'an dernier. Un sommet se tiendra à Astana en juillet 2025.",
    [undefined],
  ],
])('%s', (_, text, expected) => {
  expect(organisationOfEvents(text)).toEqual(expected);
});
