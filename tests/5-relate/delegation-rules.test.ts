import { edgesOf, graphOf } from '../helpers.js';

const representsIn = (text: string) => edgesOf(graphOf(`Diplomatie\n${text}`), 'REPRESENTS');

describe('sentences that say whom people speak for', () => {
  it.each([
    [
      'list lines under "La partie russe était représentée par"',
      [
        'Le sommet de la CEI a eu lieu le 10 octobre 2025 à Douchanbé.',
        'La partie russe était représentée par',
        '  • le ministre des Affaires étrangères Sergueï Lavrov,',
        '  • le conseiller du président Iouri Ouchakov.',
      ].join('\n'),
      ['Sergei Lavrov -> Russia', 'Yuri Ushakov -> Russia'],
    ],
    [
      'an English delegation "headed by" with the one it "includes"',
      'The Russian team is headed by Alexander Lavrentyev and includes Deputy Foreign Minister Sergey Vershinin.',
      ['Alexander Lavrentyev -> Russia', 'Sergei Vershinin -> Russia'],
    ],
    [
      'two delegations in one sentence, each with its own head',
      'The Turkish delegation is led by Deputy Minister Ivan Petrov, and the Iranian delegation is headed by Oleg Smirnov.',
      ['Ivan Petrov -> Turkey', 'Oleg Smirnov -> Iran'],
    ],
    [
      '"à la tête d’une délégation"',
      'Le président Chavkat Mirziyoyev est arrivé à Moscou à la tête d’une haute délégation ouzbèke.',
      ['Shavkat Mirziyoyev -> Uzbekistan'],
    ],
  ])('reads %s', (_, text, edges) => {
    expect(representsIn(text)).toEqual(edges);
  });

  it("leaves a person of another country out of a delegation's list", () => {
    expect(
      representsIn(
        'The Kyrgyz delegation included Deputy Prime Minister Adylbek Kasymaliev and Chinese Vice Foreign Minister Hua Chenglin.',
      ),
    ).toEqual(['Adylbek Kasymaliev -> Kyrgyzstan']);
  });

  it('does not take a country adjective of a thing for a side ("le gaz russe")', () => {
    expect(
      representsIn('Le chancelier Olaf Scholz a évoqué le gaz russe avec Kassym-Jomart Tokaïev.'),
    ).toEqual([]);
  });
});

describe('several sides in one sentence, bodies and states listed', () => {
  it.each([
    [
      '"is traditionally represented by"',
      'Russia is traditionally represented by Deputy Foreign Minister Sergei Vershinin.',
      ['Sergei Vershinin -> Russia'],
    ],
    [
      'an organisation right before "était représentée par"',
      'L’OTSC était représentée par son secrétaire général Imangali Tasmagambetov.',
      ['Imangali Tasmagambetov -> Collective Security Treaty Organization'],
    ],
    [
      'representatives of observer states, each for their own country',
      'Étaient également présents les représentants des États observateurs : le président mongol Ukhnaagiin Khurelsukh, le président iranien Massoud Pezechkian.',
      ['Masoud Pezeshkian -> Iran', 'Ukhnaagiin Khurelsukh -> Mongolia'],
    ],
  ])('%s', (_, text, expected) => {
    expect(representsIn(text)).toEqual(expected);
  });

  it('takes no organisation named far from the verb for the side ("Lors du sommet de l’OCS, ...")', () => {
    const text =
      'Lors du sommet de l’OCS à Astana le 4 juillet 2024, Moscou était représentée par le ministre Sergueï Lavrov.';
    expect(representsIn(text).filter((e) => /Shanghai/u.test(e))).toEqual([]);
  });
});

