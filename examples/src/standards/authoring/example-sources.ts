/** The sources of the five example standards, in the order they are shown. */
import { assistanceFamily } from './assistance-family';
import { elderly } from './elderly';
import { children } from './children';
import { homeless } from './homeless';
import { projectEvaluation } from './project-evaluation';
import type { ExampleStandardSource } from './example-source';

export const EXAMPLE_SOURCES: readonly ExampleStandardSource[] = [assistanceFamily, elderly, homeless, children, projectEvaluation];
