export { createRuntime, type Runtime, type RuntimeOptions } from './create-runtime';
export { createWorker, type Worker, type WorkerOptions } from './worker';
export type { DueCounts } from './timer-system';
export type { StartCaseInput, MessageInput, CancelInput } from './case-system';
export type { DeployInput, VariantInput } from './deployment-system';
export type { CompleteTaskInput, TaskCommandInput } from './task-system';
export type { RetryInput } from './incident-system';
export { addIsoDuration, taskDueAt, timerDueAt } from './due-dates';
export * from './types';
