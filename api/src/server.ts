/** The API process without demo content: `node --import tsx api/src/server.ts`. */
import { startServer } from './start-server';

void startServer();
