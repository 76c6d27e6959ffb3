import { ChildStoppedError, childProcesses } from './child-processes';

/** A Node process running `script` (plain JavaScript: it starts in a moment, also on a busy machine). */
const node = (script: string) => [process.execPath, ['-e', script]] as const;

/** Whether a process of this id is still there (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('child processes of a test', () => {
  const children = childProcesses();
  afterEach(() => children.stopAll());

  it('runs a process to its end and gives its exit code and output, characters split across chunks included', async () => {
    const exit = await children.run(...node(`process.stdout.write(Buffer.from('社会救助'.repeat(40000))); process.stderr.write('警告'); process.exitCode = 3`));
    expect(exit).toEqual({ code: 3, signal: null, stdout: '社会救助'.repeat(40000), stderr: '警告' });
  });

  it('waits for what a process prints, and says what it printed when it exits without', async () => {
    const server = children.start(...node(`console.log('starting'); setTimeout(() => console.log('"port":4321 listening'), 50); setInterval(() => {}, 1000)`));
    expect((await server.printed(/"port":(\d+) listening/))[1]).toBe('4321');
    const failing = children.start(...node(`console.error('invalid setting PORT'); process.exit(1)`));
    await expect(failing.printed(/listening/)).rejects.toThrow(/exited \(1\) without printing \/listening\/:\ninvalid setting PORT/);
  });

  it('stops every process still running and waits until each is gone; the test that started them can start no more', async () => {
    const first = children.start(...node('setInterval(() => {}, 1000)'));
    const second = children.start(...node('setInterval(() => {}, 1000)'));
    const pids = [first.process.pid!, second.process.pid!];
    expect(pids.every(alive)).toBe(true);

    await children.stopAll();

    expect(pids.some(alive)).toBe(false);
    await expect(first.exited).rejects.toBeInstanceOf(ChildStoppedError);
    await expect(second.exited).rejects.toBeInstanceOf(ChildStoppedError);
    expect(() => children.start(...node(''))).toThrow(ChildStoppedError);
  });

  it('lets the next test start processes again', async () => {
    expect((await children.run(...node(`process.stdout.write('again')`))).stdout).toBe('again');
  });
});
