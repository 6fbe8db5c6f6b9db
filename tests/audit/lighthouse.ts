/**
 * `npm run audit`: Lighthouse (mobile settings) on the built site, served locally, in Debian's
 * Chromium. Audits the home page, an event, an actor and a source page; writes the scores to
 * tests/.output/lighthouse/report.md and .json; exits non-zero unless every category is 100.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.ts';
import { serveStatic } from '../serve.ts';

const PAGES = {
  home: '/',
  event: '/events/2025-03-11-jeddah-talks/',
  actor: '/actors/marco-rubio/',
  source: '/sources/defense-news-2025-03-11/',
  search: '/search/?q=Rubio',
  disputed: '/disputed/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT = path.resolve('tests/.output/lighthouse');

const server = await serveStatic(path.resolve('dist'));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [...CHROMIUM_FLAGS],
});
const rows: Array<{ page: string; url: string; scores: Record<string, number>; failing: string[] }> = [];
try {
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const url = server.url(pagePath);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // Audits that did not pass fully, whether or not they weigh on the score: hints for a person.
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id]!)
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${c}: ${a.id} (${a.title})`),
    );
    rows.push({ page: name, url: pagePath, scores, failing });
    console.log(`${name.padEnd(7)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    for (const f of failing) console.log(`        - ${f}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

mkdirSync(OUT, { recursive: true });
writeFileSync(
  path.join(OUT, 'report.json'),
  JSON.stringify({ date: new Date().toISOString(), settings: 'mobile (Lighthouse default)', rows }, null, 2),
);
writeFileSync(
  path.join(OUT, 'report.md'),
  [
    `# Lighthouse (mobile), ${new Date().toISOString().slice(0, 10)}`,
    '',
    `| page | ${CATEGORIES.join(' | ')} |`,
    `| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.page} (${r.url}) | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`),
    '',
  ].join('\n'),
);
const bad = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] !== 100));
console.log(
  bad.length ? `FAIL: ${bad.length} page(s) below 100` : 'All audited pages score 100 in all four categories.',
);
process.exit(bad.length ? 1 : 0);
