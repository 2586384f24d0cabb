import { mergeProps } from '../../src/6-graph/merge-props.js';

type Props = Record<string, string>;

describe('mergeProps', () => {
  it.each<[string, Props, Props, Props]>([
    [
      'a telling role wins over "head of state"',
      { role: 'head of state' },
      { role: 'President' },
      { role: 'President' },
    ],
    [
      'a telling role wins over "Head"',
      { role: 'Head', delegation: 'place:kyrgyzstan' },
      { role: 'Chairman of the Cabinet' },
      { role: 'Chairman of the Cabinet', delegation: 'place:kyrgyzstan' },
    ],
    [
      '"founding member" wins over "member state"',
      { role: 'member state' },
      { role: 'founding member' },
      { role: 'founding member' },
    ],
    [
      'two telling roles: the first statement stays',
      { role: 'Minister of Defence' },
      { role: 'General' },
      { role: 'Minister of Defence' },
    ],
    [
      'a later document fills in what the first did not say',
      { role: 'President' },
      { status: 'announced', delegation: 'place:russia' },
      { role: 'President', status: 'announced', delegation: 'place:russia' },
    ],
    ['no role does not erase a generic one', { role: 'head' }, {}, { role: 'head' }],
  ])('%s', (_, kept, added, expected) => {
    expect(mergeProps(kept, added)).toEqual(expected);
  });

  it.each<[Props, Props]>([
    [{ role: 'head of state' }, { role: 'President' }],
    [{ role: 'leader' }, { role: 'Prime Minister' }],
  ])('gives the same role whatever the order: %j, %j', (a, b) => {
    expect(mergeProps(a, b).role).toBe(mergeProps(b, a).role);
  });
});
