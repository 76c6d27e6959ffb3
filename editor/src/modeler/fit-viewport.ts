import type Canvas from 'diagram-js/lib/core/Canvas';
import type { Point } from 'diagram-js/lib/util/Types';

/**
 * Fits the diagram to its container, centred; a hidden container (a tab not shown) has no size to
 * fit. The view box diagram-js keeps from a diagram imported while hidden has no scale, so it is
 * measured again first. diagram-js centres for its documented `'auto'`, which its types leave out.
 */
export function fitViewport(canvas: Canvas): void {
  const box = canvas.getContainer();
  if (box.clientWidth > 0 && box.clientHeight > 0) {
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto' as unknown as Point);
  }
}
