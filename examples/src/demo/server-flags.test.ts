import { GC_FLAGS, serverFlags } from './server-flags';

describe('the server’s Node flags', () => {
  it('are the garbage-collector flags on Node 20, where they were measured to pay', () => {
    expect(serverFlags('20.20.2')).toEqual(['--max-semi-space-size=64', '--heap-growing-percent=200']);
    expect(serverFlags('20.19.0')).toBe(GC_FLAGS);
  });

  it('are none on Node 24, where measurement gave them no case', () => {
    expect(serverFlags('24.21.0')).toEqual([]);
  });
});
