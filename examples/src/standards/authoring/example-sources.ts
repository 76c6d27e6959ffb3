/** The sources of the seven example standards, in the order they are shown. */
import { assistanceFamily } from './assistance-family';
import { elderly } from './elderly';
import { children } from './children';
import { homeless } from './homeless';
import { projectEvaluation } from './project-evaluation';
import { supportBereavedDisabled } from './support-bereaved-disabled';
import { womenLeftBehind } from './women-left-behind';
import type { ExampleStandardSource } from './example-source';

export const EXAMPLE_SOURCES: readonly ExampleStandardSource[] = [assistanceFamily, elderly, homeless, children, womenLeftBehind, supportBereavedDisabled, projectEvaluation];
