import type { ModuleDeclaration } from 'didi';
import SelectionModule from 'diagram-js/lib/features/selection';
import { ElementPicker } from './element-picker';

/** The `elementPicker` service: pick an element of the diagram by clicking it. */
export default {
  __depends__: [SelectionModule],
  __init__: ['elementPicker'],
  elementPicker: ['type', ElementPicker],
} satisfies ModuleDeclaration;
