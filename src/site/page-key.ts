import { createHash } from 'node:crypto';

/**
 * JSON with a guard: a Map, a Set, a function or a class instance would serialise as `{}` or
 * nothing, so a page whose props changed inside one would keep its old HTML. Those are refused,
 * naming where they are. (Dates arrive here already as strings, through their `toJSON`.)
 */
function strictJson(props: unknown): string {
  return JSON.stringify(props, function (this: unknown, key: string, value: unknown) {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new TypeError(`page key: ${key || 'props'} is a ${typeof value}, which a page key cannot digest`);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError(
          `page key: ${key || 'props'} is a ${value.constructor.name}; pass plain objects and arrays`,
        );
    }
    return value;
  });
}

/**
 * The cache key of one page for Astro's incremental build: a digest of everything the page
 * renders apart from code (which Astro hashes itself). Two builds give a page the same key only
 * when its props are equal, so a page Astro skips can never be stale.
 */
export function pageKey(props: unknown): string {
  return createHash('sha1')
    .update(strictJson(props) ?? '')
    .digest('base64url');
}

/** One item of a route's `getStaticPaths`. */
interface PathItem {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/**
 * A `getStaticPaths` item with its cache key: a digest of all its props. A page must render only
 * its props and never load the timeline itself (tests/unit/page-keys.test.ts checks the pages),
 * so that its key covers all of its data.
 */
export function keyed<I extends PathItem>(item: I): I & { cacheKey: string } {
  return { ...item, cacheKey: pageKey(item.props ?? {}) };
}

/** Adds to a `getStaticPaths` item the view its page renders, and keys it (see {@link keyed}). */
export function withView<I extends PathItem, V>(
  item: I,
  view: V,
): I & { props: I['props'] & { view: V }; cacheKey: string } {
  return keyed({ ...item, props: { ...item.props, view } as I['props'] & { view: V } });
}
