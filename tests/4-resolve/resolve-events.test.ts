import { graphOf } from '../helpers.js';

const eventsOf = (text: string, publishedAt?: string) => {
  const graph = graphOf(`Dépêche\n\n${text}`, publishedAt);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => {
      const a = graph.getNodeAttributes(k);
      return { format: a.format, start: a.start, aliases: a.aliases };
    });
};

it('corefers a bare "la réunion" with the restricted meeting it repeats', () => {
  const events = eventsOf(
    'La réunion restreinte des chefs d’État s’est tenue le 16 septembre à Samarcande. ' +
      'Dans le cadre de la réunion, les chefs d’État ont discuté.',
    '2022-09-16',
  );
  expect(events).toHaveLength(1);
  expect(events[0]?.format).toBe('RESTRICTED_TALKS');
  expect(events[0]?.aliases).toContain('la réunion');
});

it('keeps "la précédente réunion" apart from the meeting of the day', () => {
  const events = eventsOf(
    'La réunion au Kremlin a eu lieu le 19 décembre. La précédente réunion du Conseil en 2021 ' +
      'avait adopté un programme. La réunion a duré trois heures.',
    '2024-12-19',
  );
  const kremlin = events.find((e) => e.aliases.includes('La réunion au Kremlin'));
  const previous = events.find((e) => e.aliases.includes('La précédente réunion'));
  expect(previous?.start).toBe('2021');
  expect(kremlin?.aliases).toContain('La réunion');
  expect(previous?.aliases).not.toContain('La réunion');
});

it('dates a reported visit by the report’s own date line', () => {
  const events = eventsOf(
    '07.06.2023\nVisite de travail du Premier ministre arménien en Fédération de Russie.',
    undefined,
  );
  expect(events).toContainEqual(expect.objectContaining({ format: 'VISIT', start: '2023-06-07' }));
});

it('does not date a war by the report', () => {
  const events = eventsOf('07.06.2023\nIl a évoqué la Grande Guerre patriotique à Moscou.');
  expect(events.find((e) => e.format === 'WAR')?.start).toBeUndefined();
});

it.each([
  ['Le président a rencontré son homologue à Astana le 1er novembre.', 'a rencontré son homologue'],
  [
    'Les présidents se sont entretenus par téléphone le 30 août.',
    'se sont entretenus par téléphone',
  ],
])('names a verb event with its auxiliary: "%s"', (text, alias) => {
  expect(eventsOf(text).flatMap((e) => e.aliases)).toContain(alias);
});

it('gives a verb event no alias of the name before it', () => {
  const aliases = eventsOf('Kim a rencontré Vladimir Poutine le 13 septembre.').flatMap(
    (e) => e.aliases,
  );
  expect(aliases.some((a) => a.startsWith('Kim'))).toBe(false);
});

describe('a bare definite sitting after the one gathering', () => {
  it.each([
    ['The CIS summit was held in Dushanbe on 9 October. Emomali Rahmon hosted the meeting.'],
    [
      'Le sommet de la CEI s’est tenu à Douchanbé le 9 octobre. Emomali Rahmon a présidé la réunion.',
    ],
    [
      'The SCO forum opened in Astana on 9 October. Speaking at the session, Ivan Petrov called for unity.',
    ],
  ])('is that gathering: "%s"', (text) => {
    expect(eventsOf(text, '2025-10-09').map((e) => e.format)).toEqual([
      expect.stringMatching(/^(SUMMIT|FORUM)$/u),
    ]);
  });

  it.each([
    // an indefinite meeting, a meeting with its own complement, two gatherings
    ['The CIS summit was held in Dushanbe on 9 October. Rahmon later held a meeting.'],
    [
      'The CIS summit was held in Dushanbe on 9 October. Rahmon hosted the meeting with Ivan Petrov.',
    ],
    [
      'The CIS summit was held in Dushanbe on 9 October, after the SCO forum in Astana. Rahmon hosted the meeting.',
    ],
  ])('is an event of its own otherwise: "%s"', (text) => {
    expect(eventsOf(text, '2025-10-09').length).toBeGreaterThan(1);
  });
});

describe('an announced event', () => {
  it.each([
    ['Vladimir Putin will attend the CSTO summit in Minsk.'],
    ['Vladimir Poutine participera au sommet de l’OTSC à Minsk.'],
    ['Le sommet de l’OTSC se tiendra à Minsk.'],
    ['They discussed the upcoming CSTO summit in Minsk.'],
    ['Ils ont évoqué le prochain sommet de l’OTSC à Minsk.'],
  ])('takes no date from the report’s day: "%s"', (text) => {
    expect(eventsOf(text, '2025-10-09').map((e) => e.start)).toEqual([undefined]);
  });

  it('is of the report’s day when told in the past', () => {
    expect(eventsOf('Vladimir Putin attended the CSTO summit in Minsk.', '2025-10-09')).toEqual([
      expect.objectContaining({ start: '2025-10-09' }),
    ]);
  });
});
