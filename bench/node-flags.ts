/**
 * Node's flags for every process a benchmark measures: those `npm start` runs the server with on this
 * Node (`examples/src/demo/server-flags.ts`, the one place they are set), so that a benchmark measures
 * the product as it runs. `GC_FLAGS` are the flags themselves, which the patch benchmark measures on
 * and off on each Node.
 */
import { GC_FLAGS, serverFlags } from '@jingzhun/examples';

export const NODE_FLAGS = serverFlags(process.versions.node);
export { GC_FLAGS };
