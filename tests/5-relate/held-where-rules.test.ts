import { edgesOf, graphOf } from '../helpers.js';

const heldIn = (text: string) => edgesOf(graphOf(`Dépêche\n\n${text}`), 'HELD_IN');

it.each([
  // the place, then "lors de" the event
  [
    'Le chef de l’État l’a rappelé mardi 4 mars, à Douchanbé lors d’une réunion du Conseil en format restreint.',
    /^Restricted talks.* -> Dushanbe$/u,
  ],
  [
    'The minister said so on Friday in Tashkent during the meeting of the SCO council.',
    /^Meeting.* -> Tashkent$/u,
  ],
  // a treaty signed somewhere, the place before it
  [
    'Les deux présidents ont signé jeudi au Kremlin un traité sur le partenariat énergétique.',
    /^Treaty.* -> Kremlin$/u,
  ],
  // a treaty signed somewhere, the place after it
  [
    'The Treaty on the Customs Union was signed on 6 March 1998 in Minsk by four leaders.',
    /^Treaty.* -> Minsk$/u,
  ],
  // a meeting verb's day and place after its object
  [
    'Le président a rencontré son homologue Ivan Petrov, président de la Moldavie, lundi à Bakou pour parler du gaz.',
    /^Meeting.* -> Baku$/u,
  ],
  // the place right after the object's name, then the day
  [
    'Foreign Minister Ivan Petrov held talks with Foreign Minister of the Republic of Azerbaijan H.E. Mr. Pavel Sidorov in Astana on 12 March 2024.',
    /^Talks.* -> Astana$/u,
  ],
  [
    'Le ministre Ivan Petrov a rencontré le ministre arménien Pavel Sidorov à Bakou le 12 mars.',
    /^Meeting.* -> Baku$/u,
  ],
  // the date, then the place
  [
    'President Ivan Petrov met with Prime Minister Pavel Sidorov on 12 March 2024 in Tashkent.',
    /^Meeting.* -> Tashkent$/u,
  ],
])('"%s": HELD_IN where the sentence puts it', (text, edge) => {
  expect(heldIn(text)).toContainEqual(expect.stringMatching(edge));
});

it.each([
  // "à Minsk" is where the minister spoke, "après la réunion" no sitting there
  ['Le ministre a parlé à Minsk après la réunion du Conseil de l’OTSC.', /^Meeting.* -> Minsk$/u],
  // the day and place are the arrival's, not the meeting's
  [
    'Le président a rencontré son homologue Ivan Petrov, arrivé lundi à Bakou pour une visite.',
    /^Meeting.* -> Baku$/u,
  ],
  // a treaty named after a city signed nowhere in this sentence
  ['Le traité sur la sécurité collective a été évoqué à Erevan mardi.', /^Treaty.* -> Yerevan$/u],
  // a place after the name that is the person's post, no day after it
  [
    'The minister met with Ivan Petrov, the ambassador in Moscow of the republic, to discuss trade.',
    /^Meeting.* -> Moscow$/u,
  ],
  // the topic of the talks, not their place
  [
    'President Ivan Petrov met with Prime Minister Pavel Sidorov and discussed the situation in Gaza.',
    /-> Gaza$/u,
  ],
])('"%s": no HELD_IN', (text, edge) => {
  expect(heldIn(text)).not.toContainEqual(expect.stringMatching(edge));
});
