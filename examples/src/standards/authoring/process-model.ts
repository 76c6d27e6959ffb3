/**
 * A compact description of a standard's process from which the BPMN 2.0 XML and its diagram are
 * written: each element sits in a cell of a grid read left to right, so the diagram stays readable
 * without hand-drawn coordinates.
 *
 * @example
 *   const process: ProcessSpec = {
 *     nodes: [{ type: 'startEvent', id: 'Start', name: t('转介', 'Referral'), at: [0, 0] }, …],
 *     flows: [{ from: 'Start', to: 'Task_Intake' }, …],
 *   };
 */
import type { BuiltInService, LocalizedText, ServiceRecordKind } from '@jingzhun/standards';

/** A grid position, column then row; fractions fall between cells (for routing edges through gaps). */
export type GridPoint = readonly [col: number, row: number];

/** A timer's wait: a parameter of the standard (a district may tighten it), or a fixed ISO 8601 duration. */
export type TimerSpec = { parameter: string } | { duration: string };

interface NodeCommon {
  id: string;
  name: LocalizedText;
  at: GridPoint;
  /** The embedded subprocess this element belongs to. */
  parent?: string;
}

export type NodeSpec =
  | (NodeCommon & { type: 'startEvent' | 'endEvent' | 'exclusiveGateway' | 'parallelGateway' | 'subProcess' })
  | (NodeCommon & {
      type: 'userTask';
      role: string;
      form: string;
      /** Working days (a number) or an ISO 8601 duration; or `slaParameter`. */
      sla?: number | string;
      slaParameter?: string;
      contents?: readonly string[];
      /** Service records (服务记录) to make while the task is open before it is completed; of `kinds`, else of any kind. */
      minRecords?: { count: number; kinds?: readonly ServiceRecordKind[] };
    })
  | (NodeCommon & { type: 'serviceTask'; service: BuiltInService })
  | (NodeCommon & { type: 'callActivity'; calledStandard: string })
  | (NodeCommon & { type: 'timerCatch'; timer: TimerSpec })
  | (Omit<NodeCommon, 'at'> & {
      type: 'boundaryTimer';
      attachedTo: string;
      interrupting: boolean;
      timer: TimerSpec;
      /** Where on the host's bottom edge, 0 (left) to 1 (right). */
      offset?: number;
    })
  | (Omit<NodeCommon, 'at'> & {
      /** A message that may come while its host waits (a report between visits). */
      type: 'boundaryMessage';
      attachedTo: string;
      interrupting: boolean;
      /** The id of one of the process's `messages`. */
      message: string;
      /** Where on the host's bottom edge, 0 (left) to 1 (right). */
      offset?: number;
    });

/** A boundary event: drawn on its host's lower edge. */
export type BoundaryNodeSpec = Extract<NodeSpec, { attachedTo: string }>;

export function isBoundary(node: NodeSpec): node is BoundaryNodeSpec {
  return node.type === 'boundaryTimer' || node.type === 'boundaryMessage';
}

/**
 * A message the process waits for. The platform delivers one to a case by the case's key and the
 * message's `name` (its Chinese name; `POST /api/messages`), or by its id.
 */
export interface MessageSpec {
  id: string;
  name: LocalizedText;
}

export interface FlowSpec {
  from: string;
  to: string;
  name?: LocalizedText;
  /** A FEEL condition over the case variables. */
  condition?: string;
  /** The gateway's default flow, taken when no condition holds. */
  isDefault?: boolean;
  /** Grid points the edge passes through, for loops and detours. */
  via?: readonly GridPoint[];
}

export interface ProcessSpec {
  nodes: readonly NodeSpec[];
  flows: readonly FlowSpec[];
  messages?: readonly MessageSpec[];
}

export function flowId(flow: Pick<FlowSpec, 'from' | 'to'>): string {
  return `Flow_${flow.from.replace(/^[A-Za-z]+_/, '')}_${flow.to.replace(/^[A-Za-z]+_/, '')}`;
}
