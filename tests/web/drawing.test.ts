// How much the explorer draws: the GEXF's sizes up to 1,000 entities, shrinking past them so that
// the discs cover the same area; edges hidden while the camera moves past 5,000 relations.

import {
  LABEL_SIZE,
  hideEdgesOnMove,
  labelThreshold,
  sizeScale,
} from '../../web/explore/drawing.js';

describe('explorer drawing', () => {
  it.each([
    [0, 1],
    [100, 1],
    [1_000, 1],
    [4_000, 0.5],
    [10_000, Math.sqrt(0.1)],
  ])('scales the sizes of %i entities by %f', (order, scale) => {
    expect(sizeScale(order)).toBeCloseTo(scale, 6);
  });

  it('keeps the total disc area of 1,000 entities past them', () => {
    expect(10_000 * sizeScale(10_000) ** 2).toBeCloseTo(1_000, 6);
  });

  it('labels the same entities when their discs shrink', () => {
    expect(labelThreshold(100)).toBe(LABEL_SIZE);
    expect(labelThreshold(4_000)).toBeCloseTo(LABEL_SIZE / 2, 6);
  });

  it.each([
    [300, false],
    [5_000, false],
    [5_001, true],
    [30_000, true],
  ])('hides %i relations while moving: %s', (size, hidden) => {
    expect(hideEdgesOnMove(size)).toBe(hidden);
  });
});
