/**
 * `npm start`: the platform's server with the demo. On the first start of an empty store in demo mode
 * (DEMO is not `false`) the standards are published and deployed before the server listens, and a
 * year of case history fills in behind it; with DEMO=false this is the plain server.
 *
 * @example
 *   node --import tsx examples/src/demo/serve.ts
 */
import { startServer } from '@jingzhun/api';
import { fillDemoHistory } from './demo-history';
import { seedDemo } from './demo-seed';

void startServer({
  beforeListen: async (server) => {
    await seedDemo(server);
  },
  afterStart: async (server) => {
    if (server.config.demo) await fillDemoHistory(server);
  },
});
