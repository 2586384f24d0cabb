// Discs drawn as WebGL points, without sigma's picking pass (the hidden copy of the nodes that
// tells which one is under the mouse) while the camera moves: nothing is hovered meanwhile.

import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** As sigma's render tells it (then it hides the edges when asked to). */
export function isMoving(renderer: Sigma): boolean {
  const captor = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() ||
    captor.isMoving ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0
  );
}

/**
 * Only where edges hide on move: sigma then draws once more when the drag ends, picking included
 * (10k entities: a fifth more frames). Elsewhere a drag's last frame would leave nothing to pick.
 */
export class MovingPointProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodePointProgram<N, E, G> {
  override render(params: RenderParams): void {
    const picking = this.pickProgram;
    const renderer = this.renderer as unknown as Sigma;
    if (!picking || !renderer.getSetting('hideEdgesOnMove') || !isMoving(renderer)) {
      return super.render(params);
    }
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = picking;
    }
  }
}
