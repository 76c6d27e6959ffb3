/**
 * API benchmark: case start + task completion over HTTP. The server runs in its own process (server.ts)
 * over PostgreSQL (DATABASE_URL, a fresh schema dropped afterwards); the load comes from this process
 * over keep-alive connections. Reports the maximum throughput (closed loop) and the latency at 200
 * requests/s (open loop: a case started every 10 ms, its intake completed as soon as it exists), each
 * beside the same figure for GET /api/health (one `SELECT 1`) measured in the same run, and the CPU a
 * case costs the server, PostgreSQL and the load generator in each of the closed loop's three rounds.
 * Usage: DATABASE_URL=postgres://… npm run bench -- api    (BENCH_SCALE=0.2 for a quick look)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { openStore } from '@jingzhun/engine';
import { SAMPLE_CODE } from '@jingzhun/standards/testing';
import { NODE_FLAGS } from '../node-flags';
import { benchConfig } from './config';
import { benchHttp } from '../http-client';

const BENCH_PASSWORD = 'bench-password';
const lines: string[] = [];
const scaled = (n: number) => Math.max(20, Math.round(n * benchConfig.scale));

function report(figure: string, target: string, measured: string, ratio = '') {
  const line = `${figure.padEnd(62)} target ${target.padEnd(16)} measured ${measured.padEnd(30)} ${ratio}`;
  lines.push(line);
  console.log(line);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const { send, expectStatus, destroy: closeSockets } = benchHttp({ maxSockets: 256 });

/** One unit of work: start a case (POST /api/cases), then complete its intake task; latencies in ms. */
async function casePair(port: number, token: string, key: string, latencies?: number[]): Promise<void> {
  let t = performance.now();
  const started = await expectStatus(
    send(port, 'POST', '/api/cases', token, { standard: SAMPLE_CODE, caseKey: key, data: { name: '张桂兰', age: 78 } }),
    201,
    'start case',
  );
  latencies?.push(performance.now() - t);
  const taskId = (JSON.parse(started.body) as { openTasks: Array<{ id: string }> }).openTasks[0]!.id;
  t = performance.now();
  await expectStatus(send(port, 'POST', `/api/tasks/${taskId}/complete`, token, { data: { referralSource: '96156' } }), 200, 'complete task');
  latencies?.push(performance.now() - t);
}

async function health(port: number, latencies?: number[]): Promise<void> {
  const t = performance.now();
  await expectStatus(send(port, 'GET', '/api/health'), 200, 'health');
  latencies?.push(performance.now() - t);
}

/** Closed loop: `concurrency` lanes each doing `unit` back to back; returns units per second. */
async function closedLoop(n: number, concurrency: number, unit: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await unit(next++);
    }),
  );
  return n / ((performance.now() - t0) / 1000);
}

/** Open loop: a unit starts every 1000/rate ms whatever the latency, for `n` units; returns units per second achieved. */
async function openLoop(n: number, rate: number, unit: (i: number) => Promise<void>): Promise<number> {
  const inFlight: Promise<void>[] = [];
  const begin = performance.now();
  for (let i = 0; i < n; i++) {
    const wait = begin + (i / rate) * 1000 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(unit(i));
  }
  await Promise.all(inFlight);
  return n / ((performance.now() - begin) / 1000);
}

/** Linux's USER_HZ, the unit of /proc's CPU times. */
const CLOCK_TICKS = 100;

/** CPU time (ms) used so far, from /proc, by the server's processes (started from server.ts) and PostgreSQL's. */
function processTicks(): { server: number; postgres: number } {
  const totals = { server: 0, postgres: 0 };
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const which = comm === 'postgres' ? 'postgres' : readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('bench/api/server.ts') ? 'server' : null;
      if (!which) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      totals[which] += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      // The process ended while it was read.
    }
  }
  return totals;
}

interface CpuPerPair {
  server: number;
  postgres: number;
  load: number;
}

/** CPU per case pair from now on: the server's processes (one scenario runs at a time), PostgreSQL's and this process's. */
function cpuMeter() {
  const ticks0 = processTicks();
  const own0 = process.cpuUsage();
  return {
    perPair(pairs: number): CpuPerPair {
      const ticks = processTicks();
      const own = process.cpuUsage(own0);
      return { server: (ticks.server - ticks0.server) / pairs, postgres: (ticks.postgres - ticks0.postgres) / pairs, load: (own.user + own.system) / 1000 / pairs };
    },
  };
}

