import chineseTranslation from '../../../../src/modeler/features/chinese-translation';
import { PROCESS } from '../../../fixtures/process';
import { beforeEach, bootstrapModeler, describe, expect, it } from '../../../helper';

/** What the palette's entry says to a person (and a screen reader) it does. */
const paletteLabel = (action: string) => document.querySelector(`.djs-palette [data-action="${action}"]`)?.getAttribute('aria-label');

describe('features/chinese-translation', () => {
  describe('in a Chinese modeler', () => {
    beforeEach(bootstrapModeler(PROCESS, { additionalModules: [chineseTranslation] }));

    it('names the palette’s entries in Chinese', () => {
      expect(paletteLabel('create.start-event')).toBe('创建开始事件');
    });
  });

  describe('in an English modeler', () => {
    beforeEach(bootstrapModeler(PROCESS, { additionalModules: [chineseTranslation], language: 'en' }));

    it('names them in English', () => {
      expect(paletteLabel('create.start-event')).toBe('Create start event');
    });
  });
});
