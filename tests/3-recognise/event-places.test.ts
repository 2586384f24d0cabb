import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import type { Language } from '../../src/types.js';
import { eventPlacesOf } from '../helpers.js';
import { sentenceOf } from '../../src/3-recognise/sentence-of.js';

const placesOf = eventPlacesOf;

it.each([
  // a topic of the talks is not their place; a war is where it is waged
  ['Igor Sokolov a discuté avec Karim Benali de la situation à Gaza.', 'TALKS', []],
  ['The envoys held a meeting on the security situation in Gaza.', 'MEETING', [], 'en'],
  // a body's name with a topic word in it is no topic: "the Cooperation Committee in"
  [
    'Two deputy premiers chaired the 5th meeting of the Intergovernmental Cooperation Committee in Astana.',
    'MEETING',
    ['Astana'],
    'en',
  ],
  ['Les deux parties ont discuté de la guerre en Ukraine.', 'WAR', ['Ukraine']],
  // a gathering named after its city
  ['Plus de 40 accords seront signés au sommet de Samarcande.', 'SUMMIT', ['Samarcande']],
  [
    'Le Forum économique international de Saint-Pétersbourg a ouvert ses portes.',
    'FORUM',
    ['Saint-Pétersbourg'],
  ],
  // the host before the event
  [
    'Le 26 octobre, Bichkek a accueilli la réunion des chefs de gouvernement.',
    'MEETING',
    ['Bichkek'],
  ],
  [
    'On 26 October, Bishkek hosted the 22nd meeting of the heads of government.',
    'MEETING',
    ['Bishkek'],
  ],
  // a holding verb far after the phrase, past an apposition
  [
    'Une réunion des chefs d’État, dont le thème était « La nouvelle ère de la coopération entre ' +
      'les peuples frères », s’est tenue à Samarcande le 11 novembre.',
    'MEETING',
    ['Samarcande'],
  ],
  ['A conference of the leaders has launched in Yerevan today.', 'CONFERENCE', ['Yerevan']],
  // "at the" spot, not the country of a possessive
  [
    'On Tuesday the forum at the Baikonur Cosmodrome in Kazakhstan’s south drew many guests.',
    'FORUM',
    ['Baikonur Cosmodrome'],
  ],
  // the relative of a visit made
  [
    'Il a parlé de la visite d’État que le président vient de terminer en Mongolie.',
    'STATE_VISIT',
    ['Mongolie'],
  ],
  // a day between the phrase and its place
  ['Le sommet de la CEI, le 9 avril 2026 à Achgabat, a réuni neuf pays.', 'SUMMIT', ['Achgabat']],
  // two names coordinated in the complement, then the place
  [
    'Le sénateur prépare le VII Forum des régions de Russie et du Kazakhstan à Omsk.',
    'FORUM',
    ['Omsk'],
  ],
  [
    'La visite d’État du président Loukachenko à Téhéran a duré deux jours.',
    'STATE_VISIT',
    ['Téhéran'],
  ],
  // a present-tense holding verb in the plural
  ['Des manifestations se déroulent à Tbilissi depuis dimanche.', 'INCIDENT', ['Tbilissi']],
] as const)('places "%s"', (text, format, places, language: Language = 'fr') => {
  expect(placesOf(text, /^(On|A) /.test(text) ? 'en' : language)).toContainEqual([format, places]);
});

it.each([
  // "de Minsk" after a visit may be where the visitor comes from
  ['La visite de Minsk a été reportée au 3 mars.', 'VISIT'],
  // a capitalised place as the subject of another verb hosts nothing
  ['Moscou a critiqué le sommet du 3 mars.', 'SUMMIT'],
  // the holding verb has a subject of its own
  ['Après la cérémonie de bienvenue, la réunion a eu lieu à Bakou.', 'CEREMONY'],
] as const)('does not place "%s"', (text, format) => {
  expect(placesOf(text)).toContainEqual([format, []]);
});

it.each([
  ['Première phrase. Deuxième phrase; troisième', 20, { start: 16, end: 32 }],
  ['Sans point', 3, { start: 0, end: 10 }],
])('sentenceOf("%s", %d) is %o', (text, at, expected) => {
  expect(sentenceOf(text, at)).toEqual(expected);
});

const surfacesOf = (text: string) => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language: 'fr',
  });
  return recogniseDocument(doc, segmentDocument(doc)).events.map((e) => e.surface);
};

it.each([
  [
    'Le président a rencontré son homologue kazakh Kassym-Jomart Tokaïev à Astana.',
    'rencontré son homologue kazakh Kassym-Jomart Tokaïev à Astana',
  ],
  [
    'Loukachenko est arrivé dimanche soir dans la capitale iranienne et a été reçu lundi.',
    'est arrivé dimanche soir dans la capitale iranienne',
  ],
])('a verb’s phrase runs to the place of its object: "%s"', (text, surface) => {
  expect(surfacesOf(text)).toContain(surface);
});

it.each([
  // a place name that opens with a lowercase noun stays whole
  [
    'Le quatrième sommet de la mer Caspienne a réuni cinq présidents.',
    'sommet de la mer Caspienne',
  ],
  // a verb's object ends before the person named after the title
  [
    'Le ministre a rencontré le chef de la diplomatie kazakh Ivan Petrov hier.',
    'rencontré le chef de la diplomatie kazakh',
  ],
])('a phrase keeps a whole place name, not a name after a title: "%s"', (text, surface) => {
  expect(surfacesOf(text).some((s) => s.endsWith(surface))).toBe(true);
});

it.each([
  ['Le sommet « Nord+2 » à Riga a duré une journée.', 'SUMMIT', ['Riga']],
  ['Il a pris part au forum dit « Baltique 2030 » à Tallinn.', 'FORUM', ['Tallinn']],
] as const)('a quoted name inside the phrase keeps its place: "%s"', (text, format, places) => {
  expect(placesOf(text)).toContainEqual([format, places]);
});

it('a quoted clause after the event is no part of its name', () => {
  const text = 'Le sommet « a été utile à tous les pays de la région », à Riga selon lui.';
  expect(surfacesOf(text)).not.toContainEqual(expect.stringContaining('»'));
});

it('places an event whose holding verb comes after a long list of bodies, then a day and a spot', () => {
  const text =
    'La réunion des ministres des Transports des pays membres de la Communauté des États ' +
    'indépendants (CEI), de l’Organisation de coopération de Shanghai (OCS) et de ' +
    'l’Organisation du traité de sécurité collective (OTSC) se tiendra à Minsk le jeudi ' +
    '9 avril au Palais de l’Indépendance.';
  expect(placesOf(text)).toContainEqual(['MEETING', ['Minsk', 'Palais de l’Indépendance']]);
});

it('ends the phrase at "et" before a second event', () => {
  expect(surfacesOf('Le sommet de l’OCS et le forum régional ont eu lieu en juin.')).toEqual(
    expect.arrayContaining(['sommet de l’OCS', 'forum régional']),
  );
});
