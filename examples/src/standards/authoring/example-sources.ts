/** The sources of the five example standards, in the order they are shown. */
import { assistanceFamily } from './assistance-family';
import { elderly } from './elderly';
import type { ExampleStandardSource } from './example-source';

export const EXAMPLE_SOURCES: readonly ExampleStandardSource[] = [assistanceFamily, elderly];
