import { makeDocument } from '../../src/1-read/read-documents.js';
import { segmentDocument } from '../../src/2-segment/segment-document.js';
import { recogniseDocument } from '../../src/3-recognise/recognise-document.js';

const signings = (text: string, language: 'fr' | 'en' = 'fr') => {
  const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
    publishedAt: '2024-05-24',
    language,
  });
  return recogniseDocument(doc, segmentDocument(doc))
    .events.filter((e) => e.format === 'SIGNING')
    .map((e) => e.surface);
};

it.each<[string, 'fr' | 'en', string]>([
  ['Les ministres ont signé trois mémorandums à Bakou.', 'fr', 'signé trois mémorandums à Bakou'],
  ['Un lot de conventions a été signé à Tachkent.', 'fr', 'signé à Tachkent'],
  ['Les deux parties ont déjà signé un protocole.', 'fr', 'signé un protocole'],
  ['The two ministers signed a memorandum in Baku.', 'en', 'signed a memorandum in Baku'],
  // one noun between the article and the verb is the subject, not an adverb
  ['The ministers signed a programme in Minsk.', 'en', 'signed a programme in Minsk'],
  ['The sides signed a plan of consultations.', 'en', 'signed a plan of consultations'],
])('reads a signing in "%s"', (text, language, expected) => {
  expect(signings(text, language)).toContain(expected);
});

it.each<[string, 'fr' | 'en']>([
  // an adjective: the signed thing, not a signing
  ['Le pacte signé par les fondateurs reste en vigueur.', 'fr'],
  ['The signed memorandum was published.', 'en'],
  ['The newly signed memorandum was published.', 'en'],
  // a date right after the participle dates the document signed
  ['Ce pacte, signé le 3 avril 1994, reste en vigueur.', 'fr'],
  ['The charter was signed on 3 April 1994 in Almaty.', 'en'],
])('finds no signing in "%s"', (text, language) => {
  expect(signings(text, language)).toEqual([]);
});

it('reads in a speech only the speakers’ own signing', () => {
  const speech = (line: string) =>
    signings(`Nursultan Abenov : Merci beaucoup. ${line}`).filter((s) => s.startsWith('sign'));
  expect(speech('Depuis que la partie adverse a signé ce texte, rien ne bouge.')).toEqual([]);
  expect(speech('Aujourd’hui nous avons signé un programme commun.')).toContain(
    'signé un programme commun',
  );
});

describe('a signed treaty is the event of its sentence', () => {
  const formats = (text: string) => {
    const doc = makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', {
      publishedAt: '2024-05-24',
      language: 'fr',
    });
    return recogniseDocument(doc, segmentDocument(doc)).events.map((e) => e.format);
  };
  it.each([
    ['Les deux chefs ont signé jeudi, à Douchanbé, un traité d’amitié.'],
    ['La déclaration commune a été signée à Tachkent.'],
  ])('makes no signing of "%s"', (text) => {
    expect(formats(text)).toContain('TREATY');
    expect(formats(text)).not.toContain('SIGNING');
  });
  // trap: documents that no keyword names stay a signing
  it('keeps the signing of "ont signé cinq mémorandums"', () => {
    expect(formats('Les délégations ont signé cinq mémorandums jeudi.')).toContain('SIGNING');
  });
});
