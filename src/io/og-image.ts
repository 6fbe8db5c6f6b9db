import { createHash } from 'node:crypto';
import { access, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { linkFile } from './link-tree';

/** Bump when the rendering changes, so cached images are redrawn. */
const RENDER_VERSION = '2';

/**
 * Writes the PNG of an SVG social card to `out`, rendered with sharp (libvips, shipped prebuilt
 * in its npm package) as a palette image of a few colours, which keeps a text card near 15 KB.
 * Each distinct card is drawn once: the PNG is kept in `cacheDir` under the hash of its SVG, so a
 * later build only links it into place (or copies it across file systems), and redraws only the
 * cards whose title, date or status changed. `out`'s folder must exist.
 * Returns true when the card had to be drawn.
 */
export async function writeCardPng(svg: string, out: string, cacheDir: string): Promise<boolean> {
  const hash = createHash('sha1').update(RENDER_VERSION).update(svg).digest('hex');
  const cached = path.join(cacheDir, `${hash}.png`);
  let drawn = false;
  try {
    await access(cached);
  } catch {
    const png = await sharp(Buffer.from(svg))
      .png({ palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 6 })
      .toBuffer();
    await writeFile(cached, png);
    drawn = true;
  }
  await place(cached, out);
  return drawn;
}

/** Puts the cached card at `out` as a hard link; leaves it if it is already that file. */
async function place(cached: string, out: string): Promise<void> {
  const existing = await stat(out).catch(() => undefined);
  if (existing) {
    if (existing.ino === (await stat(cached)).ino) return;
    await unlink(out);
  }
  await linkFile(cached, out);
}
