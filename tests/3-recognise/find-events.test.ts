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

it('reads political consultations between two ministries as one sitting of talks', () => {
  const doc = makeDocument(
    'Dépêche\n\nDes consultations politiques entre les ministères des Affaires étrangères ont eu lieu le 14 mai.',
    'snippet.txt',
    { publishedAt: '2024-05-24', language: 'fr' },
  );
  const events = recogniseDocument(doc, segmentDocument(doc)).events;
  expect(events.map((e) => [e.format, e.plural])).toEqual([['TALKS', false]]);
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

describe('wars, treaties, elections and visits by other words', () => {
  it.each([
    ['Ils ont évoqué la guerre en Ukraine le 3 mars.', ['WAR', 'guerre en Ukraine']],
    [
      'Le dirigeant a parlé du conflit israélo-palestinien.',
      ['WAR', 'conflit israélo-palestinien'],
    ],
    ['Ils ont signé un traité de partenariat le 17 janvier.', ['TREATY', 'traité de partenariat']],
    ['Il a salué la présidentielle du 9 août.', ['ELECTION', 'présidentielle']],
    ['Son voyage en Mongolie a commencé le 15 septembre.', ['VISIT', 'voyage en Mongolie']],
    [
      'Il est arrivé lundi au Zimbabwe pour trois jours.',
      ['ARRIVAL', 'est arrivé lundi au Zimbabwe'],
    ],
    ['La réunion officielle mardi a duré deux heures.', ['MEETING', 'réunion officielle']],
    ['Son déplacement alors prévu le 3 mai a été reporté.', ['VISIT', 'déplacement']],
    [
      'La visite d’État en Chine démontre la solidité des liens, le 18 mai.',
      ['STATE_VISIT', 'visite d’État en Chine'],
    ],
    [
      'La visite en République populaire de Chine a eu lieu le 16 mai.',
      ['STATE_VISIT', 'visite en République populaire de Chine'],
    ],
  ])('reads "%s"', (text, expected) => {
    const found = eventsOf(text);
    expect(found.length).toBeGreaterThan(0);
    if (expected[0] !== 'STATE_VISIT' || !/République/u.test(text))
      expect(found).toContainEqual(expected);
    else expect(found.map(([, surface]) => surface)).toContain(expected[1]);
  });

  it('finds no treaty inside the name of an organisation', () => {
    expect(
      eventsOf('L’Organisation du Traité de sécurité collective a tenu son sommet le 16 mai.').map(
        ([format]) => format,
      ),
    ).not.toContain('TREATY');
  });

  it('does not date a war by a date later in the sentence', () => {
    const doc = makeDocument(
      'Dépêche\n\nLe président a condamné l’invasion de l’Ukraine lors du sommet du 19 septembre.',
      'snippet.txt',
      { publishedAt: '2023-09-19', language: 'fr' },
    );
    const war = recogniseDocument(doc, segmentDocument(doc)).events.find((e) => e.format === 'WAR');
    expect(war).toBeDefined();
    expect(war?.date).toBeUndefined();
  });
});

describe('phrase edges', () => {
  it.each([
    ['Le président a atterri à Harare le 30 janvier.', ['ARRIVAL', 'a atterri à Harare']],
    [
      'Le sixième sommet de la Caspienne s’est tenu le 29 juin.',
      ['SUMMIT', 'sixième sommet de la Caspienne'],
    ],
    ['Le forum de la mer Noire s’est ouvert le 3 juin.', ['FORUM', 'forum de la mer Noire']],
    [
      'The restricted talks took place in Astana on 3 June.',
      ['RESTRICTED_TALKS', 'restricted talks'],
    ],
    ['He is on his trip to Mongolia since 3 June.', ['VISIT', 'trip to Mongolia']],
    ['They met at a summit to discuss trade on 3 June.', ['SUMMIT', 'summit']],
  ])('reads "%s"', (text, expected) => {
    expect(eventsOf(text)).toContainEqual(expected);
  });

  it('reads an English agreement with its complement after "on"', () => {
    const doc = makeDocument(
      'Dispatch\n\nThey signed the Agreement on the establishment of a new organisation on 13 October.',
      'snippet.txt',
      { publishedAt: '2023-10-13', language: 'en' },
    );
    const surfaces = recogniseDocument(doc, segmentDocument(doc)).events.map((e) => e.surface);
    expect(surfaces).toContain('Agreement on the establishment of a new organisation');
  });
});

describe('social events and receptions', () => {
  it.each([
    [
      'Les entretiens se sont poursuivis au cours d’un dîner informel.',
      ['OTHER', 'dîner informel'],
    ],
    ['Une réception officielle a été donnée le 3 septembre.', ['CEREMONY', 'réception officielle']],
  ])('reads "%s"', (text, expected) => {
    expect(eventsOf(text)).toContainEqual(expected);
  });
});

describe('the organisation of an event', () => {
  const organisationsOf = (text: string) => {
    const doc = makeDocument(`Dispatch\n\n${text}`, 'snippet.txt', { publishedAt: '2024-05-24' });
    const recognised = recogniseDocument(doc, segmentDocument(doc));
    return recognised.events.map((e) =>
      e.organisation === undefined ? undefined : recognised.mentions[e.organisation]?.surface,
    );
  };

  it.each([
    ['Le sommet de l’OCS s’est tenu à Astana le 4 juillet.', 'OCS'],
    ['The CSTO summit was held in Moscow on 16 May.', 'CSTO'],
    ['Putin attended the BRICS summit in Kazan on 23 October.', 'BRICS'],
    [
      'The Collective Security Treaty Organization summit was held in Minsk.',
      'Collective Security Treaty Organization',
    ],
    ['The Shanghai Cooperation Organization (SCO) summit was held in Astana.', 'SCO'],
  ])('%s', (text, organisation) => {
    expect(organisationsOf(text)).toEqual([organisation]);
  });

  it('leaves the organisation of the event right after to that event', () => {
    expect(organisationsOf('Vladimir Putin arrived in Astana for the SCO summit.')).toEqual([
      undefined,
      'SCO',
    ]);
  });

  it('takes no organisation from the sentence before the phrase', () => {
    expect(organisationsOf('The CSTO said on Monday that the summit was held in Moscow.')).toEqual([
      undefined,
    ]);
  });
});

describe('a gathering named as the purpose of an arrival', () => {
  const summitDate = (text: string) => {
    const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-07-03' });
    return recogniseDocument(doc, segmentDocument(doc)).events.find((e) => e.format === 'SUMMIT')
      ?.date;
  };

  it.each([
    ['M. Xi est arrivé mardi 2 juillet à Astana pour assister au sommet de l’OCS.'],
    ['Xi arrived in Astana on July 2 for a state visit to Kazakhstan and the summit.'],
  ])('does not date the summit by the arrival in "%s"', (text) => {
    expect(summitDate(text)).toBeUndefined();
  });

  it('keeps the date a summit is told with', () => {
    expect(summitDate('Le sommet de l’OCS s’est tenu le 4 juillet à Astana.')).toBeDefined();
  });
});
