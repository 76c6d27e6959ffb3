import type { DiagramElement, Translate } from '../../diagram-types';

interface ContextPad {
  registerProvider(priority: number, provider: unknown): void;
}
interface ElementFactory {
  createShape(attrs: { type: string }): unknown;
}
interface AutoPlace {
  append(source: DiagramElement, shape: unknown): void;
}
interface Create {
  start(event: Event, shape: unknown, context: { source: DiagramElement }): void;
}

/** Offers "append user task" next to "append task", since nearly every step of a standard is one. */
export class StdContextPadProvider {
  static $inject = ['contextPad', 'elementFactory', 'autoPlace', 'create', 'translate'];

  constructor(
    contextPad: ContextPad,
    private readonly elementFactory: ElementFactory,
    private readonly autoPlace: AutoPlace,
    private readonly create: Create,
    private readonly translate: Translate,
  ) {
    contextPad.registerProvider(500, this);
  }

  getContextPadEntries(element: DiagramElement) {
    return (entries: Record<string, unknown>) => {
      if (!entries['append.append-task']) return entries;
      const shape = () => this.elementFactory.createShape({ type: 'bpmn:UserTask' });
      return {
        ...entries,
        'append.user-task': {
          group: 'model',
          className: 'bpmn-icon-user-task',
          title: this.translate('Append user task'),
          action: {
            click: (_: Event, source: DiagramElement) => this.autoPlace.append(source ?? element, shape()),
            dragstart: (event: Event, source: DiagramElement) => this.create.start(event, shape(), { source: source ?? element }),
          },
        },
      };
    };
  }
}
