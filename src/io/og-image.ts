import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ENV } from '../config/env';

/** Bump when the rendering changes, so cached images are redrawn. */
const RENDER_VERSION = '2';

/** Rendered cards by content hash, kept between builds (OG_CACHE_DIR, by default in Astro's cache). */
const CACHE_DIR = path.resolve(ENV.ogCacheDir);

/**
 * A PNG of an SVG social card, rendered with sharp (libvips, shipped prebuilt in its npm package)
 * as a palette image of a few colours, which keeps a text card near 10–20 KB. Rendered once per
 * distinct card: the result is cached by the hash of its SVG, so a rebuild redraws only the cards
 * whose title, date or status changed.
 */
export async function renderCardPng(svg: string): Promise<Buffer> {
  const hash = createHash('sha1').update(RENDER_VERSION).update(svg).digest('hex');
  const file = path.join(CACHE_DIR, `${hash}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not cached yet.
  }
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 6 })
    .toBuffer();
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(file, png);
  return png;
}
