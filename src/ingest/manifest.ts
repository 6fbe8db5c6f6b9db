/**
 * The per-article record of what the ingest produced: `content/.ingest/manifests/<id>.json`
 * (committed with the content; outside the collection folders, so no loader reads it).
 * A draft the record lists whose file is gone was rejected by an editor: no later run writes
 * it again, with or without `--force`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { normalizeBody } from './duplicates';
import { IngestError } from './input';

/** Where manifests live, relative to the content folder. */
export const MANIFEST_DIR = '.ingest/manifests';

/** What became of one file the ingest produced. */
export const manifestItemSchema = z.strictObject({
  /** What the draft is about, stable across runs: `statement:<quote>`, `event:<sentence>` … */
  key: z.string().min(1),
  /** Path relative to the content folder. */
  path: z.string().min(1),
  /** written: on disk (draft or reviewed); rejected: deleted by an editor; accepted: a proposal merged. */
  state: z.enum(['written', 'rejected', 'accepted']),
});
export type ManifestItem = z.infer<typeof manifestItemSchema>;

export const manifestSchema = z.strictObject({
  article: z.string().min(1),
  /** Fingerprint of the article text (see `textHash`). */
  textHash: z.string().min(1),
  /** The file the text was read from, if any. */
  source: z.string().optional(),
  updated: z.string(),
  items: z.array(manifestItemSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest's path relative to the content folder. */
export function manifestPath(articleId: string): string {
  return `${MANIFEST_DIR}/${articleId}.json`;
}

/** A stable key for a draft: its kind and what it says, normalised. */
export function draftKey(kind: 'article' | 'statement' | 'event' | 'actor' | 'proposal', what: string): string {
  return `${kind}:${normalizeBody(what)}`;
}

/** Every manifest under `contentDir` (none when the folder does not exist); a broken one is an error. */
export async function readManifests(contentDir: string): Promise<Manifest[]> {
  const dir = path.join(contentDir, MANIFEST_DIR);
  if (!existsSync(dir)) return [];
  const out: Manifest[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let parsed: ReturnType<typeof manifestSchema.safeParse>;
    try {
      parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      throw new IngestError(`${file}: not valid JSON (${(error as Error).message}); restore it from git`);
    }
    if (!parsed.success)
      throw new IngestError(
        `${file}: not an ingest manifest (${parsed.error.issues[0]?.message}); restore it from git`,
      );
    out.push(parsed.data);
  }
  return out;
}

/**
 * The keys an editor rejected: items marked rejected, and written items whose file is gone.
 * `exists` tells whether a path (relative to the content folder) is on disk.
 */
export function rejectedKeys(manifest: Manifest | undefined, exists: (file: string) => boolean): Set<string> {
  const keys = new Set<string>();
  for (const item of manifest?.items ?? []) {
    if (item.state === 'rejected' || (item.state === 'written' && !exists(item.path))) keys.add(item.key);
  }
  return keys;
}

/**
 * The manifest after a run: the planned items (`written`), earlier items still on disk and not
 * removed by this run, and every rejection and acceptance, remembered for good.
 */
export function nextManifest(input: {
  previous: Manifest | undefined;
  article: string;
  textHash: string;
  source?: string | undefined;
  planned: Array<{ key: string; path: string }>;
  removed: string[];
  exists: (file: string) => boolean;
  now: Date;
}): Manifest {
  const items = new Map<string, ManifestItem>();
  const rejected = rejectedKeys(input.previous, input.exists);
  for (const item of input.previous?.items ?? []) {
    if (item.state !== 'written') items.set(item.key, item);
    else if (rejected.has(item.key)) items.set(item.key, { ...item, state: 'rejected' });
    else if (!input.removed.includes(item.path)) items.set(item.key, item);
  }
  for (const p of input.planned)
    if (!items.has(p.key) || items.get(p.key)!.state === 'written')
      items.set(p.key, { key: p.key, path: p.path, state: 'written' });
  return {
    article: input.article,
    textHash: input.textHash,
    source: input.source,
    updated: input.now.toISOString(),
    items: [...items.values()],
  };
}
