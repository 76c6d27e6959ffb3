/**
 * What a reviewer reads of the shipped standards' indicators: one sentence per indicator in each
 * language, with names from the diagram and the forms, never an expression, a JSON pointer or an id.
 */
import { compileProcess, processNames } from '@jingzhun/engine';
import { describeIndicator } from '@jingzhun/standards';
import { loadExampleStandards } from './load';

const standards = loadExampleStandards();

describe.each(standards.map((s) => [s.code, s] as const))('the indicators of %s', (_code, standard) => {
  it('are each one sentence in words, in Chinese and in English', async () => {
    const names = processNames(await compileProcess(standard));
    for (const indicator of standard.indicators) {
      const { definition } = describeIndicator(indicator, names, standard);
      for (const text of [definition.zh, definition.en]) {
        // No FEEL, no pointer into a form, no comparator typed as code, no element or form id.
        expect(text).not.toMatch(/\bvalue\b|[=!]=|>=|<=|\/[a-zA-Z]|\b(Task|Gw|Start|End|Sub|Timer|Msg)_/);
      }
      expect(definition.zh).toMatch(/[\u4e00-\u9fff]/);
      if (indicator.kind === 'field') expect(definition.zh).not.toContain(indicator.form);
    }
  });
});

it('says the family standard’s employment outcome with the answers’ own titles', async () => {
  const family = standards.find((s) => s.code === 'BJ-SW-FAMILY')!;
  const indicator = family.indicators.find((i) => i.id === 'employmentOutcome')!;
  const { definition } = describeIndicator(indicator, processNames(await compileProcess(family)), family);
  expect(definition.zh).toMatch(/^「结案评估」中「[^」]+」为「[^」]+」或「[^」]+」的答复比例，目标 ≥ \d+%$/);
  expect(definition.en).toMatch(/^Share of answers of ".+" whose ".+" is ".+" or ".+"; target ≥ \d+ %$/);
});
