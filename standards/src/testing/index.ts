/**
 * Test helpers for every workspace: a small valid standard, and generated standards of any size.
 *
 * @example
 *   import { sampleStandard } from '@jingzhun/standards/testing';
 *   const standard = sampleStandard(); // valid; change it to break a rule
 */
export { sampleStandard, sampleWithProcess, SAMPLE_CODE, SAMPLE_PROCESS } from './sample-standard';
export { generateStandard, type GenerateOptions } from './generate-standard';
