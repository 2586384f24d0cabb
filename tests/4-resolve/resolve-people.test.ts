import { quotedEvidence } from '../../src/6-graph/evidence-table.js';
import { edgesOf, graphOf, namesOf } from '../helpers.js';
import { translitKey } from '../../src/4-resolve/normalise.js';

it.each([
  ['Mantourov', 'Manturov'],
  ['Beloussov', 'Belousov'],
  ['Matveïev', 'Matveyev'],
  ['Loukachenko', 'Lukashenko'],
  ['Bedniakov', 'Bednyakov'],
])('folds "%s" and "%s" to one transliteration key', (french, english) => {
  expect(translitKey(french)).toBe(translitKey(english));
});

it('merges two spellings of an unknown minister into one person', () => {
  const g = graphOf(
    'Le ministre des Transports Oleg Tchernov est arrivé. Plus tard, le ministre Oleg Chernov a parlé, puis Oleg Tchernov a conclu.',
  );
  expect(namesOf(g, 'Person').filter((n) => n.startsWith('Oleg'))).toHaveLength(1);
});

it('merges "Andreï Beloussov" into the lexicon\'s Andrei Belousov', () => {
  const g = graphOf('Le ministre de la Défense Andreï Beloussov a pris la parole.');
  expect(namesOf(g, 'Person')).toEqual(['Andrei Belousov']);
});

it('keeps apart two people who share a first name', () => {
  const g = graphOf(
    'Le ministre Sergueï Petrenko et le gouverneur Sergueï Volkov ont visité Kazan. Petrenko a parlé.',
  );
  expect(namesOf(g, 'Person')).toEqual(['Sergei Petrenko', 'Sergei Volkov']);
});

it('drops honorifics: "Monsieur Poutine" and "Mr. Poutine" are Vladimir Putin', () => {
  const g = graphOf('Monsieur Poutine a remercié Mr. Poutine.');
  expect(namesOf(g, 'Person')).toEqual(['Vladimir Putin']);
});

it('resolves a role phrase to the person the document names in that role', () => {
  const g = graphOf(
    'Le président kazakh Kassym-Jomart Tokaïev est arrivé à Astana. Le président kazakh a salué ses hôtes.',
  );
  const aliases = g.getNodeAttribute('person:kassym-jomart-tokayev', 'aliases');
  expect(aliases).toEqual(expect.arrayContaining(['Le président kazakh']));
  expect(edgesOf(g, 'HOLDS_ROLE')).toContain('Kassym-Jomart Tokayev -> Kazakhstan');
});

it('resolves a caption abbreviation only from a person named in the text', () => {
  const g = graphOf(
    'Le président Ivan Petrov est arrivé.\n3 IP Avec ses ministres.\n4 ZZ Avec ses ministres.',
  );
  const evidence = quotedEvidence(
    g.getAttribute('evidence'),
    g.getNodeAttributes('person:ivan-petrov'),
  ).map((e) => e.quote);
  expect(evidence).toContain('IP');
  expect(namesOf(g, 'Person')).toEqual(['Ivan Petrov']);
});

describe('"M. Wang" after a name written family name first', () => {
  it.each([
    [
      'a Chinese minister of the lexicon',
      'Le ministre Wang Yi a reçu le ministre Ivan Petrov. M. Wang a salué le partenariat.',
      ['Ivan Petrov', 'Wang Yi'],
    ],
    [
      'a Chinese official the lexicon does not know',
      'Le vice-ministre Sun Weidong a reçu le ministre Ivan Petrov. M. Sun a salué le partenariat.',
      ['Ivan Petrov', 'Sun Weidong'],
    ],
    [
      'two Wangs: the short name is nobody rather than a third person',
      'Le ministre Wang Yi a reçu le ministre Wang Wentao. M. Wang a salué le partenariat.',
      ['Wang Wentao', 'Wang Yi'],
    ],
    [
      'a Russian surname, written last, as before',
      'Le ministre Mikhaïl Ivanov a reçu le ministre Wang Yi. M. Ivanov a salué le partenariat.',
      ['Mikhail Ivanov', 'Wang Yi'],
    ],
  ])('%s', (_, text, people) => {
    expect(namesOf(graphOf(`Diplomatie\n${text}`), 'Person')).toEqual(people);
  });
});

describe('a name without its last part', () => {
  it('joins the one longer name it opens: "Alemu Tadesse" is "Alemu Tadesse Gebre"', () => {
    const g = graphOf(
      'Diplomatie\nL’ambassadeur Alemu Tadesse a remis un message. S.E. Alemu Tadesse Gebre, ambassadeur d’Éthiopie, a été reçu. M. Tadesse a parlé.',
    );
    expect(namesOf(g, 'Person')).toEqual(['Alemu Tadesse Gebre']);
  });

  it('stays apart when two longer names open with it', () => {
    const g = graphOf(
      'Diplomatie\nLe ministre Karim Nasser Haddad et le ministre Karim Nasser Saleh ont reçu le ministre Karim Nasser.',
    );
    expect(namesOf(g, 'Person')).toEqual([
      'Karim Nasser',
      'Karim Nasser Haddad',
      'Karim Nasser Saleh',
    ]);
  });
});
