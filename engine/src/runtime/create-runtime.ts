/**
 * The runtime: durable execution of published standards over the store, with explicit resources
 * (store, clock, logger). Every command is one transaction — load the case with its revision, recover
 * bpmn-elements' definition from the compact state, apply, run to the next wait states, save state, tasks, jobs and
 * events — and a lost race is a CASE_CONFLICT that wrote nothing. No engine stays in memory.
 *
 * @example
 *   const runtime = createRuntime({ store, clock: { now: () => new Date() }, logger });
 *   await runtime.registerVersion(version);
 *   await runtime.deploy({ code: version.code, version: version.version, districts: 'all', actor: 'admin' });
 *   const c = await runtime.startCase({ code: version.code, district: 'dongcheng', caseKey: 'DC-1', data, actor: 'u1' });
 */
import type { CaseRole, StandardVersion } from '@jingzhun/standards';
import type { Queryable } from '../store';
import { CaseCommands } from './case-commands';
import { CaseFiles } from './case-files';
import { CommandRunner } from './command-runner';
import { CaseSystem, type CancelInput, type MessageInput, type StartCaseInput } from './case-system';
import { DeploymentSystem, type DeployInput, type VariantInput } from './deployment-system';
import { IncidentSystem, type RetryInput } from './incident-system';
import { RecordSystem, type AddRecordInput } from './record-system';
import { TaskSystem, type CompleteTaskInput, type ReassignTaskInput, type TaskCommandInput } from './task-system';
import { TimerSystem, type DueCounts, type TimerOptions } from './timer-system';
import type {
  CaseDetail,
  CaseFilter,
  CaseListItem,
  Deployment,
  Incident,
  Page,
  RuntimeResources,
  Scope,
  ServiceRecord,
  Task,
  TaskFilter,
  TaskListItem,
  TaskLoad,
  VersionSummary,
} from './types';
import { compactRollups } from './event-log';
import { VersionSystem } from './version-system';
import { foldIndicatorRollups } from '../supervision/fold-indicator-rollups';
import { SupervisionSystem } from '../supervision/supervision-system';
import type { ValidateStandard } from '../bpmn/process-model';

export interface RuntimeOptions extends RuntimeResources, TimerOptions {
  /** How versions are validated when compiled (`validateStandard` on this thread when absent). */
  validate?: ValidateStandard;
}

const CITY: Scope = {};

