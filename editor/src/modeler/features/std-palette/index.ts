import AutoPlaceModule from 'bpmn-js/lib/features/auto-place';
import ContextPadModule from 'bpmn-js/lib/features/context-pad';
import ModelingModule from 'bpmn-js/lib/features/modeling';
import PaletteModule from 'bpmn-js/lib/features/palette';
import PopupMenuModule from 'bpmn-js/lib/features/popup-menu';
import type { ModuleDeclaration } from 'didi';
import { StdContextPadProvider } from './std-context-pad-provider';
import { StdPaletteProvider } from './std-palette-provider';
import { StdReplaceMenuFilter } from './std-replace-menu-filter';

/** Palette, context pad and replace menu offering what a standard's process is drawn with. */
export default {
  __depends__: [ModelingModule, PaletteModule, ContextPadModule, AutoPlaceModule, PopupMenuModule],
  __init__: ['stdPaletteProvider', 'stdContextPadProvider', 'stdReplaceMenuFilter'],
  stdPaletteProvider: ['type', StdPaletteProvider],
  stdContextPadProvider: ['type', StdContextPadProvider],
  stdReplaceMenuFilter: ['type', StdReplaceMenuFilter],
} satisfies ModuleDeclaration;
