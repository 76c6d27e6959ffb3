import type { Problem } from '../../api';
import { withinStandard } from '../../forms/json-pointer';
import type { LintIssue } from '../../modeler/lint-issues';

export type EditorTab = 'process' | 'who' | 'parameters' | 'forms';

export interface ProblemItem {
  key: string;
  /** `diagram`: the standards' lint in the browser, as the author draws; `validation`: the API's full check. */
  source: 'diagram' | 'validation';
  severity: 'error' | 'warning';
  code: string;
  message: string;
  elementId?: string;
  pointer?: string;
  /** The properties panel field to focus for an element's problem. */
  field?: string;
  /** Where the problem is, in words: the element's label, or the place a pointer leads to (`problem-words.ts`). */
  where?: string;
}

/** The properties panel field a problem of an element is about, guessed from its code or rule. */
export function fieldFor(code: string): string | undefined {
  const c = code.toUpperCase();
  if (c.includes('ROLE')) return 'std-role';
  if (c.includes('FORM')) return 'std-form';
  if (c.includes('SLA')) return 'std-sla';
  if (c.includes('SERVICE')) return 'std-service';
  if (c.includes('TIMER') || c.includes('DURATION')) return 'std-timer-parameter';
  if (c.includes('LABEL') || c.includes('NAME')) return 'name';
  return undefined;
}

/** The editor tab where the field a pointer names is edited. */
export function tabForPointer(pointer: string): EditorTab {
  const first = pointer.split('/')[1] ?? '';
  if (first === 'process') return 'process';
  if (first === 'parameters' || first === 'indicators') return 'parameters';
  if (first === 'forms') return 'forms';
  return 'who';
}

/** A message in the user's language, the other when it is missing. */
function inLanguage(message: { zh: string; en: string }, lang: string): string {
  return lang === 'en' ? message.en || message.zh : message.zh || message.en;
}

/**
 * One list from the diagram's lint issues and the API's validation problems: errors first, and a
 * problem both report (same element, same code) listed once, as the API words it.
 */
export function mergeProblems(lint: readonly LintIssue[], server: readonly Problem[], lang: string): ProblemItem[] {
  const items: ProblemItem[] = [];
  const serverKeys = new Set(server.filter((p) => p.elementId).map((p) => `${p.elementId}|${p.code}`));
  server.forEach((p, i) => {
    const pointer = p.pointer !== undefined ? withinStandard(p.pointer) : undefined;
    items.push({
      key: `v${i}`,
      source: 'validation',
      severity: p.severity,
      code: p.code,
      message: inLanguage(p.message, lang),
      elementId: p.elementId,
      pointer: pointer || undefined,
      field: p.elementId ? fieldFor(p.code) : undefined,
    });
  });
  lint.forEach((issue, i) => {
    if (serverKeys.has(`${issue.elementId}|${issue.code}`)) return;
    items.push({
      key: `d${i}`,
      source: 'diagram',
      severity: issue.severity,
      code: issue.code,
      message: inLanguage(issue.message, lang),
      elementId: issue.elementId,
      field: fieldFor(issue.code),
    });
  });
  const rank = (p: ProblemItem) => (p.severity === 'error' ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b));
}
