/**
 * What the indicator feasibility lint says of a shipped standard, and of the same standard changed
 * back to how it was: the pointers of its INDICATOR_LIMIT_BELOW_PROCESS warnings.
 *
 * @example
 *   const { limitWarnings, indicator, pointerOf } = limitLint(children);
 *   expect(await limitWarnings((s) => { indicator(s, 'x').limit = 10; })).toEqual([pointerOf('x', 'limit')]);
 */
import { validateStandard, type Indicator, type ServiceStandard } from '@jingzhun/standards';

export function limitLint(base: ServiceStandard) {
  /** The warnings' pointers for the standard with `change` made to a copy of it. */
  async function limitWarnings(change: (standard: ServiceStandard) => void = () => {}): Promise<string[]> {
    const standard = structuredClone(base);
    change(standard);
    const problems = await validateStandard(standard);
    return problems.filter((p) => p.code === 'INDICATOR_LIMIT_BELOW_PROCESS').map((p) => p.pointer ?? '');
  }
  function indicator(standard: ServiceStandard, id: string): Indicator {
    const found = standard.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id}`);
    return found;
  }
  const pointerOf = (id: string, field: string) => `/indicators/${base.indicators.findIndex((i) => i.id === id)}/${field}`;
  return { limitWarnings, indicator, pointerOf };
}
