import { StdContextPadProvider } from './std-context-pad-provider';
import { StdPaletteProvider } from './std-palette-provider';
import { StdReplaceMenuFilter } from './std-replace-menu-filter';

/** Palette, context pad and replace menu offering what a standard's process is drawn with. */
export default {
  __init__: ['stdPaletteProvider', 'stdContextPadProvider', 'stdReplaceMenuFilter'],
  stdPaletteProvider: ['type', StdPaletteProvider],
  stdContextPadProvider: ['type', StdContextPadProvider],
  stdReplaceMenuFilter: ['type', StdReplaceMenuFilter],
};
