import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PERIOD_KINDS } from '../supervision/period-presets';
import { HEAT_METRICS } from '../supervision/heat-scale';
import { LIMITS_CHOICES, SIMULATED_CHOICES } from '../supervision/supervision-filters';
import { LIGHTS } from '../supervision/traffic-light';
import { en } from './en';
import { zhCN } from './zh-cn';

type Tree = { [k: string]: string | Tree };

/** Keys of a resource with plural suffixes folded: `x_one` and `x_other` count as `x`. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [key.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(v, key);
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('the translations', () => {
  const zhKeys = new Set(keys(zhCN as Tree));
  const enKeys = new Set(keys(en as Tree));

  it('have every Chinese text in English', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('have every English text in Chinese', () => {
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('leave no text empty', () => {
    const empty = (tree: Tree): boolean => Object.values(tree).some((v) => (typeof v === 'string' ? v.trim() === '' : empty(v)));
    expect(empty(zhCN as Tree)).toBe(false);
    expect(empty(en as Tree)).toBe(false);
  });

  it('contain every key the screens ask for by name', () => {
    const src = path.join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/(?:label|key): '([a-z][a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('name every role, status and tab the screens build keys for', () => {
    for (const role of ['admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'professional_supervisor', 'supervisor']) expect(zhKeys).toContain(`roles.${role}`);
    for (const status of ['draft', 'in_review', 'published', 'rejected', 'retired']) expect(zhKeys).toContain(`status.${status}`);
    for (const tab of ['process', 'who', 'parameters', 'forms']) expect(zhKeys).toContain(`editor.tab.${tab}`);
  });

  it('name every light, period, filter, outcome, unit and notice step the supervision screens build keys for', () => {
    const built = [
      ...LIGHTS.map((l) => `supervision.light.${l}`),
      ...PERIOD_KINDS.map((k) => `supervision.period.kinds.${k}`),
      ...['incomplete', 'reversed', 'tooLong'].map((p) => `supervision.period.problem.${p}`),
      ...SIMULATED_CHOICES.map((s) => `supervision.simulated.${s}`),
      ...LIMITS_CHOICES.map((l) => `supervision.limits.${l}`),
      ...HEAT_METRICS.map((m) => `supervision.heatmap.metrics.${m}`),
      ...['minutes', 'hours', 'days'].map((u) => `supervision.units.${u}`),
      ...['met', 'breached', 'pending', 'breaching', 'cancelled', 'void'].map((c) => `supervision.dashboard.counts.${c}`),
      ...['met', 'breached', 'pending', 'cancelled', 'void'].map((o) => `supervision.drill.outcomes.${o}`),
      ...['open', 'replied', 'closed'].map((s) => `notices.status.${s}`),
      ...['sent', 'replied', 'returned', 'closed'].map((k) => `notices.kinds.${k}`),
    ];
    expect(built.filter((k) => !zhKeys.has(k) || !enKeys.has(k))).toEqual([]);
  });
});
