// validateIngestText: the rules of reading a file, applied to a text sent to ingestDocument.

import { validateIngestText } from '../../src/1-read/validate-ingest-text.js';

describe('validateIngestText', () => {
  it.each([
    [
      'a NUL character',
      'Minsk\u0000',
      'BINARY_FILE',
      'text: holds 1 NUL character(s) at character 5',
    ],
    [
      'a lone surrogate',
      'Minsk \udc00',
      'INVALID_ENCODING',
      'text: invalid text: a lone UTF-16 surrogate at character 6',
    ],
    [
      'control characters',
      '\u0001\u0002\u0003 Minsk',
      'BINARY_FILE',
      'text: the text holds binary data',
    ],
    ['white space only', ' \n\t', 'EMPTY_FILE', 'text: the text holds only white space'],
    ['a PDF', '%PDF-1.7 Minsk', 'BINARY_FILE', 'text: the text is a PDF document'],
  ])('refuses %s, naming it', (_, text, code, message) => {
    const [problem, ...more] = validateIngestText(text, 'text');
    expect(problem).toMatchObject({ file: 'text', code, severity: 'error' });
    expect(problem?.message.startsWith(message)).toBe(true);
    expect(more).toEqual([]);
  });

  it('accepts French text with accents, CRLF and a BOM', () => {
    expect(validateIngestText('\ufeffLe président est arrivé à Minsk.\r\nFin.', 'text')).toEqual(
      [],
    );
  });
});
