import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../src/integrations/incremental-dist';
import { keyed, pageKey, withView } from '../../src/site/page-key';

describe('pageKey', () => {
  const props = { view: { id: 'e1', data: { title: 'Talks', tags: ['a', 'b'] }, previous: undefined }, body: 'Text' };

  it('is the same for equal props and differs when anything nested changes', () => {
    expect(pageKey(structuredClone(props))).toBe(pageKey(props));
    expect(pageKey({ ...props, body: 'Text.' })).not.toBe(pageKey(props));
    expect(pageKey({ ...props, view: { ...props.view, data: { title: 'Talks', tags: ['b', 'a'] } } })).not.toBe(
      pageKey(props),
    );
    expect(pageKey({ ...props, view: { ...props.view, previous: null } })).not.toBe(pageKey(props));
    // A missing field and an undefined one render alike.
    expect(pageKey({ a: 1, b: undefined })).toBe(pageKey({ a: 1 }));
    expect(pageKey({ at: new Date('2025-03-11') })).not.toBe(pageKey({ at: new Date('2025-03-12') }));
  });

  it('refuses values whose content a digest could miss, naming where they are', () => {
    expect(() => pageKey({ view: { byId: new Map([['a', 1]]) } })).toThrow(/byId is a Map/);
    expect(() => pageKey({ list: [new Set()] })).toThrow(/0 is a Set/);
    expect(() => pageKey({ f: () => 1 })).toThrow(/f is a function/);
  });

  it('keys a getStaticPaths item by all of its props, view included', () => {
    const a = withView({ params: { id: 'x' }, props: { body: 'b' } }, { title: 'T' });
    expect(a.props).toEqual({ body: 'b', view: { title: 'T' } });
    expect(a.cacheKey).toBe(pageKey({ body: 'b', view: { title: 'T' } }));
    expect(keyed({ params: { n: '2' }, props: { page: 1 } }).cacheKey).not.toBe(a.cacheKey);
  });
});

/** The `{ … }` body of the `getStaticPaths` function in a page's source, found by brace matching. */
function staticPathsBody(source: string): { start: number; end: number } | undefined {
  const at = source.indexOf('getStaticPaths');
  if (at < 0) return undefined;
  // The function body's brace follows `=>` or the parameter list, not a destructured `{ paginate }`.
  const opening = /(=>|\))\s*\{/.exec(source.slice(at));
  if (!opening) throw new Error('no function body after getStaticPaths');
  const start = at + opening.index + opening[0].length - 1;
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}' && --depth === 0) return { start, end: i + 1 };
  }
  throw new Error('unbalanced braces');
}

describe('pages with getStaticPaths render only their props', () => {
  const dir = 'src/pages';
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(astro|ts)$/.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => readFileSync(f, 'utf8').includes('getStaticPaths'));

  it('finds the dynamic pages', () => expect(files.length).toBeGreaterThan(3));

  // A page that loads the timeline while rendering could show data its cache key does not cover,
  // and Astro's incremental build would then keep it stale.
  it.each(files)('%s keys every path and loads content only in getStaticPaths', (file) => {
    const source = readFileSync(file, 'utf8');
    const body = staticPathsBody(source)!;
    const inside = source.slice(body.start, body.end);
    const outside = source.slice(0, body.start) + source.slice(body.end);
    expect(inside).toMatch(/\b(withView|keyed)\(/);
    expect(outside).not.toMatch(/\b(loadTimeline|getCollection|getEntry)\(/);
  });
});

describe('components and layouts render only what they are given', () => {
  const files = ['src/components', 'src/layouts'].flatMap((dir) =>
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.astro'))
      .map((f) => path.join(dir, f)),
  );

  it('finds them', () => expect(files.length).toBeGreaterThan(5));

  // A component that loaded content itself would put data on a page that its key does not cover.
  it.each(files)('%s loads no content', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/\b(loadTimeline|getCollection|getEntry|getEventEntry)\(/);
  });
});

describe('staleFiles (a kept dist/ after an incremental build)', () => {
  it('keeps what a route produced, public files, sitemaps and the folders their writers keep; names the rest', () => {
    const files = [
      'index.html',
      'events/gone/index.html',
      'events/kept/index.html',
      'favicon.svg',
      'sitemap-0.xml',
      '_astro/Base.abc.css',
      'pagefind/pagefind.js',
      'og/kept.png',
      'overview.svg',
    ];
    const produced = new Set(['index.html', 'events/kept/index.html', 'overview.svg']);
    expect(staleFiles(files, produced, new Set(['favicon.svg']))).toEqual(['events/gone/index.html']);
  });
});
