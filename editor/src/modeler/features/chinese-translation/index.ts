import type { ModuleDeclaration } from 'didi';
import TranslateModule from 'diagram-js/lib/i18n/translate';
import { createTranslate } from './translate';

/**
 * bpmn-js in the modeler's language (`language` in the modeler's options): palette, context pad,
 * menus and the properties panel. It replaces diagram-js's `translate`, so it loads after it. Lint
 * messages come from the standards' lint in both languages already (std-linting).
 */
export default {
  __depends__: [TranslateModule],
  translate: ['factory', ['config.language', (language: string) => createTranslate(language ?? 'zh-CN')]],
} satisfies ModuleDeclaration;
