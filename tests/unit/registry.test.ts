import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, REGISTRY, entryPath } from '../../src/registry';
import { citationsIn, valuesAt } from '../../src/model/integrity/fields';

/** The field of a zod object schema at a reference path such as `roles[].article`, or undefined. */
function fieldAt(schema: z.ZodType, refPath: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of refPath.split('.')) {
    const key = part.replace(/\[\]$/, '');
    const unwrap = (s: z.ZodType): z.ZodType =>
      s instanceof z.ZodDefault || s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s;
    const object = current && unwrap(current);
    if (!(object instanceof z.ZodObject)) return undefined;
    current = object.shape[key] as z.ZodType | undefined;
    if (current && part.endsWith('[]')) {
      const array = unwrap(current);
      current = array instanceof z.ZodArray ? (array.element as z.ZodType) : undefined;
    }
  }
  return current;
}

describe('the collection registry', () => {
  it('declares only references to fields that exist and hold ids', () => {
    for (const name of COLLECTIONS) {
      for (const [refPath, target] of Object.entries(REGISTRY[name].references)) {
        const field = fieldAt(REGISTRY[name].schema, refPath);
        expect(field, `${name}: ${refPath}`).toBeDefined();
        expect(COLLECTIONS, `${name}: ${refPath}`).toContain(target);
        expect(field?.safeParse('some-id').success, `${name}: ${refPath} accepts an id`).toBe(true);
      }
    }
  });

  it('has a page folder for every collection with a route', () => {
    for (const name of COLLECTIONS) {
      const route = REGISTRY[name].route;
      if (route === null) continue;
      const dir = path.resolve('src/pages', route);
      expect(
        existsSync(path.join(dir, '[id].astro')) || existsSync(path.join(dir, '[id]')),
        `${name}: src/pages/${route}/[id]`,
      ).toBe(true);
      expect(entryPath(name, 'x')).toBe(`/${route}/x/`);
    }
  });
});

describe('field paths and citations', () => {
  const data = {
    speaker: 'a',
    actors: ['b', 'c'],
    roles: [
      { title: 't', article: 'x' },
      { title: 'u', article: 'y' },
    ],
    sources: [{ article: 'x', excerpt: 'one' }],
    accounts: [{ says: 'two', source: { article: 'y', excerpt: 'three' } }],
  };

  it('walks plain fields, arrays and fields of array items', () => {
    expect(valuesAt(data, 'speaker')).toEqual([{ field: 'speaker', value: 'a' }]);
    expect(valuesAt(data, 'actors[]')).toEqual([
      { field: 'actors[0]', value: 'b' },
      { field: 'actors[1]', value: 'c' },
    ]);
    expect(valuesAt(data, 'roles[].article').map((v) => v.field)).toEqual(['roles[0].article', 'roles[1].article']);
    expect(valuesAt(data, 'missing[]')).toEqual([]);
  });

  it('finds a citation wherever a field holds one, so a new cited field is checked without a new rule', () => {
    expect(citationsIn(data)).toEqual([
      { field: 'sources[0]', article: 'x', excerpt: 'one' },
      { field: 'accounts[0].source', article: 'y', excerpt: 'three' },
    ]);
  });
});
