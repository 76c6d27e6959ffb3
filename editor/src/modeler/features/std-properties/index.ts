import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import type { ModuleDeclaration } from 'didi';
import stdContext from '../std-context';
import stdModeling from '../std-modeling';
import { StdPropertiesProvider } from './std-properties-provider';

/**
 * The properties panel entries for the `std:` extension, beside bpmn-js's own: they choose from the
 * standard's context and rely on std-modeling to keep the attributes' rules.
 */
export default {
  __depends__: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, stdContext, stdModeling],
  __init__: ['stdPropertiesProvider'],
  stdPropertiesProvider: ['type', StdPropertiesProvider],
} satisfies ModuleDeclaration;
