// How much the explorer draws, and how, for its frames to stay smooth on WebGL in software
// (SwiftShader, a desk without a graphics card): node sizes and the labels' threshold by density,
// edges hidden while moving.

/** Up to this many entities the GEXF's sizes are kept; past it discs shrink with density. */
export const FULL_SIZE_NODES = 1_000;

/** Past this many relations the edges are not drawn while the camera moves (2,000 entities:
 * 26 frames/s with their 6,000 edges, 45 without; 10,000 and 30,000: 7 and 27). */
export const EDGES_WHILE_MOVING = 5_000;

/**
 * What a node's size is multiplied by: the discs of 10k entities at the GEXF's sizes cover the
 * canvas five times over (a blob, and the fill rate of software WebGL); their total area is kept
 * to that of FULL_SIZE_NODES at full size (10k entities: 0.32; a third of the canvas covered).
 */
export function sizeScale(order: number): number {
  return order <= FULL_SIZE_NODES ? 1 : Math.sqrt(FULL_SIZE_NODES / order);
}

/** sigma labels the discs drawn at least this large (px), the biggest first where labels
 * would overlap; shrunk discs keep the labels of the same entities. */
export const LABEL_SIZE = 7;

export function labelThreshold(order: number): number {
  return LABEL_SIZE * sizeScale(order);
}

export function hideEdgesOnMove(size: number): boolean {
  return size > EDGES_WHILE_MOVING;
}
