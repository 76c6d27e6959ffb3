import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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
    for (const role of ['admin', 'standards_officer', 'reviewer', 'district_operator', 'caseworker', 'supervisor']) expect(zhKeys).toContain(`roles.${role}`);
    for (const status of ['draft', 'in_review', 'published', 'rejected', 'retired']) expect(zhKeys).toContain(`status.${status}`);
    for (const tab of ['process', 'who', 'parameters', 'forms']) expect(zhKeys).toContain(`editor.tab.${tab}`);
  });
});