describe('capitals and bodies as sides', () => {
  const attendedProps = (text: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, 'props').delegation ?? '-'}`)
      .sort();
  };

  it.each([
    [
      'a capital as the subject of "was represented by"',
      'The talks were held in Astana on 10 December 2019. Damascus was represented by envoy Omar Haddad.',
      ['person:omar-haddad place:syria'],
    ],
    [
      '"Moscou était représentée par"',
      'Le sommet s’est tenu à Douchanbé le 10 octobre 2025. Moscou était représentée par le vice-ministre Ivan Morel.',
      ['person:ivan-morel place:russia'],
    ],
    [
      'a side left unnamed after "while": the person attends, for no country',
      'Damascus was represented by envoy Omar Haddad, while the opposition - by Karim Nassar, at the talks in Astana on 10 December 2019.',
      ['person:karim-nassar -', 'person:omar-haddad place:syria'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attendedProps(text)).toEqual(expected);
  });

  it('does not take the capital where the event was held for a side', () => {
    const text =
      'Le sommet s’est tenu à Moscou le 10 octobre 2025. La délégation était représentée par le vice-ministre Ivan Morel.';
    expect(attendedProps(text).filter((a) => a.endsWith('place:russia'))).toEqual([]);
  });

  it.each([
    [
      '"from the United Nations’ side" after the attendance',
      'UN envoy Maria Lind attended the talks in Geneva on 3 March 2024 from the United Nations’ side.',
      ['Maria Lind -> United Nations'],
    ],
    [
      'a French future "représentera la Russie"',
      'Le ministre russe des Affaires étrangères Sergueï Lavrov représentera la Russie au sommet du G20 à Rio de Janeiro le 18 novembre 2024.',
      ['Sergei Lavrov -> Russia'],
    ],
  ])('reads %s', (_, text, edges) => {
    expect(representsIn(text)).toEqual(edges);
  });
});

describe('heads of delegations, however the sentence turns it', () => {
  /** "person delegation" for each ATTENDED edge, and the REPRESENTS edges, of one snippet. */
  const delegationsIn = (text: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    const attended = graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, 'props').delegation ?? '-'}`)
      .sort();
    return { attended, represents: edgesOf(graph, 'REPRESENTS') };
  };

  it.each([
    [
      '"a dirigé la délégation ouzbèke à"',
      'Le vice-Premier ministre ouzbek Ivan Morel a dirigé la délégation ouzbèke au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:uzbekistan',
      'Ivan Morel -> Uzbekistan',
    ],
    [
      '"a conduit la délégation de son pays": the person’s own country',
      'Le ministre arménien des Affaires étrangères Ararat Mirzoyan a conduit la délégation de son pays au forum économique de Kazan le 15 mai 2024.',
      'person:ararat-mirzoyan place:armenia',
      'Ararat Mirzoyan -> Armenia',
    ],
    [
      '"était à la tête de la délégation tadjike"',
      'Le ministre Ivan Morel était à la tête de la délégation tadjike au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:tajikistan',
      'Ivan Morel -> Tajikistan',
    ],
    [
      'a sentence opening on "À la tête de la délégation ..."',
      'Le forum économique de Kazan s’est ouvert le 15 mai 2024. À la tête de la délégation kirghize se trouvait le ministre Ivan Morel.',
      'person:ivan-morel place:kyrgyzstan',
      'Ivan Morel -> Kyrgyzstan',
    ],
    [
      '"La délégation turque au forum ... était conduite par": the event between',
      'La délégation turque au forum économique de Kazan le 15 mai 2024 était conduite par le ministre Ivan Morel.',
      'person:ivan-morel place:turkey',
      'Ivan Morel -> Turkey',
    ],
    [
      '"L’Arménie était représentée au forum de l’OTSC par": an elided word inside',
      'L’Arménie était représentée au forum de l’OTSC à Kazan le 15 mai 2024 par le ministre Ivan Morel.',
      'person:ivan-morel place:armenia',
      'Ivan Morel -> Armenia',
    ],
    [
      '"was represented at the forum by", the side before it',
      'Armenia was represented at the CSTO forum in Kazan on 15 May 2024 by Minister Ivan Morel.',
      'person:ivan-morel place:armenia',
      'Ivan Morel -> Armenia',
    ],
    [
      '"The Turkish delegation at the forum was headed by"',
      'The Turkish delegation at the economic forum in Kazan on 15 May 2024 was headed by Minister Ivan Morel.',
      'person:ivan-morel place:turkey',
      'Ivan Morel -> Turkey',
    ],
    [
      'a sentence opening on "Heading the ... delegation was"',
      'The economic forum opened in Kazan on 15 May 2024. Heading the Kyrgyz delegation was Minister Ivan Morel.',
      'person:ivan-morel place:kyrgyzstan',
      'Ivan Morel -> Kyrgyzstan',
    ],
    [
      '"la délégation tadjike, conduite par X,"',
      'La délégation tadjike, conduite par le ministre Ivan Morel, est arrivée au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:tajikistan',
      'Ivan Morel -> Tajikistan',
    ],
    [
      '"Headed by X, the ... delegation": the delegation comes last',
      'Headed by Minister Ivan Morel, the Tajik delegation took part in the economic forum in Kazan on 15 May 2024.',
      'person:ivan-morel place:tajikistan',
      'Ivan Morel -> Tajikistan',
    ],
    [
      '"X, à la tête de la délégation kirghize, a participé"',
      'Le ministre Ivan Morel, à la tête de la délégation kirghize, a participé au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:kyrgyzstan',
      'Ivan Morel -> Kyrgyzstan',
    ],
    [
      '"The Kyrgyz delegation included"',
      'The economic forum opened in Kazan on 15 May 2024. The Kyrgyz delegation included Minister Ivan Morel.',
      'person:ivan-morel place:kyrgyzstan',
      'Ivan Morel -> Kyrgyzstan',
    ],
    [
      '"La délégation de la Turquie ... était dirigée par"',
      'La délégation de la Turquie au forum économique de Kazan était dirigée par le ministre Ivan Morel.',
      'person:ivan-morel place:turkey',
      'Ivan Morel -> Turkey',
    ],
    [
      '"la délégation tadjike au forum était composée du ministre"',
      'La délégation tadjike au forum économique de Kazan le 15 mai 2024 était composée du ministre Ivan Morel.',
      'person:ivan-morel place:tajikistan',
      'Ivan Morel -> Tajikistan',
    ],
    [
      '"La délégation kirghize, avec à sa tête X,"',
      'La délégation kirghize, avec à sa tête le ministre Ivan Morel, a participé au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:kyrgyzstan',
      'Ivan Morel -> Kyrgyzstan',
    ],
    [
      '"Le chef de la délégation turque, le ministre X,"',
      'Le chef de la délégation turque, le ministre Ivan Morel, a pris la parole au forum économique de Kazan le 15 mai 2024.',
      'person:ivan-morel place:turkey',
      'Ivan Morel -> Turkey',
    ],
    [
      '"X, head of the Turkish delegation,"',
      'Minister Ivan Morel, head of the Turkish delegation, spoke at the economic forum in Kazan on 15 May 2024.',
      'person:ivan-morel place:turkey',
      'Ivan Morel -> Turkey',
    ],
  ])('reads %s', (_, text, attended, represents) => {
    expect(delegationsIn(text)).toEqual({ attended: [attended], represents: [represents] });
  });

  it.each([
    [
      '"led a delegation to Armenia": the country they went to is not theirs',
      'Minister Ivan Morel led a delegation to Armenia for the economic forum in Yerevan on 15 May 2024.',
    ],
    [
      '"a delegation led by X": no side told',
      'A delegation led by Minister Ivan Morel took part in the economic forum in Kazan on 15 May 2024.',
    ],
  ])('has them attend, speaking for no country, when %s', (_, text) => {
    expect(delegationsIn(text)).toEqual({ attended: ['person:ivan-morel -'], represents: [] });
  });

  it('takes no chair of the meeting for the one representing ("représentée lors de la réunion présidée par")', () => {
    const text =
      'La Turquie était représentée lors de la réunion présidée par le ministre Ivan Morel à Kazan le 15 mai 2024.';
    expect(delegationsIn(text).represents).toEqual([]);
  });

  it('takes no one but the person beside it for "le chef de la délégation"', () => {
    const text =
      'Au forum économique de Kazan le 15 mai 2024, le ministre Ivan Morel a rencontré le chef de la délégation turque.';
    expect(delegationsIn(text).represents).toEqual([]);
  });

  it('reads "Headed by X, the ... delegation" only when the sentence opens on it', () => {
    const text =
      'The forum in Kazan on 15 May 2024, led by Minister Ivan Morel, the Tajik delegation said, was a success.';
    expect(delegationsIn(text).represents).toEqual([]);
  });
});
