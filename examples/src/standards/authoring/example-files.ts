/**
 * Renders an example standard's source as the files of its folder in the `std` folder format:
 * `standard.json`, `process.bpmn`, `forms/<formId>.schema.json`, plus `samples/` (client data) and
 * `walkthroughs/` (answers that drive a case from start to end).
 *
 * @example
 *   for (const [path, text] of renderExampleFiles(assistanceFamily)) writeFileSync(join(dir, path), text);
 */
import { writeProcessXml } from './bpmn-writer';
import type { ExampleStandardSource } from './example-source';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Paths relative to the standard's folder, in a stable order, with their contents. */
export function renderExampleFiles(source: ExampleStandardSource): Map<string, string> {
  const files = new Map<string, string>();
  files.set('standard.json', json(source.document));
  files.set(
    'process.bpmn',
    writeProcessXml({
      code: source.document.code,
      title: source.document.title,
      parameters: source.document.parameters,
      process: source.process,
    }),
  );
  for (const [id, schema] of Object.entries(source.forms)) files.set(`forms/${id}.schema.json`, json(schema));
  for (const [name, data] of Object.entries(source.samples)) files.set(`samples/${name}.json`, json(data));
  for (const [name, walkthrough] of Object.entries(source.walkthroughs)) files.set(`walkthroughs/${name}.json`, json(walkthrough));
  return files;
}
