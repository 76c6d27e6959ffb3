/**
 * Processes a test starts (the `std` CLI, a server, a second engine process), kept track of so that none
 * outlives its test: `stopAll()` kills every one still running and waits until each has exited. Call it
 * first in the `afterEach` that closes what the children use (the store, the server, the folder), so a
 * test that failed or timed out while a child was running never leaves it working against a torn-down
 * store, nor lets it into the next test. Once stopped, a child's `exited` rejects, so the rest of a
 * timed-out test stops at its next child instead of starting more; and until the next test begins,
 * starting one throws.
 *
 * @example
 *   const children = childProcesses();
 *   afterEach(async () => {
 *     await children.stopAll();
 *     await store.close();
 *   });
 *   it('runs the CLI', async () => {
 *     const { code, stdout } = await children.run(process.execPath, [BIN, 'validate', folder]);
 *   }, PROCESS_TEST_TIMEOUT);
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Time for a test that starts Node processes. Each loads its workspace's TypeScript through tsx (and
 * perhaps an embedded database): a second or two on an idle machine, tens of seconds on a busy one
 * running the whole suite. A hang is still reported, ten minutes later.
 */
export const PROCESS_TEST_TIMEOUT = 10 * 60_000;

/** How a child ended, and everything it wrote. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Child {
  readonly process: ChildProcess;
  /** What it has written so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves once it has exited and its output is read; rejects if it could not start or `stopAll` killed it. */
  readonly exited: Promise<ChildExit>;
  /** Resolves with the first match of `pattern` in its standard output; rejects if it exits first. */
  printed(pattern: RegExp): Promise<RegExpExecArray>;
}

export interface ChildProcesses {
  /** Starts a process (its output read as UTF-8). */
  start(command: string, args: readonly string[], options?: SpawnOptions): Child;
  /** Starts a process and waits until it exits, whatever its exit code. */
  run(command: string, args: readonly string[], options?: SpawnOptions): Promise<ChildExit>;
  /** Kills every child still running and waits until each has exited; no child starts until the next test. */
  stopAll(): Promise<void>;
}

/** Thrown by a child's `exited` when `stopAll` killed it: the test it belonged to is over. */
export class ChildStoppedError extends Error {
  constructor(readonly command: string) {
    super(`stopped at the end of its test: ${command}`);
    this.name = 'ChildStoppedError';
  }
}

export function childProcesses(): ChildProcesses {
  const running = new Set<{ process: ChildProcess; gone: Promise<void>; stop(): void }>();
  let over = false;

  // Each test may start children again; a file's end stops what a test's own teardown did not.
  if (typeof beforeEach === 'function') beforeEach(() => void (over = false));
  if (typeof afterAll === 'function') afterAll(() => stopAll());

  function start(command: string, args: readonly string[], options: SpawnOptions = {}): Child {
    const name = [command, ...args].join(' ').slice(0, 200);
    if (over) throw new ChildStoppedError(name);
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // As UTF-8 text, so a character split between two chunks is not garbled.
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    const watchers = new Set<() => void>();
    child.stdout!.on('data', (text: string) => {
      stdout += text;
      for (const watch of watchers) watch();
    });
    child.stderr!.on('data', (text: string) => (stderr += text));

    let stopped = false;
    // 'exit' says the process is gone; 'close' comes after it once its output is read too.
    const gone = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
    const exited = new Promise<ChildExit>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => {
        if (stopped) reject(new ChildStoppedError(name));
        else resolve({ code, signal, stdout, stderr });
      });
    });
    // Nobody may be waiting for a child that teardown stops; its rejection is not an error of its own.
    exited.catch(() => undefined);
    const entry = {
      process: child,
      gone,
      stop() {
        stopped = true;
        child.kill('SIGKILL');
      },
    };
    running.add(entry);
    void gone.then(() => running.delete(entry));

    return {
      process: child,
      get stdout() {
        return stdout;
      },
      get stderr() {
        return stderr;
      },
      exited,
      printed(pattern) {
        return new Promise((resolve, reject) => {
          const watch = () => {
            const match = pattern.exec(stdout);
            if (!match) return;
            watchers.delete(watch);
            resolve(match);
          };
          watchers.add(watch);
          watch();
          exited.then(
            (exit) => reject(new Error(`${name} exited (${exit.code ?? exit.signal}) without printing ${pattern}:\n${exit.stderr}${exit.stdout}`)),
            reject,
          );
        });
      },
    };
  }

  async function stopAll(): Promise<void> {
    over = true;
    const still = [...running];
    for (const entry of still) entry.stop();
    await Promise.all(still.map((entry) => entry.gone));
  }

  return {
    start,
    run: (command, args, options) => start(command, args, options).exited,
    stopAll,
  };
}