export interface Runtime {
  readonly resources: RuntimeResources;
  /** What supervisors read: indicators, the cases behind them, early warnings, the heatmap. */
  readonly supervision: SupervisionSystem;
  /** Stores a published version (idempotent for the same hash); pass `tx` to join the caller's transaction. */
  registerVersion(version: StandardVersion, tx?: Queryable): Promise<{ created: boolean }>;
  retireVersion(code: string, version: number, tx?: Queryable): Promise<StandardVersion>;
  getVersion(code: string, version: number): Promise<StandardVersion>;
  listVersions(code: string): Promise<VersionSummary[]>;
  /** Validates the version (the standard's rules and what the runtime refuses) and makes it the one new cases use. */
  deploy(input: DeployInput, tx?: Queryable): Promise<Deployment[]>;
  setVariant(input: VariantInput, tx?: Queryable): Promise<Deployment>;
  listDeployments(filter?: { district?: string | undefined; code?: string | undefined }): Promise<Deployment[]>;
  /** Starts a case; without a case key it is given the district's next number (DC-2026-000123). */
  startCase(input: StartCaseInput): Promise<CaseDetail>;
  getCase(id: string, scope?: Scope): Promise<CaseDetail>;
  /** Cases newest first, with each one's client, the steps it waits at, who holds them and when it is next due. */
  listCases(filter?: CaseFilter, scope?: Scope): Promise<Page<CaseListItem>>;
  cancelCase(input: CancelInput, scope?: Scope): Promise<CaseDetail>;
  correlateMessage(input: MessageInput, scope?: Scope): Promise<{ caseId: string }>;
  /** Records a contact (服务记录) on a running case; the indicators over records move in the same transaction. */
  addRecord(input: AddRecordInput, scope?: Scope): Promise<ServiceRecord>;
  /** A case's service records, in the order the contacts took place. */
  listRecords(caseId: string, scope?: Scope): Promise<ServiceRecord[]>;
  getTask(taskId: string, scope?: Scope): Promise<Task>;
  listTasks(filter?: TaskFilter, scope?: Scope): Promise<TaskListItem[]>;
  claimTask(input: TaskCommandInput, scope?: Scope): Promise<Task>;
  unclaimTask(input: TaskCommandInput, scope?: Scope): Promise<Task>;
  /** The open tasks of a role in scope per holder (null: nobody's yet), with how many are overdue. */
  taskWorkload(role: CaseRole, scope?: Scope): Promise<TaskLoad[]>;
  /** Hands an open task of the holder's role to them, whoever held it. */
  reassignTask(input: ReassignTaskInput, scope?: Scope): Promise<Task>;
  completeTask(input: CompleteTaskInput, scope?: Scope): Promise<Task>;
  listIncidents(filter?: { open?: boolean; caseId?: string }, scope?: Scope): Promise<Incident[]>;
  retryIncident(input: RetryInput, scope?: Scope): Promise<CaseDetail>;
  /** Folds rollup deltas, the elements' and the indicators', into one row per key (the worker does this now and then). */
  compactRollups(): Promise<number>;
  /** Fires every timer due at `now` (the clock's time by default). */
  runDue(now?: Date, options?: { batchSize?: number }): Promise<DueCounts>;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const resources: RuntimeResources = { store: options.store, clock: options.clock, logger: options.logger };
  const versions = new VersionSystem(resources, options.validate);
  const deployments = new DeploymentSystem(resources, versions);
  const commands = new CaseCommands(resources, versions, deployments);
  const runner = new CommandRunner(resources);
  const files = new CaseFiles(resources, versions);
  const cases = new CaseSystem(commands, runner, files);
  const tasks = new TaskSystem(resources, commands, runner);
  const timers = new TimerSystem(resources, commands, options);
  const incidents = new IncidentSystem(resources, commands, runner, files);
  const records = new RecordSystem(resources, commands, runner);
  const supervision = new SupervisionSystem(resources, versions, deployments);

  return {
    resources,
    supervision,
    registerVersion: (version, tx) => versions.register(version, tx),
    retireVersion: (code, version, tx) => versions.retire(code, version, tx),
    getVersion: (code, version) => versions.get(code, version),
    listVersions: (code) => versions.list(code),
    deploy: (input, tx) => deployments.deploy(input, tx),
    setVariant: (input, tx) => deployments.setVariant(input, tx),
    listDeployments: (filter = {}) => deployments.list(filter),
    startCase: (input) => cases.start(input),
    getCase: (id, scope = CITY) => files.get(id, scope),
    listCases: (filter = {}, scope = CITY) => files.list(filter, scope),
    cancelCase: (input, scope = CITY) => cases.cancel(input, scope),
    correlateMessage: (input, scope = CITY) => cases.correlateMessage(input, scope),
    addRecord: (input, scope = CITY) => records.add(input, scope),
    listRecords: (caseId, scope = CITY) => records.list(caseId, scope),
    getTask: (taskId, scope = CITY) => tasks.get(taskId, scope),
    listTasks: (filter = {}, scope = CITY) => tasks.list(filter, scope),
    claimTask: (input, scope = CITY) => tasks.claim(input, scope),
    unclaimTask: (input, scope = CITY) => tasks.unclaim(input, scope),
    taskWorkload: (role, scope = CITY) => tasks.workload(role, scope),
    reassignTask: (input, scope = CITY) => tasks.reassign(input, scope),
    completeTask: (input, scope = CITY) => tasks.complete(input, scope),
    listIncidents: (filter = {}, scope = CITY) => incidents.list(filter, scope),
    retryIncident: (input, scope = CITY) => incidents.retry(input, scope),
    runDue: (now, opts) => timers.runDue(now, opts),
    compactRollups: async () => (await compactRollups(resources.store)) + (await foldIndicatorRollups(resources.store)),
  };
}
