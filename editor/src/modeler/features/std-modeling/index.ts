import ModelingModule from 'bpmn-js/lib/features/modeling';
import type { ModuleDeclaration } from 'didi';
import { ExclusiveSlaBehavior } from './exclusive-sla-behavior';
import { UnsetRecordKindsBehavior } from './unset-record-kinds-behavior';

/**
 * The standard's rules between `std:` attributes, kept by bpmn-js modeling itself (as bpmn-js keeps its
 * own, e.g. a gateway's default flow): whatever sets an attribute through `modeling` — the properties
 * panel or any other code — leaves the element valid, in one undoable command.
 */
export default {
  __depends__: [ModelingModule],
  __init__: ['exclusiveSlaBehavior', 'unsetRecordKindsBehavior'],
  exclusiveSlaBehavior: ['type', ExclusiveSlaBehavior],
  unsetRecordKindsBehavior: ['type', UnsetRecordKindsBehavior],
} satisfies ModuleDeclaration;
