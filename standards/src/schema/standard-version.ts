import type { ServiceStandard } from './service-standard';

/**
 * A published, immutable version of a standard: what districts deploy and cases run. `hash` is the
 * content hash over the canonical JSON and normalised BPMN, so two versions with the same content have
 * the same hash.
 */
export interface StandardVersion {
  code: string;
  /** 1, 2, 3, … per code. */
  version: number;
  standard: ServiceStandard;
  hash: string;
  status: 'published' | 'retired';
  /** User ids of who wrote the draft and who approved it. */
  author: string;
  approver: string;
  /** ISO 8601 instant. */
  publishedAt: string;
  changelog?: string;
}
