/**
 * Test helpers for every workspace: a small valid standard, generated standards of any size, child
 * processes that never outlive their test, and a wait for what no event announces.
 *
 * @example
 *   import { sampleStandard } from '@jingzhun/standards/testing';
 *   const standard = sampleStandard(); // valid; change it to break a rule
 */
export { sampleStandard, sampleWithProcess, SAMPLE_CODE, SAMPLE_PROCESS } from './sample-standard';
export { generateStandard, type GenerateOptions } from './generate-standard';
export { childProcesses, ChildStoppedError, PROCESS_TEST_TIMEOUT, type Child, type ChildExit, type ChildProcesses } from './child-processes';
export { until, WaitAbandonedError } from './until';
