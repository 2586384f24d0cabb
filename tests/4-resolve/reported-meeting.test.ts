import {
  isHonorific,
  isRepeatedMeeting,
  isSpeakersOwnMeeting,
} from '../../src/3-recognise/reported-meeting.js';
import { graphOf } from '../helpers.js';

const eventsOf = (text: string, publishedAt = '2023-03-03') => {
  const graph = graphOf(`Dépêche\n\n${text}`, publishedAt);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttributes(k))
    .map((a) => ({ format: a.format, start: a.start, aliases: a.aliases }));
};
const rencontre = (aliases: readonly string[]) => aliases.filter((a) => /rencontr|met/u.test(a));

it.each([
  ['Mr', true],
  ['Mr.', true],
  ['M.', true],
  ['Mme', true],
  ['Dr', true],
  ['Mrs', true],
  ['Minsk', false],
  ['Mirziyoyev', false],
  ['Sommet', false],
])('"%s" is an honorific: %s', (word, expected) => {
  expect(isHonorific(word)).toBe(expected);
});

it.each([
  ['J’ai rencontré', true],
  ['Je l’ai rencontré', true],
  ['nous avons déjà rencontré', true],
  ['I have met with', true],
  ['We met with', true],
  ['Le président a rencontré', false],
  ['Le ministre Ivanov a rencontré', false],
  ['The president met with', false],
  // "Nicolas II" is no "I"
  ['Le tsar Nicolas II rencontré', false],
])('"%s" tells the speaker’s own meeting: %s', (text, expected) => {
  const verb = /rencontré|met with/u.exec(text);
  expect(isSpeakersOwnMeeting(text, verb?.index ?? 0)).toBe(expected);
});

it.each([
  [' M. Dubois à plusieurs reprises et il est sincère', true],
  [' him many times over the years', true],
  [' son homologue à Astana le 4 juillet', false],
  [' le ministre. Il a rencontré à plusieurs reprises', false],
])('"%s" after the verb tells several meetings: %s', (after, expected) => {
  expect(isRepeatedMeeting(after, 0)).toBe(expected);
});

it('keeps a speaker’s past meeting with "Mr." out of the present meeting', () => {
  const events = eventsOf(
    'La réunion du Conseil des ministres s’est tenue le 3 mars à Minsk. Le président a déclaré : ' +
      '« J’ai rencontré Mr. Okonkwo à plusieurs reprises, c’était un homme aimable. »',
  );
  const meeting = events.find((e) => e.start === '2023-03-03');
  expect(meeting).toBeDefined();
  expect(rencontre(meeting?.aliases ?? [])).toEqual([]);
  expect(events.filter((e) => rencontre(e.aliases).length > 0)).toEqual([]);
});

it('keeps "I have met with Mrs." out of the summit of the day (English)', () => {
  const events = eventsOf(
    'The summit was held on 5 May in Astana. "I have met with Mrs. Halvorsen before," the ' +
      'president said. The summit adopted a declaration.',
    '2023-05-05',
  );
  expect(events.flatMap((e) => rencontre(e.aliases))).toEqual([]);
});

it('gives a dated past meeting of the speaker its own event', () => {
  const events = eventsOf(
    'La réunion du Conseil des ministres s’est tenue le 3 mars à Minsk. Le président a déclaré : ' +
      '« J’ai rencontré le président Xi Jinping à Pékin en 2019. »',
  );
  const today = events.find((e) => e.start === '2023-03-03');
  expect(rencontre(today?.aliases ?? [])).toEqual([]);
  expect(events.find((e) => e.start === '2019')?.format).toBe('MEETING');
});

it('still reads a reported "a rencontré" as the meeting the news tells', () => {
  const events = eventsOf(
    'Le président Kassym-Jomart Tokaïev a rencontré son homologue ouzbek Chavkat Mirzioïev le ' +
      '3 mars à Astana.',
  );
  expect(events.some((e) => e.format === 'MEETING' && rencontre(e.aliases).length > 0)).toBe(true);
});
