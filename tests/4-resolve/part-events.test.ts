import { makeDocument } from '../../src/1-read/read-documents.js';
import { isIntroducedPart } from '../../src/4-resolve/part-events.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';
import type { Language } from '../../src/types.js';

const graphOf = (text: string, language: Language = 'fr') =>
  buildGraphFromDocuments([
    makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-05-24', language }),
  ]);

const eventsOf = (text: string, language: Language = 'fr') => {
  const graph = graphOf(text, language);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttributes(k))
    .map((a) => ({ format: a.format, start: a.start }));
};

it.each([
  ['a débuté par une réunion restreinte', 'a débuté par une '.length, true],
  ['se sont poursuivies en format élargi', 'se sont poursuivies en '.length, true],
  ['continued in narrow format', 'continued in '.length, true],
  ['followed by delegation-level talks', 'followed by '.length, true],
  ['held one-on-one talks', 'held '.length, true],
  // the word qualifies another noun: no happening of its own
  ['continue their communication tete-a-tete', 'continue their communication '.length, false],
])('isIntroducedPart("%s") is %s', (text, start, expected) => {
  expect(isIntroducedPart(text, start)).toBe(expected);
});

it('makes the restricted and expanded sessions of a summit parts of it, on its day', () => {
  const events = eventsOf(
    'Le sommet de la Communauté des États indépendants s’est tenu à Douchanbé le 10 octobre. ' +
      'Le sommet a débuté par une réunion restreinte. Les consultations se sont poursuivies en ' +
      'format élargi avec la participation des délégations.',
  );
  expect(events).toEqual(
    expect.arrayContaining([
      { format: 'RESTRICTED_TALKS', start: '2024-10-10' },
      { format: 'EXPANDED_TALKS', start: '2024-10-10' },
    ]),
  );
});

it('reads an English report the same way', () => {
  const events = eventsOf(
    'The summit of the Commonwealth of Independent States was held in Bishkek on 13 October. ' +
      'The leaders first met in narrow format, then in expanded format.',
    'en',
  );
  expect(events.map((e) => e.format)).toEqual(
    expect.arrayContaining(['RESTRICTED_TALKS', 'EXPANDED_TALKS']),
  );
});

it('makes no part where the report has no event to be part of', () => {
  expect(eventsOf('Le format restreint convient mieux à ces questions.')).toEqual([]);
});

it('reads "the talks" then "the meeting" as one sitting, "a également rencontré" as another', () => {
  const formats = eventsOf(
    'Le président a proposé une feuille de route lors des entretiens avec son homologue le 12 ' +
      'décembre. La réunion a duré deux heures. Il a également rencontré le Premier ministre.',
  ).map((e) => e.format);
  expect(formats.filter((f) => f === 'TALKS')).toHaveLength(1);
  expect(formats.filter((f) => f === 'MEETING')).toHaveLength(1);
});
