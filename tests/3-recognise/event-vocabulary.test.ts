// Event words that are events only in some uses, and sitting formats told by a qualifier, on
// snippets written for these tests: each table gives the format and phrase read, or none.

import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';
import type { EventFormat } from '../../src/types.js';
import { attendanceFormats } from '../helpers.js';

const eventsOf = (text: string) => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-05-24' });
  return recogniseDocument(doc, segmentDocument(doc)).events.map((e) => [e.format, e.surface]);
};
const formatsOf = (text: string) => eventsOf(text).map(([format]) => format);

describe('a sitting noun and its format qualifier', () => {
  it.each<[string, EventFormat]>([
    ['Les deux présidents ont eu des entretiens élargis au palais.', 'EXPANDED_TALKS'],
    ['Les observateurs ont pris la parole en séance élargie.', 'EXPANDED_TALKS'],
    ['La séance restreinte a duré une heure.', 'RESTRICTED_TALKS'],
    ['The two leaders held restricted-level talks at the palace.', 'RESTRICTED_TALKS'],
    ['They then held delegation-level talks.', 'EXPANDED_TALKS'],
    ['The ministers held one-on-one talks.', 'RESTRICTED_TALKS'],
    ['Les deux chefs d’État ont eu un entretien en petit comité.', 'RESTRICTED_TALKS'],
  ])('"%s" is %s', (text, format) => {
    expect(formatsOf(text)).toContain(format);
  });

  it.each([
    // the qualifier of no sitting
    ['Un partenariat élargi a été proposé aux voisins.'],
    ['Le cercle restreint des conseillers a été consulté.'],
    // a body's "expanded meeting" is its sitting, no part of talks
    ['An expanded meeting of the ministry board took place.'],
  ])('"%s" has no format of talks', (text) => {
    expect(formatsOf(text)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/RESTRICTED_TALKS|EXPANDED_TALKS/u)]),
    );
  });
});

describe('words that are events in some uses only', () => {
  it.each<[string, EventFormat, string]>([
    [
      'Chinese President Xi Jinping spoke with Turkmen President Serdar Berdimuhamedov over the phone on Monday.',
      'PHONE_CALL',
      'spoke with Turkmen President Serdar Berdimuhamedov over the phone',
    ],
    [
      'Le président s’est entretenu avec son homologue kazakh par téléphone.',
      'PHONE_CALL',
      'entretenu avec son homologue kazakh par téléphone',
    ],
    [
      'Prime Minister Modi paid homage at the Tomb of the Unknown Soldier.',
      'COMMEMORATION',
      'paid homage at the Tomb of the Unknown Soldier',
    ],
    [
      'Le ministre a rendu hommage aux héros devant le monument de la Victoire.',
      'COMMEMORATION',
      'rendu hommage aux héros devant le monument',
    ],
    [
      'Earlier, the Prime Minister addressed the Indian community in Moscow.',
      'MEETING',
      'addressed the Indian community',
    ],
    [
      'Le président participera à l’ouverture de la 8e Exposition Russie-Chine.',
      'OTHER',
      'ouverture de la 8e Exposition Russie-Chine',
    ],
    [
      'During the visit, the minister paid a courtesy call on the Prime Minister.',
      'MEETING',
      'paid a courtesy call',
    ],
    [
      'On the sidelines, the president also had a conversation with his guest.',
      'MEETING',
      'had a conversation with his guest',
    ],
    [
      'Moscow is the first stop of his fourth round of shuttle diplomacy.',
      'VISIT',
      'shuttle diplomacy',
    ],
    ['Les consultations politiques se sont tenues à Minsk.', 'TALKS', 'consultations politiques'],
  ])('reads "%s" as %s', (text, format, surface) => {
    expect(eventsOf(text)).toContainEqual([format, surface]);
  });

  it('makes one call of talks whose means follows, not talks and a call', () => {
    expect(formatsOf('Le président s’est entretenu avec son homologue par téléphone.')).toEqual([
      'PHONE_CALL',
    ]);
  });

  it.each([
    // a means with no talk between two sides
    ['A ministry spokesman confirmed the figures by phone.'],
    ['Les inscriptions se font par téléphone.'],
    // praise, not a commemoration
    ['He paid tribute to the work of his predecessor.'],
    ['Le président a rendu hommage au travail des diplomates.'],
    // "addressed" an issue, or a sitting told already
    ['The minister addressed the issue of tariffs.'],
    // an opening that opens no fair
    ['Il a salué la politique d’ouverture de son homologue.'],
    ['Ils ont salué l’ouverture d’un nouveau chapitre.'],
    ['Il a annoncé l’ouverture de l’ambassade.'],
    // a conversation that is no one's sitting
    ['We need a conversation about the climate.'],
    // consultations that are a document or a doctor's
    ['Les parties ont signé un plan de consultations politiques.'],
    ['Free medical consultations were offered to the residents.'],
  ])('finds no event in "%s"', (text) => {
    expect(formatsOf(text).filter((f) => f !== 'SIGNING')).toEqual([]);
  });
});

describe('attendance of the new words', () => {
  it.each([
    [
      'On 13 January 2025 Xi Jinping spoke with Serdar Berdimuhamedov over the phone.',
      ['Serdar Berdimuhamedov -> PHONE_CALL', 'Xi Jinping -> PHONE_CALL'],
    ],
    [
      'On 24 September 2024 in Ulaanbaatar, Sun Weidong paid a courtesy call on Battsetseg Batmunkh.',
      ['Battsetseg Batmunkh -> MEETING', 'Sun Weidong -> MEETING'],
    ],
  ])('seats both sides of "%s"', (text, expected) => {
    expect(attendanceFormats(text)).toEqual(expected);
  });
});
