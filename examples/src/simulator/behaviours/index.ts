/** The case behaviours of the seven example standards, by standard code. */
import type { CaseBehaviour } from '../case-behaviour';
import { assistanceFamily } from './assistance-family';
import { children } from './children';
import { elderly } from './elderly';
import { homeless } from './homeless';
import { projectEvaluation } from './project-evaluation';
import { supportBereavedDisabled } from './support-bereaved-disabled';
import { womenLeftBehind } from './women-left-behind';

export const CASE_BEHAVIOURS: ReadonlyMap<string, CaseBehaviour> = new Map(
  [assistanceFamily, elderly, homeless, children, womenLeftBehind, supportBereavedDisabled, projectEvaluation].map((b) => [b.code, b]),
);

export const PROJECT_EVALUATION = projectEvaluation.code;
