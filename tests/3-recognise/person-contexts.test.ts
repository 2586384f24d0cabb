// Names whose given name is not listed, made people by the words around them, on snippets written
// for these tests: verbs of saying, passive agents, presence, lists, capitals, initials, surnames
// written in lower case; and the traps each context must leave alone.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(`Diplomatie\n${text}`), 'Person');

describe('a verb of saying', () => {
  it.each([
    ['"selon"', 'Selon Temir Bourzama, la visite est reportée.', ['Temir Bourzama']],
    ['"according to"', 'According to Obinna Hussien, talks will resume.', ['Obinna Hussien']],
    [
      'an inverted verb',
      '« Le partenariat se renforce », a affirmé Gombojav Zandanshatar.',
      ['Gombojav Zandanshatar'],
    ],
    ['"X a déclaré"', 'Amara Fall a déclaré que le Sénégal était prêt.', ['Amara Fall']],
    [
      '"X told"',
      'Bianca Odumegwu-Ojukwu told the summit it was ready.',
      ['Bianca Odumegwu-Ojukwu'],
    ],
    ['an adverb inside', 'Temir Orynbai a également souligné ce point.', ['Temir Orynbai']],
    ['a present tense', 'Obinna Okafor souligne que la paix est possible.', ['Obinna Okafor']],
    ['"said" after a quote', '"We are ready," said Obinna Okafor.', ['Obinna Okafor']],
  ])('makes a person of a name after %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['an organisation', 'Human Rights Watch said the trial was unfair.'],
    ['a channel', 'Sky News said the talks failed.'],
    ['a radio after "selon"', 'Selon Radio Liberty, la visite est reportée.'],
    ['a fund', 'Golden Gate Capital said it would invest.'],
    ['a city', 'New Delhi a déclaré que rien ne change.'],
  ])('makes no person of %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('the agent of a passive and a presence', () => {
  it.each([
    ['"présidée par"', 'La réunion, présidée par Obinna Okafor, a duré.', ['Obinna Okafor']],
    ['"conduite par"', 'La délégation, conduite par Obinna Okafor, arrive.', ['Obinna Okafor']],
    ['"represented by"', 'Nigeria was represented by Obinna Okafor.', ['Obinna Okafor']],
    ['"co-chaired by"', 'The session was co-chaired by Obinna Okafor.', ['Obinna Okafor']],
    ['"led by"', 'The delegation, led by Obinna Okafor, arrived.', ['Obinna Okafor']],
    ['"en présence de"', 'La cérémonie a eu lieu en présence de Obinna Okafor.', ['Obinna Okafor']],
    ['"in the presence of"', 'It was signed in the presence of Obinna Okafor.', ['Obinna Okafor']],
  ])('makes a person of a name after %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a country after "led by"', 'The coalition, led by Saudi Arabia, struck again.'],
    ['officials after "chaired by"', 'The meeting was chaired by Foreign Ministry officials.'],
    ['a body after "signed by"', 'The memorandum was signed by Kazakh Railways.'],
  ])('makes no person of %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a name listed before a person', () => {
  it.each([
    [
      '"et" in French',
      'Les entretiens entre Obinna Okafor et Gedion Timothewos ont abouti.',
      ['Gedion Timothewos', 'Obinna Okafor'],
    ],
    [
      '"and" before a known person',
      'Obinna Okafor and Wang Yi met in Abuja.',
      ['Obinna Okafor', 'Wang Yi'],
    ],
    [
      'a list of three',
      'Obinna Okafor, Amara Diallo et Gedion Timothewos ont signé.',
      ['Amara Diallo', 'Gedion Timothewos', 'Obinna Okafor'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('makes no person of a place before a person', () => {
    expect(people('Victoria Falls and Wang Yi were in the news.')).toEqual(['Wang Yi']);
  });
});

describe('how a name is written', () => {
  it.each([
    [
      'a surname in capitals where the text writes so',
      'Sergueï LAVROV a parlé. Obinna OKAFOR a pris la parole.',
      ['Obinna Okafor', 'Sergei Lavrov'],
    ],
    [
      'the capitals first',
      'Sergueï LAVROV a parlé. OKAFOR Obinna a pris la parole.',
      ['Obinna Okafor', 'Sergei Lavrov'],
    ],
    [
      'the capitals before a known given name',
      'Sergueï LAVROV a parlé. OKAFOR Chinedu a pris la parole.',
      ['Chinedu Okafor', 'Sergei Lavrov'],
    ],
    ['initials first', 'K.P. Sharma Oli met the delegation.', ['K.P. Sharma Oli']],
    [
      'a surname in lower case before a comma',
      'Le ministre nigérian Obinna okafor, a reçu la délégation.',
      ['Obinna Okafor'],
    ],
    [
      'a surname in lower case before a bracket',
      'Attending were Foreign Minister Obinna okafor (Nigeria) and Gedion Timothewos.',
      ['Gedion Timothewos', 'Obinna Okafor'],
    ],
    ['two words in lower case', 'Le ministre Obinna uzoma okafor.', ['Obinna Uzoma Okafor']],
  ])('reads %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['capitals without a name so written', 'CCTV News et KAMAZ Trucks ont signé.', []],
    ['a verb after a name', 'Foreign Minister Obinna Okafor agreed.', ['Obinna Okafor']],
    ['an English past tense', 'Ivan Petrov arrived.', ['Ivan Petrov']],
    ['an English adverb', 'Foreign Minister Obinna Okafor abroad.', ['Obinna Okafor']],
    ['a French participle', 'Le ministre Obinna Okafor est arrivé.', ['Obinna Okafor']],
    ['a verb of saying', 'Le ministre Obinna Okafor souligne.', ['Obinna Okafor']],
  ])('keeps the next word out: %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('names the lexicon reads by their parts', () => {
  it.each([
    [
      'a two-syllable Chinese family name',
      'Ouyang Yujing attended the ceremony.',
      ['Ouyang Yujing'],
    ],
    ['a predecessor', 'He replaced his predecessor Obinna Okafor in May.', ['Obinna Okafor']],
    ['a successor in French', 'Il a salué son successeur Amara Diallo.', ['Amara Diallo']],
    ['no name after a predecessor', 'Son prédécesseur a quitté Abuja.', []],
  ])('reads %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
