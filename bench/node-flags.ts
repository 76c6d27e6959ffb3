/**
 * Node's flags for every process a benchmark measures, as `npm start` runs the server: a larger young
 * generation, so that the engine's many short-lived objects die young instead of being promoted.
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'];
