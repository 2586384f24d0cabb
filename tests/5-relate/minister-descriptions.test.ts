import { edgesOf, graphOf } from '../helpers.js';

const graph = (text: string) => graphOf(`Dépêche\n\n${text}`, '2024-04-02');
const attended = (text: string) => edgesOf(graph(text), 'ATTENDED');

describe('a bare title with its country adjective as the subject', () => {
  it('stands for the holder of that country: "le chef de la diplomatie kazakhe"', () => {
    expect(
      attended(
        'Le ministre des Affaires étrangères du Kazakhstan Mourat Nourtleou est en Chine. ' +
          'Le 2 avril, le chef de la diplomatie kazakhe a eu des entretiens avec le ministre ' +
          'chinois des Affaires étrangères Wang Yi.',
      ),
    ).toContainEqual(expect.stringMatching(/^Murat Nurtleu -> Talks/u));
  });

  it('does not stand for a holder of another country', () => {
    expect(
      attended(
        'Le ministre des Affaires étrangères du Kazakhstan Mourat Nourtleou est en Chine. ' +
          'Le 2 avril, le chef de la diplomatie chinoise a eu des entretiens avec le ministre ' +
          'russe des Affaires étrangères Sergueï Lavrov.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^Murat Nurtleu -> /u));
  });
});

describe('ministers described after their bilateral talks', () => {
  it.each([
    [
      'Le 21 octobre, Sergueï Lavrov a eu des entretiens avec Abbas Araghchi à Téhéran. ' +
        'Les chefs de la diplomatie des deux pays ont signé un plan de consultations.',
    ],
    [
      'Le 21 octobre, Sergueï Lavrov a eu des entretiens avec Abbas Araghchi à Téhéran. ' +
        'À l’issue des entretiens, les ministres ont signé un mémorandum.',
    ],
    [
      'On October 21, Sergey Lavrov held talks with Abbas Araghchi in Tehran. ' +
        'Following the talks, the ministers signed a memorandum.',
    ],
  ])('are the pair of the talks at the signing: "%s"', (text) => {
    const edges = attended(text);
    expect(edges).toContainEqual(expect.stringMatching(/^Sergei Lavrov -> Signing/u));
    expect(edges).toContainEqual(expect.stringMatching(/^Abbas Araghchi -> Signing/u));
  });

  it('are no one after a meeting of many ministers', () => {
    expect(
      attended(
        'La réunion des ministres des Affaires étrangères de l’OCS s’est tenue à Astana. ' +
          'Les ministres ont signé dix documents.',
      ),
    ).toEqual([]);
  });
});

it('reads the pair of talks whose subject was a bare title', () => {
  const edges = attended(
    'Le ministre des Affaires étrangères du Kazakhstan Mourat Nourtleou est en Chine. ' +
      'Le 2 avril, le chef de la diplomatie kazakhe a eu des entretiens avec le ministre chinois ' +
      'des Affaires étrangères Wang Yi. À l’issue des entretiens, les ministres ont signé un plan.',
  );
  expect(edges).toContainEqual(expect.stringMatching(/^Murat Nurtleu -> Signing/u));
  expect(edges).toContainEqual(expect.stringMatching(/^Wang Yi -> Signing/u));
});

it('takes no minister pair from a reception by a president', () => {
  expect(
    attended(
      'Le 26 avril, Wang Yi a été reçu par le président kazakh Kassym-Jomart Tokaïev. ' +
        'Les ministres ont également signé un accord.',
    ),
  ).not.toContainEqual(expect.stringMatching(/^Kassym-Jomart Tokayev -> Signing/u));
});

describe('a reception with an adverb before the participle', () => {
  it.each([
    [
      'Le 21 octobre, Sergueï Lavrov a par ailleurs été reçu par le président iranien Massoud Pezechkian.',
    ],
    ['On 21 October, Sergey Lavrov was later received by Iranian President Masoud Pezeshkian.'],
  ])('is a meeting of guest and host: "%s"', (text) => {
    expect(edgesOf(graph(text), 'MET_WITH')).toEqual(['Masoud Pezeshkian -> Sergei Lavrov']);
  });

  it('is no meeting of the one whose letter was received', () => {
    expect(
      edgesOf(
        graph(
          'Le 21 octobre, la lettre de Sergueï Lavrov a par ailleurs été reçue par le président ' +
            'iranien Massoud Pezechkian.',
        ),
        'MET_WITH',
      ),
    ).toEqual([]);
  });

  it('does not read a plural title as the one minister named most', () => {
    expect(
      edgesOf(
        graph(
          'Rashid Meredov hosted the meeting of foreign ministers on 8 October. Rashid Meredov ' +
            'opened it. The ministers were later received by President Serdar Berdimuhamedov.',
        ),
        'MET_WITH',
      ),
    ).not.toContainEqual(expect.stringMatching(/Rashid Meredov/u));
  });
});
