import { sentenceIndexAt, splitSentences } from '../../src/5-relate/sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    [
      'a stop before a capital',
      'Il est arrivé. Le sommet commence.',
      ['Il est arrivé.', 'Le sommet commence.'],
    ],
    [
      'an initial',
      'Il a été accueilli par M. Mnangagwa à Harare.',
      ['Il a été accueilli par M. Mnangagwa à Harare.'],
    ],
    [
      'a glued initial',
      'V.Poutine a rencontré A. Loukachenko.',
      ['V.Poutine a rencontré A. Loukachenko.'],
    ],
    [
      'list lines',
      'Participants :\n  • le président Vladimir Poutine,\n  • le président Xi Jinping.',
      ['Participants :', '• le président Vladimir Poutine,', '• le président Xi Jinping.'],
    ],
    [
      'a French quote opened with a no-break space',
      'Il l’a annoncé à Moscou. «\u00a0Nous sommes prêts\u00a0», a-t-il dit.',
      ['Il l’a annoncé à Moscou.', '«\u00a0Nous sommes prêts\u00a0», a-t-il dit.'],
    ],
    [
      'a quote that goes on in lower case',
      'Il a parlé de « coopération. » avec Minsk.',
      ['Il a parlé de « coopération. » avec Minsk.'],
    ],
    [
      'a decimal number',
      'La croissance a atteint 3.5 pour cent.',
      ['La croissance a atteint 3.5 pour cent.'],
    ],
  ])('splits %s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('finds the sentence holding an offset', () => {
    const sentences = splitSentences('Un. Deux. Trois.');
    expect(sentenceIndexAt(sentences, 5)).toBe(1);
    expect(sentenceIndexAt(sentences, 3)).toBe(-1);
  });
});
