import { articleOf, edgesOf, graphOf } from '../helpers.js';

const attendedIn = (text: string) => edgesOf(articleOf(text), 'ATTENDED');

const propsOf = (text: string, person: string) => {
  const graph = articleOf(text);
  const edge = graph.findEdge((_, a, s) => a.type === 'ATTENDED' && s === person);
  return edge ? graph.getEdgeAttribute(edge, 'props') : undefined;
};

describe('participation sentences', () => {
  it.each([
    [
      'a list after "Y ont participé"',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Y ont participé le président kazakh Kassym-Jomart Tokaïev et le président russe Vladimir Poutine.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'a subject that "a pris part" to the named event',
      'Le Premier ministre Nikol Pachinian a pris part au sommet de la CEI à Douchanbé le 10 octobre 2025.',
      ['Nikol Pashinyan'],
    ],
    [
      'an adverb between the auxiliary and the verb, the subject after it',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Ont notamment assisté au sommet le président kazakh Kassym-Jomart Tokaïev et le président russe Vladimir Poutine.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'a subject that "a par ailleurs participé"',
      'Le Premier ministre Nikol Pachinian a par ailleurs participé au sommet de la CEI à Douchanbé le 10 octobre 2025.',
      ['Nikol Pashinyan'],
    ],
    [
      'an English "joined" with the event after it',
      'The CIS summit was held in Bishkek on 13 October 2023. Later that day Nikol Pashinyan joined the summit.',
      ['Nikol Pashinyan'],
    ],
    [
      'an English passive',
      'On 13 October 2023 the CIS summit was held in Bishkek. The summit was attended by President of Russia Vladimir Putin and President of Belarus Alexander Lukashenko.',
      ['Alexander Lukashenko', 'Vladimir Putin'],
    ],
    [
      'bulleted lines under "Parmi les participants figuraient"',
      [
        'Le sommet de la CEI a eu lieu le 10 octobre 2025 à Douchanbé.',
        'Parmi les participants figuraient',
        '  • le président russe Vladimir Poutine,',
        '  • le président kazakh Kassym-Jomart Tokaïev.',
      ].join('\n'),
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'title-and-name lines under "was attended by:"',
      [
        'The CIS summit was held in Bishkek on 13 October 2023.',
        'The summit was attended by:',
        'President of Belarus Alexander Lukashenko',
        'President of Russia Vladimir Putin',
      ].join('\n'),
      ['Alexander Lukashenko', 'Vladimir Putin'],
    ],
    [
      'list lines under "Étaient également présents à la séance plénière"',
      [
        'Vladimir Poutine a participé à la séance plénière du Forum de Saint-Pétersbourg le 20 juin 2025.',
        'Étaient également présents à la séance plénière',
        'le président kazakh Kassym-Jomart Tokaïev,',
        'et le président kirghiz Sadyr Japarov.',
      ].join('\n'),
      ['Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Vladimir Putin'],
    ],
  ])('reads %s', (_, text, people) => {
    expect(attendedIn(text).map((e) => e.split(' -> ')[0])).toEqual(people);
  });

  it.each([
    [
      'a denial',
      'Le président russe Vladimir Poutine n’a pas participé au sommet de la CEI le 10 octobre 2025 à Douchanbé.',
    ],
    [
      'a sentence naming only a past meeting',
      'Le président russe Vladimir Poutine a participé à la précédente réunion du Conseil suprême à Minsk.',
    ],
    [
      'a habit of every year',
      'Le Forum de Saint-Pétersbourg se tient chaque année avec la participation du président russe Vladimir Poutine.',
    ],
  ])('makes nobody attend in %s', (_, text) => {
    expect(attendedIn(text)).toEqual([]);
  });

  it('leaves out a person named in a clause about an earlier meeting', () => {
    const text =
      'Le président russe Vladimir Poutine, qui avait rencontré Xi Jinping en 2019, a participé au sommet de l’OCS le 4 juillet 2024 à Astana.';
    const atSummit = attendedIn(text).filter((e) => /summit/iu.test(e));
    expect(atSummit.map((e) => e.split(' -> ')[0])).toEqual(['Vladimir Putin']);
  });

  it('does not take a country adjective of a thing for a delegation ("le gaz russe")', () => {
    const text =
      'Le chancelier Olaf Scholz a participé au sommet de l’OCS le 4 juillet 2024 à Astana pour parler du gaz russe.';
    expect(propsOf(text, 'person:olaf-scholz')?.delegation).not.toBe('place:russia');
  });

  it('marks a preview as announced', () => {
    const text =
      'Le président russe Vladimir Poutine participera au sommet de l’OCS le 4 juillet 2024 à Astana.';
    expect(propsOf(text, 'person:vladimir-putin')).toMatchObject({
      status: 'announced',
      delegation: 'place:russia',
    });
  });

  it.each([['par visioconférence'], ['par vidéoconférence'], ['par liaison vidéo']])(
    'marks attendance %s as online',
    (phrase) => {
      const text = `Le président russe Vladimir Poutine a participé ${phrase} au sommet de l’OCS le 4 juillet 2023.`;
      expect(propsOf(text, 'person:vladimir-putin')).toMatchObject({ mode: 'online' });
    },
  );

  it('takes a known leader’s role from the lexicon when the text gives none', () => {
    const text =
      'Le sommet de la CEI s’est tenu le 10 octobre 2025 à Douchanbé. Vladimir Poutine y a participé.';
    expect(propsOf(text, 'person:vladimir-putin')).toMatchObject({ role: 'President of Russia' });
  });

  it('gives a bare title its country as the role ("le président kazakh" -> President of Kazakhstan)', () => {
    const text =
      'Le sommet de la CEI s’est tenu le 10 octobre 2025 à Douchanbé. Y a participé le président kazakh Kassym-Jomart Tokaïev.';
    expect(propsOf(text, 'person:kassym-jomart-tokayev')).toMatchObject({
      role: 'President of Kazakhstan',
      delegation: 'place:kazakhstan',
    });
  });

  it.each([
    [
      '"Dans son discours" names the speaker, not those thanked',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Dans son discours, le président russe Vladimir Poutine a remercié le président kazakh Kassym-Jomart Tokaïev.',
      ['Vladimir Putin'],
    ],
    [
      '"s’exprimant lors du forum"',
      'Vladimir Poutine, s’exprimant lors du Forum parlementaire des BRICS le 11 juillet 2024 à Saint-Pétersbourg, a salué les délégués.',
      ['Vladimir Putin'],
    ],
  ])('makes a speaker of %s', (_, text, speakers) => {
    expect(edgesOf(articleOf(text), 'SPOKE_AT').map((e) => e.split(' -> ')[0])).toEqual(speakers);
  });
});

