/**
 * `npm run bench`: builds the real site on synthetic content (fixed seed) of N = 100, 1,000
 * and 10,000 events, and a bare Astro baseline on the same Markdown files; measures wall time,
 * peak memory, pages, ms per page and output size; checks the budgets; tries Astro's levers;
 * writes bench/results/latest.{md,json}; exits non-zero when a budget is missed.
 * BENCH_SIZES=100,1000 runs fewer sizes. At the largest size the two ratios the budgets judge
 * (full build against bare Astro, redeploy against full build) are medians of BENCH_REPEATS
 * (default 3) interleaved pairs of builds: one pair on this shared machine varies by a third.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { differences } from './compare';
import { addArticle, generate } from './generate';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/.tmp');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const BUDGET = {
  timeVsBaseline: 1.2,
  redeployVsFull: 0.3,
  peakMB: 2048,
  growth: 12,
  eventPageKB: 14,
  homeKB: 100,
  pageKB: 150,
  /** Content pages need no JavaScript; the copy-link enhancement may load, this small. */
  enhancementKB: 1,
  ogImageKB: 50,
};

interface Build {
  seconds: number;
  peakMB: number;
  ok: boolean;
  log: string;
}

/** Runs `astro build` under GNU time; returns wall time and the peak RSS of the build process. */
function build(cwd: string, outDir: string, env: Record<string, string>, name: string): Promise<Build> {
  return new Promise((resolve) => {
    const log = path.join(TMP, 'logs', `${name}.log`);
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ASTRO, 'build', '--outDir', outDir], {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', async (code) => {
      const seconds = (performance.now() - started) / 1000;
      await mkdir(path.dirname(log), { recursive: true });
      await writeFile(log, output);
      const peak = Number(/PEAK_KB=(\d+)/.exec(output)?.[1] ?? 0) / 1024;
      resolve({ seconds, peakMB: peak, ok: code === 0, log });
    });
  });
}

