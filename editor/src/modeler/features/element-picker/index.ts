import { ElementPicker } from './element-picker';

/** The `elementPicker` service: pick an element of the diagram by clicking it. */
export default {
  __init__: ['elementPicker'],
  elementPicker: ['type', ElementPicker],
};
