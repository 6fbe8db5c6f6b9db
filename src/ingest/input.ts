import { readFile, stat } from 'node:fs/promises';
import * as yaml from 'js-yaml';

/** Largest article accepted: far above any news article, far below what would choke a build. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** An ingest failure with a message for a person; the CLI prints it and exits non-zero. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** What is known about an article besides its text. */
export interface ArticleMeta {
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
}

/**
 * Reads an article file as text, refusing (with a clear message) a missing, empty, binary or
 * oversized file; removes a byte-order mark and turns CRLF/CR line ends into LF.
 */
export async function readArticleFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new IngestError(`${file}: no such file`);
  if (!info.isFile()) throw new IngestError(`${file}: not a file`);
  if (info.size > MAX_BYTES) {
    throw new IngestError(
      `${file}: too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB). Is this really one article?`,
    );
  }
  const bytes = await readFile(file);
  if (bytes.includes(0))
    throw new IngestError(
      `${file}: looks like a binary file (it contains NUL bytes); save the article as plain text or Markdown`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`${file}: is not UTF-8 text; save the article as UTF-8 plain text or Markdown`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(`${file}: is empty`);
  return text;
}

const HEADER_KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title',
  publisher: 'publisher',
  published: 'published',
  url: 'url',
  author: 'author',
  date: 'published',
};

/**
 * Splits metadata from the article text: YAML front matter (`---` … `---`), or header lines
 * at the top (`Title:`, `Publisher:`, `Published:`, `URL:`, `Author:`), with or without a
 * blank line after them. The returned body is the article text, verbatim.
 */
export function splitMetadata(text: string): { meta: ArticleMeta; body: string } {
  const fm = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (fm) return { meta: frontMatterMeta(fm[1]!), body: text.slice(fm[0].length).replace(/^\n+/, '') };
  const lines = text.split('\n');
  const meta: ArticleMeta = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Za-z]+):[ \t]*(.*)$/.exec(lines[i]!);
    const key = m && HEADER_KEYS[m[1]!.toLowerCase()];
    if (!m || !key || meta[key] !== undefined) break;
    if (m[2]!.trim()) meta[key] = m[2]!.trim();
  }
  if (i === 0) return { meta: {}, body: text };
  return { meta, body: lines.slice(i).join('\n').replace(/^\n+/, '') };
}

/** The metadata of a YAML front matter block; unknown keys are ignored. */
function frontMatterMeta(source: string): ArticleMeta {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    throw new IngestError(`the front matter is not valid YAML: ${(error as Error).message}`);
  }
  const meta: ArticleMeta = {};
  for (const [k, v] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    const key = HEADER_KEYS[k.toLowerCase()];
    if (key && v != null) meta[key] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  }
  return meta;
}