/** The median of some numbers (the mean of the middle two for an even count). */
function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Pages, bytes and the page-weight budgets of a built site. */
function measure(dist: string) {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const cssCache = new Map<string, number>();
  const cssGzip = (href: string) => {
    if (!cssCache.has(href)) cssCache.set(href, gzipSync(readFileSync(path.join(dist, href))).length);
    return cssCache.get(href)!;
  };
  let maxEvent = { page: '', bytes: 0 };
  let maxPage = { page: '', bytes: 0 };
  const scripted: string[] = [];
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(dist, file);
    if (text.length > maxPage.bytes) maxPage = { page: rel, bytes: text.length };
    if (/^(events|actors|sources)\//.test(rel)) {
      // Inline scripts are never allowed (CSP); module files may only enhance, and stay small.
      const inline = /<script(?![^>]*(application\/ld\+json|\bsrc=))/.test(text);
      const js = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce(
        (n, m) => n + cssGzip(m[1]!.replace(/^\//, '')),
        0,
      );
      if (inline || js > BUDGET.enhancementKB * 1024) scripted.push(rel);
    }
    if (rel.startsWith('events/')) {
      const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
        (n, m) => n + cssGzip(m[1]!.replace(/^\//, '')),
        0,
      );
      const total = gzipSync(text).length + css;
      if (total > maxEvent.bytes) maxEvent = { page: rel, bytes: total };
    }
  }
  const home = gzipSync(readFileSync(path.join(dist, 'index.html'))).length;
  const og = files.filter((f) => f.includes(`${path.sep}og${path.sep}`) && f.endsWith('.png'));
  const ogMax = og.reduce((n, f) => Math.max(n, statSync(f).size), 0);
  return { pages: html.length, bytes, maxEvent, maxPage, home, scripted, ogImages: og.length, ogMax };
}

/** Bytes a browser fetches from /pagefind/ for one search, measured in Chromium. */
async function pagefindBytes(dist: string, query: string): Promise<number | null> {
  if (!existsSync('/usr/bin/chromium')) return null;
  const { startSession } = await import('../tests/browser/browser');
  const { server, browser, close } = await startSession(dist);
  try {
    const page = await browser.newPage();
    let total = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) total += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
    await page
      .locator('#search-status')
      .filter({ hasText: /result|Nothing/ })
      .waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    return total;
  } finally {
    await close();
  }
}

const results: Array<Record<string, unknown>> = [];
const failures: string[] = [];
const kb = (b: number) => (b / 1024).toFixed(1);
await rm(TMP, { recursive: true, force: true });
await mkdir(TMP, { recursive: true });

for (const n of SIZES) {
  const content = path.join(TMP, `content-${n}`);
  const { files } = await generate(content, n);
  const dist = path.join(TMP, `dist-${n}`);
  // Social card images are drawn once and kept by content hash (OG_CACHE_DIR): the first build
  // draws them all (cold), a deploy machine that keeps the cache draws only changed ones (warm).
  const ogCache = path.join(TMP, `og-cache-${n}`);
  const cold = await build(
    ROOT,
    path.join(TMP, `dist-cold-${n}`),
    { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(TMP, `cache-cold-${n}`), OG_CACHE_DIR: ogCache },
    `site-cold-${n}`,
  );
  if (!cold.ok) throw new Error(`the site build failed at N=${n}: see ${cold.log}`);
  await rm(path.join(TMP, `dist-cold-${n}`), { recursive: true, force: true });
  const site = await build(
    ROOT,
    dist,
    { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(TMP, `cache-${n}`), OG_CACHE_DIR: ogCache },
    `site-${n}`,
  );
  if (!site.ok) throw new Error(`the site build failed at N=${n}: see ${site.log}`);
  /** A clean bare-Astro build of the same Markdown files (its own cache emptied first). */
  const baseline = async (name: string) => {
    await rm(path.join(ROOT, 'bench/baseline/node_modules'), { recursive: true, force: true });
    const b = await build(path.join(ROOT, 'bench/baseline'), `dist-${n}`, { BASELINE_CONTENT: content }, name);
    if (!b.ok) throw new Error(`the baseline build failed at N=${n}: see ${b.log}`);
    return b;
  };
  const base = await baseline(`baseline-${n}`);
  const m = measure(dist);
  const basePages = walk(path.join(ROOT, `bench/baseline/dist-${n}`)).filter((f) => f.endsWith('.html')).length;
  // At the largest size, more interleaved pairs (clean site build with the cards kept, then bare
  // Astro), so that the ratio the budget judges is a median, not one draw of this machine's noise.
  const siteRuns = [site.seconds];
  const baseRuns = [base.seconds];
  for (let r = 1; n === SIZES.at(-1) && r < REPEATS; r++) {
    const scratch = path.join(TMP, `repeat-${n}`);
    const repeat = await build(
      ROOT,
      path.join(scratch, 'dist'),
      { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), OG_CACHE_DIR: ogCache },
      `site-${n}-repeat-${r}`,
    );
    if (!repeat.ok) throw new Error(`the site build failed at N=${n}: see ${repeat.log}`);
    await rm(scratch, { recursive: true, force: true });
    siteRuns.push(repeat.seconds);
    baseRuns.push((await baseline(`baseline-${n}-repeat-${r}`)).seconds);
  }
  const seconds = median(siteRuns);
  const baselineSeconds = median(baseRuns);
  const row = {
    n,
    markdownFiles: files,
    seconds: +seconds.toFixed(1),
    peakMB: Math.round(site.peakMB),
    pages: m.pages,
    msPerPage: +((seconds * 1000) / m.pages).toFixed(2),
    outputMB: +(m.bytes / 1048576).toFixed(1),
    baselineSeconds: +baselineSeconds.toFixed(1),
    baselinePages: basePages,
    // The median of the pairs' ratios: each pair ran back to back, under the same load.
    ratio: +median(siteRuns.map((t, i) => t / baseRuns[i]!)).toFixed(2),
    runs: { site: siteRuns.map((t) => +t.toFixed(1)), baseline: baseRuns.map((t) => +t.toFixed(1)) },
    coldCardsSeconds: +cold.seconds.toFixed(1),
    coldCardsRatio: +(cold.seconds / baselineSeconds).toFixed(2),
    maxEventPageKB: +kb(m.maxEvent.bytes),
    homeKB: +kb(m.home),
    maxPageKB: +kb(m.maxPage.bytes),
    maxPage: m.maxPage.page,
    scriptOnContentPages: m.scripted.length,
    ogImages: m.ogImages,
    maxOgImageKB: +kb(m.ogMax),
  };
  results.push(row);
  console.log(JSON.stringify(row));
  await rm(path.join(ROOT, `bench/baseline/dist-${n}`), { recursive: true, force: true });
}

