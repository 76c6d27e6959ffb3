import { JingzhunError } from '@jingzhun/standards';

/** Thrown when the store cannot be opened or migrated; `cause` holds the driver's error. */
export class StoreUnavailableError extends JingzhunError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
