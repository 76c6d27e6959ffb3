/**
 * The event-loop benchmark's server: the real app in its own process, as `npm start` runs it (its
 * validation pool, the timer worker polling every second), with a monitor of its event loop's blocks.
 * Seeds an officer and a caseworker, publishes the runaway models (registered directly when validation
 * refuses one, as a version published before that rule existed still is), listens on a free port
 * and prints it. Over IPC the benchmark resets and reads the monitor, has this process validate a
 * document inline (the baseline: what a request costs the event loop without the pool), fires the
 * timers of the hours ahead, and reads what a runaway case did.
 * Usage (by index.ts): node --import tsx server.ts '{"databaseUrl":…,"schema":…}'
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, createLogger } from '@jingzhun/api';
import { createWorker, openStore } from '@jingzhun/engine';
import { contentHash, validateStandard } from '@jingzhun/standards';
import { DOCUMENTS, RUNAWAY, runawayStandard, type RunawayName } from './documents';
import { BENCH_PASSWORD, type AdvanceReport, type LoopReport, type RunawayRefusals, type RunawayReport, type ToServer } from './protocol';

/** Ticks of the monitor: a block shows as a late tick. */
const TICK_MS = 5;

/**
 * The longest block of this thread's event loop since the last reset: the largest lateness of a tick
 * every 5 ms. (perf_hooks' monitorEventLoopDelay drops the first sample after a reset, so a block that
 * begins right after one — an inline validation — would not be seen.)
 */
function loopMonitor() {
  let last = performance.now();
  let longest = 0;
  setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK_MS);
    last = now;
  }, TICK_MS).unref();
  return {
    reset() {
      longest = 0;
    },
    longest: () => longest,
  };
}

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as { databaseUrl?: string; schema?: string };
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl, schema: options.schema } : { dataDir: 'memory://' });
  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
  const app = createApp({ store, logger, config: { bodyLimit: 1024 * 1024, editorDir: mkdtempSync(path.join(tmpdir(), 'bench-no-editor-')), validationWorkers: 1 } });
  const { accounts, runtime } = app.services;
  const officer = await accounts.createUser({ username: 'officer', password: BENCH_PASSWORD, role: 'standards_officer', displayName: { zh: '标准', en: 'Officer' } });
  await accounts.createUser({ username: 'worker', password: BENCH_PASSWORD, role: 'caseworker', district: 'dongcheng', displayName: { zh: '社工', en: 'Worker' } });

  const refusals = {} as RunawayRefusals;
  for (const name of Object.keys(RUNAWAY) as RunawayName[]) {
    const standard = runawayStandard(name);
    const { code } = RUNAWAY[name];
    refusals[name] = (await validateStandard(standard)).filter((p) => p.severity === 'error').map((p) => p.code);
    const publishedAt = new Date().toISOString();
    await runtime.registerVersion({ code, version: 1, standard, hash: contentHash(standard), status: 'published', author: officer.id, approver: officer.id, publishedAt });
    try {
      await runtime.deploy({ code, version: 1, districts: ['dongcheng'], actor: officer.id });
    } catch (error) {
      // Deployment validates too; a version deployed before the rule existed is in the table all the same.
      if ((error as { code?: string }).code !== 'STANDARD_INVALID') throw error;
      await store.query('INSERT INTO deployments (code, district, version, deployed_at, deployed_by) VALUES ($1, $2, 1, now(), $3)', [code, 'dongcheng', officer.id]);
    }
  }

  const worker = createWorker({ runtime, clock: { now: () => new Date() }, logger });
  const loop = loopMonitor();
  const report = (extra: Partial<LoopReport> = {}): LoopReport => ({ type: 'report', maxMs: loop.longest(), ...extra });

  process.on('message', (message: ToServer) => {
    const reply = (answer: LoopReport | RunawayReport | AdvanceReport | { type: 'reset' }) => process.send?.(answer);
    switch (message.type) {
      case 'reset':
        loop.reset();
        reply({ type: 'reset' });
        break;
      case 'report':
        reply(report());
        break;
      case 'inline': {
        const document = DOCUMENTS[message.document]();
        loop.reset();
        const t0 = performance.now();
        void validateStandard(document).then((problems) => {
          const tookMs = performance.now() - t0;
          // The monitor ticks once more, so that the block just ended is counted.
          setTimeout(() => reply(report({ tookMs, problems: [...new Set(problems.map((p) => p.code))] })), 2 * TICK_MS);
        });
        break;
      }
      case 'advance':
        void (async () => {
          let fired = 0;
          for (let h = 1; h <= message.hours; h += 1) fired += (await runtime.runDue(new Date(Date.now() + h * 3_600_000))).fired;
          reply({ type: 'advanced', fired });
        })();
        break;
      case 'runaway':
        void Promise.all([
          store.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [message.caseId]),
          store.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE case_id = $1', [message.caseId]),
          store.query<{ cause: string; message: string }>('SELECT cause, message FROM incidents WHERE case_id = $1 ORDER BY created_at', [message.caseId]),
          store.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE case_id = $1', [message.caseId]),
          store.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [message.caseId]),
        ]).then(([events, notifications, incidents, jobs, status]) =>
          reply({
            type: 'runaway',
            events: events.rows[0]!.n,
            notifications: notifications.rows[0]!.n,
            incidents: incidents.rows,
            jobs: jobs.rows[0]!.n,
            status: status.rows[0]?.status ?? 'unknown',
          }),
        );
        break;
    }
  });

  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    worker.start();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, runawayRefusedBy: refusals })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(async () => {
      await worker.stop();
      await app.services.validation.close();
      await app.services.audit.flush();
      await store.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
