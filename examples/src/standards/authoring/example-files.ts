/**
 * Renders an example standard's source as the files of its folder in the `std` folder format:
 * `standard.json`, `process.bpmn`, `forms/<formId>.schema.json`, plus `samples/` (client data) and
 * `walkthroughs/` (answers that drive a case from start to end).
 *
 * @example
 *   for (const [path, text] of renderExampleFiles(assistanceFamily)) writeFileSync(join(dir, path), text);
 */
import { standardToFiles } from '@jingzhun/standards';
import { writeProcessXml } from './bpmn-writer';
import type { ExampleStandardSource } from './example-source';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Paths relative to the standard's folder, in a stable order, with their contents. */
export function renderExampleFiles(source: ExampleStandardSource): Map<string, string> {
  const process = writeProcessXml({
    code: source.document.code,
    title: source.document.title,
    parameters: source.document.parameters,
    process: source.process,
  });
  // The standard's own files are written by the standards workspace's folder format.
  const files = new Map(Object.entries(standardToFiles({ ...source.document, forms: source.forms, process })));
  for (const [name, data] of Object.entries(source.samples)) files.set(`samples/${name}.json`, json(data));
  for (const [name, walkthrough] of Object.entries(source.walkthroughs)) files.set(`walkthroughs/${name}.json`, json(walkthrough));
  return files;
}
