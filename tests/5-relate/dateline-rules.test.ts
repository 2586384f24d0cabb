import { edgesOf, graphOf } from '../helpers.js';

const heldIn = (text: string) => edgesOf(graphOf(`Dépêche du jour\n\n${text}`), 'HELD_IN');

it.each([
  // a French wire dateline: city, day, dash, agency
  [
    'EREVAN, 12 mars – RIA Novosti. Le ministre russe Ivan Petrov a rencontré mardi le ministre arménien Pavel Sidorov.',
    /^Meeting.* -> Yerevan$/u,
  ],
  // an English one with the agency in brackets and a double dash
  [
    'BAKU, March 12 (Xinhua) -- Azerbaijani Foreign Minister Ivan Petrov met with Armenian Foreign Minister Pavel Sidorov on Tuesday.',
    /^Meeting.* -> Baku$/u,
  ],
  // no date, only the agency
  [
    'DUSHANBE (Asia-Plus) - Tajik President Ivan Petrov held talks with Kyrgyz President Pavel Sidorov.',
    /^Talks.* -> Dushanbe$/u,
  ],
  // the country, then the day and a full stop
  [
    'TASHKENT, Uzbekistan, March 12. President Ivan Petrov received Foreign Minister of Hungary Pavel Sidorov.',
    /^Meeting.* -> Tashkent$/u,
  ],
  // "/TASS/" after the date
  [
    'MOSCOU, 12 mars. /TASS/. Le président de la Douma Ivan Petrov a reçu le président du Sénat kazakh Pavel Sidorov.',
    /^Meeting.* -> Moscow$/u,
  ],
  // a visit is to the dateline city's country
  [
    'ASTANA, March 12 (Kazinform) -- President Ivan Petrov, who is on a state visit, held talks with Kazakh President Pavel Sidorov.',
    /^State visit.* -> Kazakhstan$/u,
  ],
  // at a spot of the city: the city too
  [
    'BEIJING, March 12 (Xinhua) -- Chinese President Ivan Petrov met with Pakistani Prime Minister Pavel Sidorov at the Great Hall of the People.',
    /^Meeting.* -> Beijing$/u,
  ],
])('"%s": the dateline places the lead', (text, edge) => {
  expect(heldIn(text)).toContainEqual(expect.stringMatching(edge));
});

it.each([
  // the agency's own city, the event said to be elsewhere
  [
    'MINSK, 12 March (BelTA) - Belarusian President Ivan Petrov took part in the meeting of the Supreme Eurasian Economic Council in Moscow on Tuesday.',
    /-> Minsk$/u,
  ],
  [
    'BISHKEK (AKIpress) - Kyrgyz Foreign Minister Ivan Petrov met with Mongolian Foreign Minister Pavel Sidorov in Astana on Tuesday.',
    /-> Bishkek$/u,
  ],
  // a phone call is held nowhere
  [
    'MINSK, 12 mars (BelTA) - Le président Ivan Petrov et le président ouzbek Pavel Sidorov se sont entretenus mardi par téléphone.',
    /-> Minsk$/u,
  ],
  // a city opening a sentence is no dateline
  [
    'Moscou a accueilli mardi des négociations entre Ivan Petrov et Pavel Sidorov sur le gaz.\nBakou, qui a envoyé le ministre Ivan Petrov, se félicite des entretiens.',
    /-> Baku$/u,
  ],
])('"%s": no HELD_IN from the dateline', (text, edge) => {
  expect(heldIn(text)).not.toContainEqual(expect.stringMatching(edge));
});