const largest = results.at(-1)!;
const byN = (n: number) => results.find((r) => r.n === n);
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'met' : 'MISSED';
};
const budgets: Array<[string, string, string]> = [];
budgets.push([
  `first build, drawing all ${largest.n} social card images (N=${largest.n})`,
  `${largest.coldCardsSeconds} s, ${largest.coldCardsRatio} × bare Astro`,
  'reported',
]);
budgets.push([
  `build time ≤ ${BUDGET.timeVsBaseline} × bare Astro, social cards kept from a previous build (N=${largest.n})`,
  `${largest.ratio} ×`,
  check((largest.ratio as number) <= BUDGET.timeVsBaseline, 'time vs baseline'),
]);
budgets.push([
  `peak memory ≤ ${BUDGET.peakMB} MB`,
  `${largest.peakMB} MB`,
  check((largest.peakMB as number) <= BUDGET.peakMB, 'peak memory'),
]);
if (byN(1000) && byN(10000)) {
  const growth = (byN(10000)!.seconds as number) / (byN(1000)!.seconds as number);
  budgets.push([
    `time at 10,000 ≤ ${BUDGET.growth} × time at 1,000`,
    `${growth.toFixed(1)} ×`,
    check(growth <= BUDGET.growth, 'growth'),
  ]);
}
budgets.push([
  `every event page HTML + CSS ≤ ${BUDGET.eventPageKB} KB gzip`,
  `max ${largest.maxEventPageKB} KB`,
  check((largest.maxEventPageKB as number) <= BUDGET.eventPageKB, 'event page weight'),
]);
budgets.push([
  `no JavaScript required on event, actor and source pages (enhancement ≤ ${BUDGET.enhancementKB} KB gzip, no inline script)`,
  `${largest.scriptOnContentPages} pages over`,
  check(largest.scriptOnContentPages === 0, 'scripts'),
]);
budgets.push([
  `home page ≤ ${BUDGET.homeKB} KB gzip`,
  `${largest.homeKB} KB`,
  check((largest.homeKB as number) <= BUDGET.homeKB, 'home page'),
]);
budgets.push([
  `no page over ${BUDGET.pageKB} KB of HTML`,
  `max ${largest.maxPageKB} KB (${largest.maxPage})`,
  check((largest.maxPageKB as number) <= BUDGET.pageKB, 'page size'),
]);
budgets.push([
  `every event has a social card image ≤ ${BUDGET.ogImageKB} KB`,
  `${largest.ogImages} images, max ${largest.maxOgImageKB} KB`,
  check(
    (largest.ogImages as number) >= (largest.n as number) && (largest.maxOgImageKB as number) <= BUDGET.ogImageKB,
    'social card images',
  ),
]);
const pf = await pagefindBytes(path.join(TMP, `dist-${largest.n}`), 'ceasefire');
budgets.push([
  `Pagefind: bytes fetched for one query (“ceasefire”, N=${largest.n})`,
  pf === null ? 'not measured (no Chromium)' : `${kb(pf)} KB`,
  'reported',
]);

