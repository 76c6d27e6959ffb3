/** The case behaviours of the five example standards, by standard code. */
import type { CaseBehaviour } from '../case-behaviour';
import { assistanceFamily } from './assistance-family';
import { children } from './children';
import { elderly } from './elderly';
import { homeless } from './homeless';
import { projectEvaluation } from './project-evaluation';

export const CASE_BEHAVIOURS: ReadonlyMap<string, CaseBehaviour> = new Map(
  [assistanceFamily, elderly, homeless, children, projectEvaluation].map((b) => [b.code, b]),
);

export const PROJECT_EVALUATION = projectEvaluation.code;
