import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { extendRight } from '../../src/3-recognise/event-phrase.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';

const eventsOf = (text: string, publishedAt = '2024-05-24') => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt, language: 'fr' });
  return recogniseDocument(doc, segmentDocument(doc)).events.map((e) => [e.format, e.surface]);
};

it.each([
  [
    'Les deux présidents se sont entretenus par téléphone le 30 août.',
    ['PHONE_CALL', 'entretenus par téléphone'],
  ],
  [
    'Le président a eu un entretien téléphonique avec son homologue le 8 novembre.',
    ['PHONE_CALL', 'entretien téléphonique'],
  ],
  [
    'Il a reçu le 8 novembre un coup de fil du président.',
    ['PHONE_CALL', 'coup de fil du président'],
  ],
  ['The two leaders held a phone call on 7 October.', ['PHONE_CALL', 'phone call']],
  [
    'Le sommet s’est tenu le 15 octobre par visioconférence.',
    ['VIDEOCONFERENCE', 'visioconférence'],
  ],
  [
    'Le Sommet en ligne des chefs d’État de la CEI a eu lieu le 15 octobre.',
    ['VIDEOCONFERENCE', 'Sommet en ligne des chefs d’État de la CEI'],
  ],
  [
    'Il effectue une visite d’État en Chine du 28 février au 2 mars.',
    ['STATE_VISIT', 'visite d’État en Chine'],
  ],
  [
    "Il effectue une visite d'Etat en Chine le 28 février.",
    ['STATE_VISIT', "visite d'Etat en Chine"],
  ],
  ['La signature du décret a eu lieu le 4 novembre.', ['SIGNING', 'signature du décret']],
  [
    'La séance plénière du forum s’est ouverte le 20 juin.',
    ['MEETING', 'séance plénière du forum'],
  ],
])('reads "%s" as an event of its format', (text, expected) => {
  expect(eventsOf(text)).toContainEqual(expected);
});

it.each([
  // congratulations are no meeting
  ['Le président a félicité son homologue pour sa victoire le 21 novembre.'],
  // "en ligne" alone is no event
  ['Les documents sont disponibles en ligne depuis le 3 mars.'],
])('finds no event in "%s"', (text) => {
  expect(eventsOf(text)).toEqual([]);
});

it('starts a verb phrase at the verb, not at the name before it', () => {
  expect(eventsOf('Kim a rencontré le président à Moscou le 13 septembre.')).toContainEqual([
    'MEETING',
    'rencontré le président à Moscou',
  ]);
});

describe('extendRight', () => {
  const phrase = (text: string, keyword: string) => {
    const from = text.indexOf(keyword) + keyword.length;
    const { end, cuts } = extendRight(text, from, text.length);
    return {
      phrase: text.slice(text.indexOf(keyword), end),
      cuts: cuts.map((c) => text.slice(text.indexOf(keyword), c)),
    };
  };

  it.each([
    [
      'une visite officielle en Mongolie à l’invitation du président.',
      'visite',
      'visite officielle en Mongolie à l’invitation du président',
      [
        'visite',
        'visite officielle',
        'visite officielle en Mongolie',
        'visite officielle en Mongolie à l’invitation',
      ],
    ],
    ['la réunion de la CEI qui s’est tenue', 'réunion', 'réunion de la CEI', ['réunion']],
    [
      'la visite en Corée du Nord de Vladimir Poutine depuis 24 ans',
      'visite',
      'visite en Corée du Nord de Vladimir Poutine',
      ['visite', 'visite en Corée', 'visite en Corée du Nord'],
    ],
    [
      'la cérémonie officielle d’accueil organisée par le président',
      'cérémonie',
      'cérémonie officielle d’accueil',
      ['cérémonie', 'cérémonie officielle'],
    ],
    [
      'le sommet de la sécurité collective',
      'sommet',
      'sommet de la sécurité collective',
      ['sommet'],
    ],
    // a capital after the phrase starts another one: "Sommet Vladimir Poutine a dit"
    ['le sommet Vladimir Poutine a dit', 'sommet', 'sommet', []],
  ])('extends "%s" from "%s"', (text, keyword, expected, cuts) => {
    expect(phrase(text, keyword)).toEqual({ phrase: expected, cuts });
  });
});
