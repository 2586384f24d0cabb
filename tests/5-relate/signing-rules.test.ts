import { attendanceFormats } from '../helpers.js';

describe('signers attend the signing of what they signed', () => {
  it.each([
    [
      'two leaders who "ont signé vendredi au Kremlin un accord"',
      'Le président russe Vladimir Poutine et son homologue kazakh Kassym-Jomart Tokaïev ont signé vendredi 17 janvier 2025 au Kremlin un accord de partenariat stratégique.',
      ['Kassym-Jomart Tokayev -> TREATY', 'Vladimir Putin -> TREATY'],
    ],
    [
      'an English "signed a treaty"',
      'Vladimir Putin and Kassym-Jomart Tokayev signed the Treaty on Comprehensive Strategic Partnership in Moscow on 17 January 2025.',
      ['Kassym-Jomart Tokayev -> TREATY', 'Vladimir Putin -> TREATY'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(attendanceFormats(text).filter((a) => a.endsWith('TREATY'))).toEqual(expected);
  });

  it.each([
    [
      'a treaty signed long ago, named as another occurrence',
      'Vladimir Poutine a rappelé le traité signé en 2001 entre la Russie et la Chine.',
    ],
    [
      'a treaty named before the verb, by someone who only cites it',
      'Le traité de 2001, Vladimir Poutine l’a cité hier.',
    ],
  ])('makes no signer of %s', (_, text) => {
    expect(attendanceFormats(text).filter((a) => a.endsWith('TREATY'))).toEqual([]);
  });
});

describe('signers after a passive verb', () => {
  it.each([
    ['The documents were signed by Vladimir Putin and Shavkat Mirziyoyev on 27 May 2024.'],
    ['Les documents ont été signés par Vladimir Poutine et Chavkat Mirzioïev le 27 mai 2024.'],
  ])('attend the signing: "%s"', (text) => {
    expect(attendanceFormats(text)).toEqual([
      'Shavkat Mirziyoyev -> SIGNING',
      'Vladimir Putin -> SIGNING',
    ]);
  });

  it('make no signer of the one who signed a treaty long ago', () => {
    expect(
      attendanceFormats('L’accord, signé par Vladimir Poutine en 2001, reste en vigueur.'),
    ).toEqual([]);
  });
});
