import { makeDocument } from '../../src/1-read/read-documents.js';
import { gatheringFormat, mayBeOneGathering } from '../../src/4-resolve/gathering-coreference.js';
import { EVENT_FORMATS } from '../../src/lexicon/index.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';
import type { Language } from '../../src/types.js';

const eventsOf = (text: string, language: Language = 'fr') => {
  const graph = buildGraphFromDocuments([
    makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-05-24', language }),
  ]);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttributes(k))
    .map((a) => ({ format: a.format, aliases: a.aliases }));
};

const side = (
  format: 'MEETING' | 'SUMMIT' | 'VIDEOCONFERENCE' | 'CONFERENCE',
  head: string,
  namedFormat = false,
) => ({
  format,
  heads: new Set([head]),
  ofBody: format !== 'SUMMIT',
  beside: false,
  namedFormat,
});

it.each([
  [side('SUMMIT', 'sommet'), side('MEETING', 'reunion'), 'SUMMIT'],
  [side('MEETING', 'reunion'), side('VIDEOCONFERENCE', 'sommet'), 'VIDEOCONFERENCE'],
  [side('CONFERENCE', 'conference'), side('SUMMIT', 'summit'), 'SUMMIT'],
  // a meeting between people is no sitting of a body
  [side('SUMMIT', 'sommet'), side('MEETING', 'rencontre'), undefined],
  [side('MEETING', 'reunion'), side('MEETING', 'reunion'), undefined],
  // "le sommet de l’OCS" and "une réunion au format « OCS plus »": two sittings
  [side('SUMMIT', 'sommet'), side('MEETING', 'reunion', true), undefined],
  // "le sommet « Asie centrale + Chine »" and "la réunion au format « Asie centrale + Chine »"
  [side('SUMMIT', 'sommet', true), side('MEETING', 'reunion', true), 'SUMMIT'],
])('gatheringFormat(%o, %o) is %s', (a, b, expected) => {
  expect(gatheringFormat(a, b)).toBe(expected);
});

it.each([
  [
    'fr',
    'Une réunion des chefs d’État de l’Organisation du traité de sécurité collective s’est ' +
      'tenue à Minsk le 23 novembre. Le président a remercié les participants au sommet.',
    'SUMMIT',
  ],
  [
    'fr',
    'Le président a pris part à une réunion du Conseil des chefs d’État de la Communauté des ' +
      'États indépendants le 15 octobre. Le sommet en ligne a adopté une déclaration.',
    'VIDEOCONFERENCE',
  ],
  [
    'en',
    'A conference of the Eurasian Economic Union opened in Minsk on 12 May. The summit adopted a ' +
      'declaration.',
    'SUMMIT',
  ],
] as const)(
  '[%s] one gathering for the body’s meeting and the summit: "%s"',
  (lang, text, format) => {
    const events = eventsOf(text, lang);
    expect(events.filter((e) => e.format === 'SUMMIT' || e.format === 'MEETING')).toHaveLength(
      format === 'SUMMIT' ? 1 : 0,
    );
    expect(events.filter((e) => e.format === format)).toHaveLength(1);
  },
);

it('keeps a bilateral meeting on the sidelines apart from the summit', () => {
  const events = eventsOf(
    'Lors d’une réunion bilatérale en marge de la Conférence pour l’interaction et les mesures ' +
      'de confiance en Asie le 13 octobre, le président a parlé avec son homologue. Le sixième ' +
      'sommet de la Conférence a réuni vingt pays le 13 octobre.',
  );
  expect(events.map((e) => e.format)).toEqual(expect.arrayContaining(['MEETING', 'SUMMIT']));
});

it('keeps a meeting between two presidents apart from the summit of that day', () => {
  const events = eventsOf(
    'Le sommet de l’Organisation de coopération de Shanghai s’est tenu à Astana le 4 juillet. ' +
      'Le même jour, une rencontre avec le président kazakh a eu lieu le 4 juillet.',
  );
  expect(events.map((e) => e.format)).toEqual(expect.arrayContaining(['MEETING', 'SUMMIT']));
});

it.each([
  [
    'fr',
    'Le sommet de l’Organisation de coopération de Shanghai s’est tenu à Astana le 4 juillet. ' +
      'Le 4 juillet, une réunion au format « OCS plus » de l’Organisation de coopération de ' +
      'Shanghai a réuni les pays partenaires.',
  ],
  [
    'en',
    'The summit of the Shanghai Cooperation Organisation opened in Astana on 4 July. On 4 July, ' +
      'the SCO Plus meeting of the Shanghai Cooperation Organisation brought in partner states.',
  ],
] as const)(
  '[%s] keeps a meeting of another named format apart from the summit: "%s"',
  (lang, text) => {
    const events = eventsOf(text, lang);
    expect(events.map((e) => e.format)).toEqual(expect.arrayContaining(['MEETING', 'SUMMIT']));
  },
);

it('finds no gathering wherever mayBeOneGathering says the formats cannot make one', () => {
  const formats = [undefined, ...new Set(EVENT_FORMATS.map((entry) => entry.format))];
  const sides = (format: (typeof formats)[number]) =>
    [true, false].flatMap((ofBody) =>
      [true, false].map((beside) => ({
        format,
        heads: new Set(['reunion']),
        ofBody,
        beside,
        namedFormat: false,
      })),
    );
  for (const a of formats)
    for (const b of formats)
      if (!mayBeOneGathering(a, b))
        for (const x of sides(a))
          for (const y of sides(b)) expect(gatheringFormat(x, y)).toBeUndefined();
});