// Astro's levers, at N=1,000 (each is a full build), and a rebuild after one new article.
const levers: Array<[string, string]> = [];
const leverN = SIZES.includes(1000) ? 1000 : SIZES[0]!;
const leverContent = path.join(TMP, `content-${leverN}`);
const lever = async (name: string, env: Record<string, string>) => {
  const b = await build(
    ROOT,
    path.join(TMP, `lever-${name}`),
    {
      CONTENT_DIR: leverContent,
      ASTRO_CACHE_DIR: path.join(TMP, `lever-cache-${name}`),
      OG_CACHE_DIR: path.join(TMP, `og-cache-${leverN}`),
      ...env,
    },
    `lever-${name}-${leverN}`,
  );
  await rm(path.join(TMP, `lever-${name}`), { recursive: true, force: true });
  return b;
};
const reference = await lever('reference', {});
const fmt = (b: Build) => {
  const change = (b.seconds / reference.seconds - 1) * 100;
  return `${b.seconds.toFixed(1)} s (${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(0)}% against as shipped)`;
};
levers.push([
  `as shipped (collections loaded once, Markdown rendered while loading), N=${leverN}`,
  `${reference.seconds.toFixed(1)} s`,
]);
levers.push([
  'glob with deferRender (Markdown rendered by each page)',
  fmt(await lever('defer', { ASTRO_DEFER_RENDER: '1' })),
]);
levers.push([
  'each page loading the collections itself (no memoised loader)',
  fmt(await lever('nocache', { TIMELINE_NO_CACHE: '1' })),
]);
levers.push([
  "experimental.collectionStorage: 'chunked'",
  fmt(await lever('chunked', { ASTRO_COLLECTION_STORAGE: 'chunked' })),
]);
levers.push([
  "without Astro's incremental build (ASTRO_INCREMENTAL_BUILD=0: no cache copy of each page written)",
  fmt(await lever('no-incremental', { ASTRO_INCREMENTAL_BUILD: '0' })),
]);
levers.push([
  'without social card images (with them kept from a previous build, they cost the difference)',
  fmt(await lever('no-og', { TIMELINE_NO_OG_IMAGES: '1' })),
]);

