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
