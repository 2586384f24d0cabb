// Names of every region and the ways releases write them, on snippets written for these tests:
// title-case headlines, a family name alone, names in lower case, apostrophes, courtesy titles,
// list items whose given name comes second, and the traps each rule must leave alone.

import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import { resolvePeople } from '../../src/4-resolve/resolve-people.js';
import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

/** Each Person mention of a snippet with the person it resolves to ("Ding" -> person:...). */
function resolvedMentions(text: string): [string, string | undefined][] {
  const doc = makeDocument(text, 'snippet.txt', { publishedAt: '2024-05-24' });
  const { mentions } = recogniseDocument(doc, segmentDocument(doc));
  const index = resolvePeople(mentions);
  return mentions.flatMap((m, i): [string, string | undefined][] =>
    m.type === 'Person' ? [[m.surface, index.mentionKey[i]]] : [],
  );
}

describe('a title-case headline', () => {
  it.each([
    [
      'a verb after a name',
      'Assistant Minister Gao Ruiming Meets Uzbek Envoy\nGao Ruiming met the envoy.',
      ['Gao Ruiming'],
    ],
    [
      'a verb and its object',
      'Vice Minister Tang Haojie Holds Consultations with Oleg Smirnov\nThe talks went well.',
      ['Oleg Smirnov', 'Tang Haojie'],
    ],
    [
      'a spokesperson',
      'Spokesperson Fang Lizhen Announces Visit\nA visit is planned.',
      ['Fang Lizhen'],
    ],
  ])('ends the name at %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('reads the same word inside a name in a sentence line', () => {
    expect(people('Diplomatie\nSelon Ivan Calls, la rencontre aura lieu demain à Minsk.')).toEqual([
      'Ivan Calls',
    ]);
  });
});

describe('a Chinese given name that is also a particle', () => {
  it('keeps "Bin" after a Chinese family name', () => {
    const text =
      'Diplomacy\nDirector-General of the Department of Eurasian Affairs of the Foreign Ministry Luo Bin met the envoy.';
    expect(people(text)).toEqual(['Luo Bin']);
  });

  it('still drops a trailing particle after another name', () => {
    expect(people('Diplomacy\nThe envoy Ahmed Bin, said nothing.')).not.toContain('Ahmed Bin');
  });
});

describe('a family name written alone', () => {
  it('is the one person of that family name named in full', () => {
    const text = 'Diplomacy\nVice Premier Ding Xuexiang attended the forum. Ding said trade grew.';
    expect(resolvedMentions(text)).toEqual([
      ['Ding Xuexiang', 'person:ding-xuexiang'],
      ['Ding', 'person:ding-xuexiang'],
    ]);
  });

  it('names nobody when two people share it', () => {
    const text = 'Diplomatie\nDing Weiming est venu. Ding Haoran aussi. Ding a parlé ensuite.';
    expect(resolvedMentions(text).filter(([surface]) => surface === 'Ding')).toEqual([
      ['Ding', undefined],
    ]);
  });

  it('names nobody when no full name gives it', () => {
    expect(people('Diplomacy\nQin said that the talks went well.')).toEqual([]);
  });
});

describe('a known name in lower case', () => {
  it('is the known person', () => {
    expect(people('Diplomacy\nThe caption read: wang yi and his host in Astana.')).toEqual([
      'Wang Yi',
    ]);
  });

  it('takes no lower-case word for a one-word alias', () => {
    expect(people('Diplomatie\nLa lettre xi ouvre le chapitre.')).toEqual([]);
  });
});

describe('names with an apostrophe', () => {
  it.each([
    ['"O\'"', 'Diplomacy\nAmbassador Patrick O’Neill attended.', ['Patrick O’Neill']],
    ['"N\'"', 'Diplomatie\nL’ambassadeur Ibrahima N’Diaye était présent.', ['Ibrahima N’Diaye']],
    ['"D\'" inside a sentence', "Diplomacy\nEnvoy Marco D'Angelo attended.", ["Marco D'Angelo"]],
  ])('reads %s as part of the surname', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('still splits a French elision before a country', () => {
    const graph = graphOf("Diplomatie\nD'Arménie, la délégation est arrivée à Moscou.");
    expect(namesOf(graph, 'Person')).toEqual([]);
    expect(namesOf(graph, 'Place')).toContain('Armenia');
  });
});

describe('a Korean family name that is also a word', () => {
  it('opens a name before a hyphenated given name', () => {
    expect(people('Diplomatie\nL’ambassadeur Park Jong-hoon a parlé.')).toEqual(['Park Jong-hoon']);
  });

  it('stays a word before another word', () => {
    expect(people('Diplomacy\nThe delegation walked to Park Avenue and Park Hyatt.')).toEqual([]);
  });
});

describe('a list of envoys by country', () => {
  it('reads a name whose given name comes second', () => {
    const text =
      'Cérémonie\nLe président a reçu les lettres de créance des ambassadeurs :\nTakahashi Kenji (Japon) ;\nJosé Luis Pérez (Chili) ;';
    expect(people(text)).toEqual(['José Luis Pérez', 'Takahashi Kenji']);
  });

  it('leaves a title word before a given name out of a name in a sentence', () => {
    expect(people('Diplomatie\nLe chef de la Structure Oleg Petrov a parlé.')).toEqual([
      'Oleg Petrov',
    ]);
  });
});

describe('particles inside Portuguese, Spanish and Arabic names', () => {
  it.each([
    [
      '"de" after a given name',
      'Diplomatie\nLe ministre d’État Adão de Almeida a parlé.',
      ['Adão de Almeida'],
    ],
    [
      '"da" and "dos"',
      'Diplomatie\nLe président a salué Fernando da Piedade Dias dos Santos.',
      ['Fernando da Piedade Dias dos Santos'],
    ],
    [
      'a capitalised "Ould" that opens the name',
      'Diplomatie\nLe Premier ministre Ould Sidi Ahmed a parlé.',
      ['Ould Sidi Ahmed'],
    ],
    [
      '"del" in Spanish',
      'Diplomatie\nLe ministre Rodrigo del Valle a parlé.',
      ['Rodrigo del Valle'],
    ],
  ])('keeps %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('keeps a place after a surname out of the name', () => {
    expect(
      people(
        'Diplomatie\nLe gouverneur Sokolov de Zelenograd et Ivan Sokolov de Zelenograd ont parlé.',
      ),
    ).toEqual(['Ivan Sokolov']);
  });
});

describe('a courtesy title', () => {
  it.each([
    ['"Dr"', 'Diplomatie\nLe Dr Wanjiru Kamau a parlé.', ['Wanjiru Kamau']],
    ['"Pr"', 'Diplomatie\nLe Pr Kwabena Boateng a parlé.', ['Kwabena Boateng']],
    [
      '"S.E."',
      'Diplomatie\nS.E. Tesfaye Yilma Sabo a présenté ses lettres.',
      ['Tesfaye Yilma Sabo'],
    ],
    ['"H.E."', 'Diplomacy\nH.E. Obaid Salem Al Zaabi attended.', ['Obaid Salem Al Zaabi']],
  ])('opens a name after %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('takes no institution after "S.E."', () => {
    expect(people('Diplomatie\nS.E. Ministère des Affaires étrangères a répondu.')).toEqual([]);
  });
});
