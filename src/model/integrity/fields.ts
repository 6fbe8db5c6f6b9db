/** A value found in an entry's data, with the path of its field (`roles[0].article`). */
export interface FieldValue {
  field: string;
  value: unknown;
}

/**
 * The values at a field path such as `speaker`, `actors[]` or `roles[].article` (`[]` walks
 * every item of an array). Missing fields yield nothing.
 */
export function valuesAt(data: unknown, path: string): FieldValue[] {
  let found: FieldValue[] = [{ field: '', value: data }];
  for (const part of path.split('.')) {
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    found = found.flatMap(({ field, value }) => {
      if (value === null || typeof value !== 'object') return [];
      const next = (value as Record<string, unknown>)[key];
      const at = field ? `${field}.${key}` : key;
      if (next === undefined) return [];
      if (!isArray) return [{ field: at, value: next }];
      return Array.isArray(next) ? next.map((item, i) => ({ field: `${at}[${i}]`, value: item })) : [];
    });
  }
  return found;
}

/** A citation found in an entry: an `{ article, excerpt }` object and where it is. */
export interface Citation {
  /** Path of the citation object, e.g. `sources[0]`. */
  field: string;
  article: string;
  excerpt: string;
}

/**
 * Every citation (`{ article, excerpt }` object) anywhere in an entry's data, in document order,
 * so that a cited field added to a schema is checked without a new rule.
 */
export function citationsIn(data: unknown, field = ''): Citation[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => citationsIn(item, `${field}[${i}]`));
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (typeof record.article === 'string' && typeof record.excerpt === 'string') {
    return [{ field, article: record.article, excerpt: record.excerpt }];
  }
  return Object.entries(record).flatMap(([key, value]) => citationsIn(value, field ? `${field}.${key}` : key));
}
