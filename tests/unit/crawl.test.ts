import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../crawl';

const dist = mkdtempSync(path.join(tmpdir(), 'crawl-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(rel: string, html: string) {
  mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
  writeFileSync(path.join(dist, rel), `<!doctype html><html><body>${html}</body></html>`);
}

describe('the link checker', () => {
  it('finds missing pages, missing anchors and links that ignore the base path', () => {
    write(
      'index.html',
      '<a href="/base/a/">ok</a> <a href="/base/a/#here">ok</a> <a href="/base/missing/">x</a> <a href="/base/a/#nowhere">x</a> <a href="/a/">x</a> <a href="https://example.org/">ext</a>',
    );
    write('a/index.html', '<p id="here">here</p><a href="../">up</a> <a href="#here">self</a>');
    expect(brokenLinks(dist, '/base')).toEqual([
      '/base/: /base/missing/ (no such file)',
      '/base/: /base/a/#nowhere (no #nowhere there)',
      '/base/: /a/ (no such file)',
    ]);
  });
});
