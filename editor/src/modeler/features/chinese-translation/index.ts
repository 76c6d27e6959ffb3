import { createTranslate } from './translate';

/**
 * bpmn-js in the modeler's language (`language` in the modeler's options): palette, context pad,
 * menus, properties panel and lint messages.
 */
export default {
  translate: ['factory', ['config.language', (language: string) => createTranslate(language ?? 'zh-CN')]],
};