function startServer(options: Record<string, unknown>): Promise<{ child: ChildProcess; port: number }> {
  // The server announces its port once every process listens.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, ...(benchConfig.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${benchConfig.profileDir}`] : []), '--import', 'tsx', path.join(__dirname, 'server.ts'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ child, port: (JSON.parse(line) as { port: number }).port });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** All figures against one server of `processes` processes, over its own fresh schema. */
async function scenario(url: string | undefined, processes: number, schemas: string[]): Promise<void> {
  const schema = `bench_api_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  const label = processes === 1 ? 'one server process' : `${processes} server processes`;
  console.log(`\n${label}`);
  lines.push(`${label}:`);
  const { child, port } = await startServer({ databaseUrl: url, schema, processes });
  try {
    const login = await expectStatus(send(port, 'POST', '/api/auth/login', undefined, { username: 'worker', password: BENCH_PASSWORD }), 200, 'login');
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    let key = 0;
    const pair = (latencies?: number[]) => () => casePair(port, token, `B-${(key += 1)}`, latencies);

    // Warm up both paths (JIT, compiled standard, connection pools).
    await closedLoop(scaled(300), 8, () => health(port));
    await closedLoop(scaled(200), 8, pair());

    // Maximum throughput, closed loop: requests per second with 32 units in flight, in three equal
    // rounds, each with the CPU it cost the server, PostgreSQL and this process per case: a cost that
    // grows from round to round is work that grows with the data (a scan where a key lookup was meant).
    const healthMax = await closedLoop(scaled(20_000), 32, () => health(port));
    report('GET /api/health, max throughput (baseline)', '—', `${healthMax.toFixed(0)} requests/s`, '1.00×');
    const rounds: CpuPerPair[] = [];
    let pairsTime = 0;
    const roundPairs = Math.round(scaled(3000) / 3);
    for (let r = 0; r < 3; r++) {
      const cpu = cpuMeter();
      const t0 = performance.now();
      await closedLoop(roundPairs, 32, pair());
      pairsTime += performance.now() - t0;
      rounds.push(cpu.perPair(roundPairs));
    }
    const pairsMax = (3 * roundPairs) / (pairsTime / 1000);
    report(
      'case start + task completion, max throughput',
      '≥ 200 requests/s',
      `${(pairsMax * 2).toFixed(0)} requests/s (${pairsMax.toFixed(0)} cases/s)`,
      `${((pairsMax * 2) / healthMax).toFixed(2)}× baseline`,
    );
    const series = (pick: (c: CpuPerPair) => number) => rounds.map((c) => pick(c).toFixed(2)).join(' → ');
    report(
      'CPU per case (start + completion), rounds of the closed loop',
      'flat',
      `server ${series((c) => c.server)}, PostgreSQL ${series((c) => c.postgres)}, load ${series((c) => c.load)} ms`,
    );

    // Latency at 200 requests/s, open loop: a case every 10 ms (each case is two requests).
    const seconds = 30 * benchConfig.scale;
    const healthLatencies: number[] = [];
    await openLoop(Math.round(200 * seconds), 200, () => health(port, healthLatencies));
    const hp99 = percentile(healthLatencies, 99);
    report('GET /api/health at 200 requests/s (baseline)', '—', `p50 ${percentile(healthLatencies, 50).toFixed(1)} p99 ${hp99.toFixed(1)} ms`, '1.00×');
    const latencies: number[] = [];
    const achieved = (await openLoop(Math.round(100 * seconds), 100, pair(latencies))) * 2;
    const p99 = percentile(latencies, 99);
    report(
      `case start + task completion at 200 requests/s offered (${achieved.toFixed(0)}/s served, ${latencies.length} requests)`,
      'p99 ≤ 50 ms',
      `p50 ${percentile(latencies, 50).toFixed(1)} p99 ${p99.toFixed(1)} max ${Math.max(...latencies).toFixed(0)} ms`,
      `${(p99 / hp99).toFixed(2)}× baseline`,
    );
    // Below saturation (half the maximum): the latency the server gives when it keeps up.
    const halfRate = pairsMax / 2;
    const halfLatencies: number[] = [];
    await openLoop(Math.max(20, Math.round(halfRate * seconds)), halfRate, pair(halfLatencies));
    report(
      `case start + task completion at half the maximum (${(halfRate * 2).toFixed(0)} requests/s)`,
      '—',
      `p50 ${percentile(halfLatencies, 50).toFixed(1)} p99 ${percentile(halfLatencies, 99).toFixed(1)} ms`,
      `${(percentile(halfLatencies, 99) / hp99).toFixed(2)}× baseline`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main() {
  const url = benchConfig.databaseUrl;
  console.log(`API benchmark on ${url ? 'PostgreSQL' : 'PGlite (in memory, in the server process)'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const schemas: string[] = [];
  try {
    await scenario(url, 1, schemas);
    // The API is stateless: one process per core shares the load (PGlite is one process's own store).
    if (url) await scenario(url, 2, schemas);
  } finally {
    closeSockets();
    if (url) {
      const admin = await openStore({ databaseUrl: url, schema: 'bench_api_admin', poolSize: 2 });
      for (const schema of [...schemas, 'bench_api_admin']) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.close();
    }
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n${lines.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
