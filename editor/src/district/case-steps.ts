/**
 * Where a listed case stands, in words: the steps it waits at by their names on the diagram (a step
 * drawn without a name by what it waits for, never by its id), and who holds its open tasks by name
 * (the person reading as "me"; a task nobody has taken as unclaimed).
 *
 * @example
 *   caseStepNames(item, 'zh-CN', words); // '入户评估、区民政局审批'
 *   caseHolders(item, people, myId, 'zh-CN', words); // '王芳、未认领'
 */
import type { CaseListItem, People } from '../api';
import { localized, type Language } from '../i18n';
import { personName } from '../shell/format';

/** The words a step or holder is said in when there is no name, from the app's translations. */
export interface StepWords {
  /** A step drawn without a name, by its kind (`task`, `timer`, `message`, `referral`, `other`). */
  kinds(kind: string): string;
  unclaimed: string;
  me: string;
}

const joined = (parts: string[], lang: Language) => [...new Set(parts)].join(lang === 'en' ? ', ' : '、');

export function caseStepNames(item: Pick<CaseListItem, 'steps'>, lang: Language, words: StepWords): string {
  return joined(
    item.steps.map((s) => (s.name ? localized(s.name, lang) : words.kinds(s.kind))),
    lang,
  );
}

export function caseHolders(item: Pick<CaseListItem, 'steps'>, people: People, me: string, lang: Language, words: StepWords): string {
  return joined(
    item.steps.filter((s) => s.kind === 'task').map((s) => (!s.assignee ? words.unclaimed : s.assignee === me ? words.me : personName(people, s.assignee, lang))),
    lang,
  );
}
