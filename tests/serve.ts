import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Headers that `_headers` (Netlify/Cloudflare format) gives every path (`/*`), if present. */
function headersFile(root: string): Record<string, string> {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

/**
 * Serves a built site on 127.0.0.1 (a free port) as a static host would: `/x/` → `x/index.html`,
 * under an optional base path, with `404.html` for anything missing and the headers of its
 * `_headers` file on every response. For tests only.
 */
export async function serveStatic(
  root: string,
  base = '/',
): Promise<{ origin: string; url: (p: string) => string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/+$/, '');
  const extra = headersFile(root);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(`${prefix}/`) || pathname === prefix) {
      const rel = pathname.slice(prefix.length) || '/';
      const candidate = path.join(root, rel);
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    res.writeHead(status, { ...extra, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p: string) => `${origin}${prefix}${p}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
