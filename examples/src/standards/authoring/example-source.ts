/**
 * What one example standard is written from: the document (without process and forms), the process
 * on its grid, the forms, invented client data, and walkthroughs — a case's answers to every form, in
 * order, so that a test or the simulator can drive a case from start to end.
 */
import type { ServiceStandard } from '@jingzhun/standards';
import type { ExampleWalkthrough } from '../load';
import type { ProcessSpec } from './process-model';
import type { JsonSchema } from './schema-fields';

export interface ExampleStandardSource {
  /** Folder name under `examples/standards/`. */
  folder: string;
  document: Omit<ServiceStandard, 'process' | 'forms'>;
  process: ProcessSpec;
  forms: Record<string, JsonSchema>;
  samples: Record<string, Record<string, unknown>>;
  walkthroughs: Record<string, ExampleWalkthrough>;
}
