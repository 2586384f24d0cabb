import { edgesOf, graphOf } from '../helpers.js';

const graph = (text: string) => graphOf(`Dépêche\n\n${text}`, '2024-10-12');

it.each([
  [
    'La réunion des ministres des Affaires étrangères de la CEI s’est tenue à Minsk. ' +
      'En marge de la réunion, Sergueï Lavrov a rencontré Ararat Mirzoyan.',
  ],
  [
    'The meeting of the CIS foreign ministers took place in Minsk. ' +
      'On the sidelines of the meeting, Sergei Lavrov met with Ararat Mirzoyan.',
  ],
])(
  'a meeting told by a verb beside the ministers’ meeting is an event of its own: "%s"',
  (text) => {
    const g = graph(text);
    const attended = edgesOf(g, 'ATTENDED').filter((e) => e.startsWith('Sergei Lavrov'));
    expect(attended).toHaveLength(1);
    expect(edgesOf(g, 'PART_OF')).toContainEqual(expect.stringMatching(/^Meeting.* -> Meeting/u));
  },
);

it('still reads "la rencontre" after the ministers’ meeting as that meeting', () => {
  const g = graph(
    'La réunion des ministres de la Défense de la CEI se tiendra à Moscou. ' +
      'Le ministre biélorusse de la Défense Viktor Khrenine participera à la rencontre.',
  );
  expect(g.filterNodes((_, a) => a.type === 'Event')).toHaveLength(1);
});

it('keeps one event when the verb is told before the gathering of no body', () => {
  const g = graph(
    'Sergueï Lavrov a rencontré Ararat Mirzoyan à Minsk. Les deux ministres ont évoqué la rencontre.',
  );
  expect(g.filterNodes((_, a) => a.type === 'Event')).toHaveLength(1);
});

it('does not put the ministers’ meeting, plenary included, inside a side meeting', () => {
  const g = graph(
    'La réunion des ministres des Affaires étrangères des BRICS s’est ouverte à Kazan. ' +
      'La séance plénière a duré trois heures. ' +
      'En marge de la réunion, Sergueï Lavrov a rencontré Hakan Fidan.',
  );
  const parts = edgesOf(g, 'PART_OF');
  expect(parts).toContainEqual(expect.stringMatching(/^Meeting, .* -> Meeting in Kazan/u));
  expect(parts).not.toContainEqual(expect.stringMatching(/^Meeting in Kazan.* -> /u));
});

it('keeps a dated report’s verb meeting apart from the ministers’ meeting of that day', () => {
  const g = graph(
    'Le 20 février, la réunion des ministres des Affaires étrangères du G20 s’est ouverte. ' +
      'Le ministre russe Sergueï Lavrov a aussi rencontré le ministre chinois des ' +
      'Affaires étrangères Wang Yi.',
  );
  expect(g.filterNodes((_, a) => a.type === 'Event')).toHaveLength(2);
});
