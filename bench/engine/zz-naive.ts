import { Engine } from 'bpmn-engine';
import { straightThrough } from './model';
async function main() {
  const source = straightThrough.standard.process;
  const run = async () => {
    const scripts = { register() {}, getScript() { return { execute: (_s: unknown, next: (e: null, r: boolean) => void) => next(null, true) }; } };
    const engine = new Engine({ source, scripts, settings: { enableDummyService: true } } as never);
    const ended = new Promise<void>((resolve) => engine.once('end', () => resolve()));
    await engine.execute();
    await ended;
  };
  for (let i = 0; i < 300; i++) await run();
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) await run();
  console.log('naive ms/case', ((performance.now() - t0) / 1000).toFixed(2));
}
main();