// Redeploy at the largest N: the site above was built with Astro's incremental build on (the
// default), so its cache and dist/ are what a deploy host keeps. BENCH_REPEATS times: add one
// article (3 events, 3 statements, 1 new actor), rebuild into the same dist/ (incremental), then
// build the same content clean (empty cache, new dist/, the cards kept) as the full build to
// compare against; the two dist/ folders must be identical apart from build timestamps.
const redeployContent = path.join(TMP, `content-${largest.n}`);
const redeployEnv = (cache: string) => ({
  CONTENT_DIR: redeployContent,
  ASTRO_CACHE_DIR: path.join(TMP, cache),
  OG_CACHE_DIR: path.join(TMP, `og-cache-${largest.n}`),
});
const fullDist = path.join(TMP, `redeploy-full-${largest.n}`);
const sameAsFull = () => differences(path.join(TMP, `dist-${largest.n}`), fullDist);
const incrementalRuns: Build[] = [];
const fullRuns: Build[] = [];
const diff: string[] = [];
for (let r = 0; r < REPEATS; r++) {
  addArticle(redeployContent, r);
  const incremental = await build(
    ROOT,
    path.join(TMP, `dist-${largest.n}`),
    redeployEnv(`cache-${largest.n}`),
    `redeploy-incremental-${largest.n}-${r}`,
  );
  await rm(fullDist, { recursive: true, force: true });
  await rm(path.join(TMP, `redeploy-cache-${largest.n}`), { recursive: true, force: true });
  const fullAfter = await build(
    ROOT,
    fullDist,
    redeployEnv(`redeploy-cache-${largest.n}`),
    `redeploy-full-${largest.n}-${r}`,
  );
  if (!incremental.ok || !fullAfter.ok)
    throw new Error(`a redeploy build failed: see ${incremental.log}, ${fullAfter.log}`);
  incrementalRuns.push(incremental);
  fullRuns.push(fullAfter);
  diff.push(...(await sameAsFull()).map((f) => `${f} (after article ${r + 1})`));
}
// The floor of any redeploy: the same incremental build again, with nothing changed.
const unchanged = await build(
  ROOT,
  path.join(TMP, `dist-${largest.n}`),
  redeployEnv(`cache-${largest.n}`),
  `redeploy-unchanged-${largest.n}`,
);
if (!unchanged.ok) throw new Error(`the unchanged rebuild failed: see ${unchanged.log}`);
diff.push(...(await sameAsFull()).map((f) => `${f} (after the unchanged rebuild)`));
const seconds = (runs: Build[]) => runs.map((b) => +b.seconds.toFixed(1));
const redeploy = {
  n: largest.n as number,
  full_s: +median(fullRuns.map((b) => b.seconds)).toFixed(1),
  incremental_s: +median(incrementalRuns.map((b) => b.seconds)).toFixed(1),
  unchanged_s: +unchanged.seconds.toFixed(1),
  // The median of the pairs' ratios (each pair back to back, under the same load).
  ratio: +median(incrementalRuns.map((b, i) => b.seconds / fullRuns[i]!.seconds)).toFixed(2),
  runs: { incremental: seconds(incrementalRuns), full: seconds(fullRuns) },
  identical: diff.length === 0,
  differences: diff.slice(0, 20),
  peakMB: Math.round(Math.max(...[...incrementalRuns, ...fullRuns].map((b) => b.peakMB))),
};
budgets.push([
  `redeploy after one new article ≤ ${BUDGET.redeployVsFull} × the full build (N=${redeploy.n})`,
  `${redeploy.incremental_s} s against ${redeploy.full_s} s: ${redeploy.ratio} ×`,
  check(redeploy.ratio <= BUDGET.redeployVsFull, 'redeploy time'),
]);
budgets.push([
  'incremental dist/ identical to a clean build’s (apart from build timestamps)',
  redeploy.identical ? 'identical' : `${diff.length} files differ, e.g. ${diff[0]}`,
  check(redeploy.identical, 'identical redeploy'),
]);
budgets.push([
  `peak memory of the redeploy builds ≤ ${BUDGET.peakMB} MB`,
  `${redeploy.peakMB} MB`,
  check(redeploy.peakMB <= BUDGET.peakMB, 'redeploy memory'),
]);

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGB: Math.round(os.totalmem() / 1073741824),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  astro: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version,
};
const date = new Date().toISOString();
const md = [
  `# Benchmark, ${date.slice(0, 10)}`,
  '',
  `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, Astro ${machine.astro}.`,
  '',
  '| N events | Markdown files | build (cards kept) | peak memory | pages | ms/page | output | bare Astro | ratio | first build (all cards drawn) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.n} | ${r.markdownFiles} | ${r.seconds} s | ${r.peakMB} MB | ${r.pages} | ${r.msPerPage} | ${r.outputMB} MB | ${r.baselineSeconds} s (${r.baselinePages} pages) | ${r.ratio} × | ${r.coldCardsSeconds} s (${r.coldCardsRatio} ×) |`,
  ),
  '',
  '| budget | measured | |',
  '| --- | --- | --- |',
  ...budgets.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  '',
  `At N = ${largest.n} the build and bare Astro times are medians of ${REPEATS} interleaved pairs ` +
    `(site ${(largest.runs as { site: number[] }).site.join(', ')} s; bare Astro ` +
    `${(largest.runs as { baseline: number[] }).baseline.join(', ')} s) and the ratio the median of the pairs' ratios.`,
  '',
  `Redeploy at N = ${redeploy.n}, ${REPEATS} times adding one article (3 events, 3 statements, 1 new actor), each ` +
    `followed by a clean full build of the same content (medians): incremental ${redeploy.incremental_s} s ` +
    `(${redeploy.runs.incremental.join(', ')}), clean full build ${redeploy.full_s} s (${redeploy.runs.full.join(', ')}), ` +
    `${redeploy.ratio} ×; dist/ ${redeploy.identical ? 'identical' : 'NOT identical'} apart from build timestamps ` +
    `after each; the same incremental build again with nothing changed (the floor of a redeploy) ${redeploy.unchanged_s} s.`,
  '',
  '| lever | build time |',
  '| --- | --- |',
  ...levers.map(([a, b]) => `| ${a} | ${b} |`),
  '',
].join('\n');
await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
await writeFile(path.join(ROOT, 'bench/results/latest.md'), md);
await writeFile(
  path.join(ROOT, 'bench/results/latest.json'),
  JSON.stringify({ date, machine, results, budgets, levers, pagefindBytes: pf, redeploy }, null, 2),
);
console.log(`\n${md}`);
if (failures.length) {
  console.error(`Budgets missed: ${failures.join(', ')}`);
  process.exit(1);
}
