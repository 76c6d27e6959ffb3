/**
 * Every request schema of every route bounds what it accepts: strings have a maximum length (or are
 * one of fixed values), arrays a maximum number of items, open objects a maximum number of fields,
 * whole numbers a maximum. A new route with an unbounded field fails here, before junk can reach it.
 */
import { storeTargets } from '@jingzhun/engine/testing';
import { openHarness } from '../test-support/harness';

type Schema = Record<string, unknown>;

/** Where a schema lets through a value of unbounded size, as JSON pointers into the schema. */
function unbounded(schema: Schema, at: string): string[] {
  const found: string[] = [];
  const kinds = schema['anyOf'] ?? schema['allOf'] ?? schema['oneOf'];
  if (Array.isArray(kinds)) return kinds.flatMap((s: Schema, i) => unbounded(s, `${at}/anyOf/${i}`));
  if ('const' in schema || 'enum' in schema) return [];
  switch (schema['type']) {
    case 'string':
      if (typeof schema['maxLength'] !== 'number') found.push(at);
      break;
    case 'integer':
      if (typeof schema['maximum'] !== 'number') found.push(at);
      break;
    case 'array':
      if (typeof schema['maxItems'] !== 'number') found.push(at);
      if (schema['items']) found.push(...unbounded(schema['items'] as Schema, `${at}/items`));
      break;
    case 'object': {
      const open = schema['additionalProperties'] !== false || schema['patternProperties'] !== undefined;
      if (open && typeof schema['maxProperties'] !== 'number') found.push(at);
      if (open && schema['patternProperties'] && !(schema['propertyNames'] as Schema | undefined)?.['maxLength']) found.push(`${at}/propertyNames`);
      for (const [name, property] of Object.entries((schema['properties'] as Record<string, Schema> | undefined) ?? {})) {
        found.push(...unbounded(property, `${at}/properties/${name}`));
      }
      for (const [pattern, property] of Object.entries((schema['patternProperties'] as Record<string, Schema> | undefined) ?? {})) {
        found.push(...unbounded(property, `${at}/patternProperties/${pattern}`));
      }
      break;
    }
    default:
      // Unknown values (client data, form data) are bounded by the field counts above and the body limit.
      break;
  }
  return found;
}

describe('request schemas', () => {
  it('bound every string, whole number, array and open object of every route', async () => {
    const h = await openHarness(storeTargets()[0]!);
    const found: string[] = [];
    try {
      for (const route of h.app.services.routes.routes) {
        for (const part of ['params', 'query', 'body'] as const) {
          const schema = route[part];
          if (schema) found.push(...unbounded(JSON.parse(JSON.stringify(schema)) as Schema, `${route.method.toUpperCase()} ${route.path} ${part}`));
        }
      }
    } finally {
      await h.close();
    }
    expect(found).toEqual([]);
  });

  it('notices an unbounded field', () => {
    expect(unbounded({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'integer', maximum: 3 } } }, additionalProperties: false }, '')).toEqual([
      '/properties/a',
      '/properties/b',
    ]);
  });
});
