/**
 * The behaviour of a service task with `std:service`: it calls the named built-in service through the
 * run's hooks (the engine's `services.builtIn`), so a service's effects are written in the command's
 * transaction. An unknown name fails the step, which becomes an incident on the case.
 */
import { JingzhunError } from '@jingzhun/standards';

type Callback = (error: Error | null, output?: unknown) => void;

/** Thrown (inside a run) when a service task names no built-in service. */
export class UnknownServiceError extends JingzhunError {
  readonly code = 'SERVICE_UNKNOWN';
  constructor(
    readonly elementId: string,
    readonly service: string,
  ) {
    super(`${elementId}: no built-in service "${service}"`);
  }
}

export type BuiltInCall = (name: string, elementId: string) => Record<string, unknown> | undefined;

interface ServiceActivity {
  id: string;
  behaviour: { service?: string };
  environment: { getServiceByName(name: string): unknown };
}

export function BuiltInServiceBehaviour(this: { activity: ServiceActivity }, activity: ServiceActivity) {
  this.activity = activity;
}

BuiltInServiceBehaviour.prototype.execute = function execute(this: { activity: ServiceActivity }, _message: unknown, callback: Callback) {
  const { id, behaviour, environment } = this.activity;
  const call = environment.getServiceByName('builtIn') as BuiltInCall | undefined;
  let output: Record<string, unknown> | undefined;
  try {
    if (!call || !behaviour.service) throw new UnknownServiceError(id, behaviour.service ?? '');
    output = call(behaviour.service, id);
  } catch (error) {
    return callback(error as Error);
  }
  return callback(null, output);
};
