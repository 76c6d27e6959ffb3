import type { Element } from 'bpmn-js/lib/model/Types';
import { isAny } from 'bpmn-js/lib/util/ModelUtil';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';

interface Pending {
  accept: (element: Element) => boolean;
  resolve: (id: string | null) => void;
}

/**
 * A mode in which the next click on a diagram element answers a question ("which task starts the
 * duration?") instead of selecting it. Escape or a click on empty canvas gives up.
 */
export class ElementPicker {
  static $inject = ['eventBus', 'canvas', 'selection'];
  private pending: Pending | null = null;

  constructor(
    eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly selection: Selection,
  ) {
    eventBus.on<{ element: Element }>('element.click', 2000, (event) => {
      if (!this.pending) return undefined;
      const element: Element = event.element.labelTarget ?? event.element;
      if (isAny(element, ['bpmn:Process', 'bpmn:Collaboration'])) {
        this.finish(null);
      } else if (this.pending.accept(element)) {
        this.finish(element.id);
      }
      // Returning false keeps the click from also selecting or editing the element.
      return false;
    });
    eventBus.on('diagram.destroy', () => this.finish(null));
  }

  get active(): boolean {
    return this.pending !== null;
  }

  pick(accept: (element: Element) => boolean = () => true): Promise<string | null> {
    this.finish(null);
    // No selection, so no context pad whose buttons a click meant for the element could hit.
    this.selection.select(null);
    this.canvas.getContainer().classList.add('picking-element');
    return new Promise((resolve) => {
      this.pending = { accept, resolve };
    });
  }

  cancel(): void {
    this.finish(null);
  }

  private finish(id: string | null): void {
    const p = this.pending;
    this.pending = null;
    this.canvas.getContainer().classList.remove('picking-element');
    p?.resolve(id);
  }
}
