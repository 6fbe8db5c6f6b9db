import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built HTML page: its site path (with base), parsed document, and the ids it defines. */
export interface BuiltPage {
  file: string;
  path: string;
  root: HTMLElement;
  ids: Set<string>;
}

/** Every `.html` file under `dist`, parsed, keyed by the site path it is served at (with `base`). */
export function loadPages(dist: string, base = '/'): Map<string, BuiltPage> {
  const prefix = base.replace(/\/+$/, '');
  const pages = new Map<string, BuiltPage>();
  for (const rel of readdirSync(dist, { recursive: true }) as string[]) {
    if (!rel.endsWith('.html')) continue;
    const file = path.join(dist, rel);
    const posix = rel.split(path.sep).join('/');
    const sitePath = `${prefix}/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
    const root = parse(readFileSync(file, 'utf8'));
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
    pages.set(sitePath, { file, path: sitePath, root, ids });
  }
  return pages;
}

/** The file a site path is served from, as a static host resolves it, or undefined. */
export function resolveFile(dist: string, base: string, sitePath: string): string | undefined {
  const prefix = base.replace(/\/+$/, '');
  if (!sitePath.startsWith(`${prefix}/`)) return undefined;
  const rel = decodeURIComponent(sitePath.slice(prefix.length));
  const candidate = path.join(dist, rel);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const svgCache = new Map<string, Set<string>>();
/** The ids of the elements of an SVG file. */
function svgIds(file: string): Set<string> {
  if (!svgCache.has(file))
    svgCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)));
  return svgCache.get(file)!;
}

/**
 * Every internal link, script, stylesheet and image of the built site that does not resolve:
 * a missing file, a missing `#anchor` on the target page, or a site-absolute URL that ignores
 * the base path. External `http(s):` links are not followed.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const pages = loadPages(dist, base);
  const broken: string[] = [];
  for (const page of pages.values()) {
    const refs = page.root
      .querySelectorAll('[href], [src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
    for (const ref of refs) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) continue; // absolute URL: external or mailto:
      const url = new URL(ref, `http://site${page.path}`);
      const file = resolveFile(dist, base, url.pathname);
      if (!file) {
        broken.push(`${page.path}: ${ref} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor) {
        const target = [...pages.values()].find((p) => p.file === file);
        // An SVG image's fragment names an element of the image (the overview strip's months).
        const ids = target?.ids ?? (file.endsWith('.svg') ? svgIds(file) : new Set<string>());
        if (!ids.has(anchor)) broken.push(`${page.path}: ${ref} (no #${anchor} there)`);
      }
    }
  }
  return broken;
}
