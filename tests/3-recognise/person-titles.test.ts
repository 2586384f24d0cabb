// Titles the person grammar reads before a name, on snippets written for these tests: heads of
// state, ranks, envoys, English possessives and prefixes after a verb, short asides in brackets.

import { graphOf, namesOf, rolesOf } from '../helpers.js';

it.each([
  [
    '"chef d’État" with an adjective',
    'Sous la présidence du chef d’État ouzbek Bakhrom Tursunov.',
    ['Bakhrom Tursunov -> Uzbekistan (head of state)'],
  ],
  [
    'a Chinese State Councillor',
    'Le conseiller d’État chinois Hua Chenglin est arrivé.',
    ['Hua Chenglin -> China (State Councillor)'],
  ],
  [
    'an English possessive',
    'Damascus is represented by Syria’s Envoy to the United Nations Omar Haddad.',
    ['Omar Haddad -> Syria (Envoy)'],
  ],
  [
    'an English prefix after "by"',
    'The talks were attended by Chinese Foreign Minister Hua Chenglin.',
    ['Hua Chenglin -> China (Minister of Foreign Affairs)'],
  ],
  [
    'the English name China gives its Vice Premiers, and no other country',
    'Le vice-Premier ministre chinois Hua Chenglin et le vice-Premier ministre russe Oleg Smirnov sont arrivés.',
    ['Hua Chenglin -> China (Vice Premier)', 'Oleg Smirnov -> Russia (Deputy Prime Minister)'],
  ],
  [
    'an English rank before the portfolio',
    'The Kazakh Deputy Foreign Minister Aibek Nurlanov arrived.',
    ['Aibek Nurlanov -> Kazakhstan (Deputy Minister of Foreign Affairs)'],
  ],
  [
    'a "Vice Foreign Minister" and a "First Deputy" one',
    'Chinese Vice Foreign Minister Hua Chenglin met with Russian First Deputy Defence Minister Oleg Smirnov.',
    [
      'Hua Chenglin -> China (Deputy Minister of Foreign Affairs)',
      'Oleg Smirnov -> Russia (First Deputy Minister of Defence)',
    ],
  ],
  [
    'a title after "included"',
    'The talks were held in Tashkent on Monday. The Uzbek delegation included Deputy Foreign Minister Aziz Karimov.',
    ['Aziz Karimov -> Uzbekistan (Deputy Minister of Foreign Affairs)'],
  ],
  [
    'a permanent representative',
    'Le représentant permanent de la Russie auprès de l’ONU Oleg Smirnov a parlé.',
    ['Oleg Smirnov -> Russia (Permanent Representative)'],
  ],
  [
    'a member of parliament',
    'Le député russe Oleg Smirnov a dit non.',
    ['Oleg Smirnov -> Russia (Member of Parliament)'],
  ],
  [
    'a title with a short aside in brackets',
    'Il a vu le président de la Commission de l’Union africaine (UA), Amadou Keita.',
    ['Amadou Keita -> African Union Commission (Chairman)'],
  ],
])('reads the role in %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it.each([
  ['a military rank', 'Le général Amadou Keita a entamé une visite.', ['Amadou Keita']],
  ['an undersecretary', 'It is led by Deputy Undersecretary Kemal Arslan.', ['Kemal Arslan']],
  [
    'a given name ending the name',
    'ainsi que le président de la Commission, Moussa Faki Mahamat.',
    ['Moussa Faki Mahamat'],
  ],
])('finds the person after %s', (_, text, expected) => {
  expect(namesOf(graphOf(text), 'Person')).toEqual(expected);
});

it.each([
  [
    'a trip before the title',
    'Premier voyage au Zimbabwe du président bélarusse Loukachenko',
    ['Alexander Lukashenko -> Belarus (President)'],
  ],
  [
    'a title before a verb as the title of the name after it',
    'Ce lundi, le dirigeant turc a eu un entretien avec le ministre russe de la Défense, Ivan Orlov.',
    ['Ivan Orlov -> Russia (Minister of Defence)'],
  ],
  [
    'the whole title, not its last word',
    'The meeting was attended by SCO Secretary-General Hua Chenglin.',
    ['Hua Chenglin -> Shanghai Cooperation Organisation (Secretary General)'],
  ],
])('does not misread %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it.each([
  ['a general assembly', 'L’Assemblée générale a voté. Le Procureur général Paris a dit.'],
  ['a long-established colonel', 'La Place du Colonel Fabien est loin.'],
])('finds no person in %s', (_, text) => {
  expect(namesOf(graphOf(text), 'Person')).toEqual([]);
});

it.each([
  [
    'a hyphenated adjective and a portfolio',
    'La ministre sud-africaine des Relations internationales Naledi Pandor a parlé.',
    ['Naledi Pandor -> South Africa (Minister of International Relations)'],
  ],
  [
    'a hyphenated adjective and defence',
    'Le ministre sud-coréen de la Défense Kim Yong-hyun est arrivé.',
    ['Kim Yong-hyun -> South Korea (Minister of Defence)'],
  ],
  [
    'a first vice-president',
    'Mehriban Alieva, première vice-présidente de l’Azerbaïdjan, a parlé.',
    ['Mehriban Alieva -> Azerbaijan (First Vice President)'],
  ],
  [
    'a portfolio and its country before a comma',
    'Le ministre des Affaires étrangères du Kazakhstan, Ivan Orlov, a reçu son homologue.',
    ['Ivan Orlov -> Kazakhstan (Minister of Foreign Affairs)'],
  ],
  [
    // the title names the council: its role goes to the council (corpus convention)
    'a country inside the name of a council',
    'Ivan Orlov, secrétaire du Conseil de sécurité de la Russie, a déclaré.',
    ['Ivan Orlov -> Security Council of Russia (Secretary)'],
  ],
  [
    'two titles joined by "et" after a comma',
    'Ivan Orlov, vice-Premier ministre et ministre des Affaires étrangères du Kazakhstan, a parlé.',
    ['Ivan Orlov -> Kazakhstan (Deputy Prime Minister)'],
  ],
  [
    'a relative clause "qui préside"',
    'Ivan Orlov, qui préside le Conseil de la Fédération, a reçu la délégation.',
    ['Ivan Orlov -> Federation Council (Chairman)'],
  ],
  [
    'an English relative clause "who heads"',
    'Ivan Orlov, who heads the Collective Security Treaty Organization, said.',
    ['Ivan Orlov -> Collective Security Treaty Organization (Head)'],
  ],
  ['leading a delegation, no office', 'Ivan Orlov, qui dirige la délégation kazakhe, a parlé.', []],
  [
    'an English senior adviser',
    'Ivan Orlov, a senior adviser to the President of Kazakhstan, spoke.',
    ['Ivan Orlov -> Kazakhstan (Senior Adviser)'],
  ],
])('reads %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it.each([
  ['Researcher Temur Umarov of the Carnegie Center said.', 'Temur Umarov'],
  ['Analyst Arkady Dubnov said the summit mattered.', 'Arkady Dubnov'],
  ['Historien de formation, Kamoliddin Rabbimov a déclaré.', 'Kamoliddin Rabbimov'],
])('leaves the profession that opens the sentence out of the name: "%s"', (text, name) => {
  expect(namesOf(graphOf(`Dépêche\n\n${text}`), 'Person')).toEqual([name]);
});