describe('invitations', () => {
  it('makes the guest of an invitation invited only, and the host no visitor', () => {
    const graph = articleOf(
      'Le président biélorusse Alexandre Loukachenko a invité le président kazakh Kassym-Jomart Tokaïev à effectuer une visite officielle en Biélorussie.',
    );
    const attended = graph.filterEdges((_, a) => a.type === 'ATTENDED');
    expect(
      attended.map((e) => [graph.source(e), graph.getEdgeAttribute(e, 'props').status]),
    ).toEqual([['person:kassym-jomart-tokayev', 'invited only']]);
  });
});

describe('welcomed guests', () => {
  it('makes the guest a host "welcomed to" the country attend the reported visit', () => {
    const text =
      'Alexander Lukashenko arrived in Nairobi on 11 December 2023 for an official visit. William Ruto welcomed Alexander Lukashenko to Kenya.';
    // the visit once; an arrival that starts the visit is no event of its own (arrival-means.ts)
    expect(attendedIn(text).filter((e) => e.startsWith('Alexander Lukashenko'))).toEqual([
      'Alexander Lukashenko -> Visit, 2023-12-11',
    ]);
    expect(attendedIn(text).some((e) => e.startsWith('William Ruto'))).toBe(false);
  });
});

describe('roles of delegates', () => {
  it('makes a title written before a delegate a role of the delegation it attends for', () => {
    const graph = graphOf(
      'Visite\n\n1°/Négociations restreintes – 3 mars 2025 à 14h50 à Tallinn\nLes pourparlers restreints ont eu lieu au nom de l’Estonie en présence\ndu vice-premier ministre Ivan Morel,\ndu ministre Olga Tamm.',
    );
    const roles = edgesOf(graph, 'HOLDS_ROLE');
    expect(roles).toContain('Ivan Morel -> Estonia');
    // "ministre" alone says too little to be a role of the country
    expect(roles.filter((r) => r.startsWith('Olga Tamm'))).toEqual([]);
  });
});
