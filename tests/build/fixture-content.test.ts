import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineExport } from '../../src/site/export';
import { SITES, builtSite } from '../sites';

/**
 * Specific expectations on the fixture site (tests/fixtures/site/, a frozen copy of the content of
 * the five seed articles), built once by the build project's global setup.
 */
const { outDir, fileFor } = builtSite(SITES.fixture);
let data: TimelineExport;

beforeAll(() => {
  data = JSON.parse(readFileSync(path.join(outDir, 'data/timeline.json'), 'utf8')) as TimelineExport;
});

describe('every quote of the five articles, with its speaker and date', () => {
  // [quote as printed (… = only its start), speaker, date]: the editorial reading of the five seed articles.
  const QUOTES: Array<[string, string, string]> = [
    ['The ball is now in their court', 'marco-rubio', '2025-03-11'],
    ['multiple channels', 'marco-rubio', '2025-03-11'],
    ['The deadline is we hope to do this as soon as possible', 'marco-rubio', '2025-03-11'],
    ['stop the shooting', 'marco-rubio', '2025-03-11'],
    ['Russian reciprocity', 'marco-rubio', '2025-03-11'],
    ['immediate, interim 30-day ceasefire', 'us-ukraine-delegations', '2025-03-11'],
    ['security assistance', 'us-ukraine-delegations', '2025-03-11'],
    ['Russian reciprocity is the key to achieving peace.', 'us-ukraine-delegations', '2025-03-11'],
    ['ready for peace', 'donald-trump', '2025-03-03'],
    ['If you’re not going to pay your bills, we’re not going to defend you', 'donald-trump', '2025-03-03'],
    ['We are pausing, assessing, looking at everything across our security relationship', 'mike-waltz', '2025-03-05'],
    ['strongly stands behind the security protocols', 'steve-witkoff', '2026-01-06'],
    ['The purpose of these security protocols is to deter any attack…', 'steve-witkoff', '2026-01-06'],
    ['Secretary Rubio, along with the entire Trump administration…', 'tommy-pigott', '2025-11-25'],
  ];

  it('merges two reports of one remark into one quote, with the other wording and its old id', () => {
    const ball = data.statements.find((s) => s.id === 'rubio-ball-now-in-their-court');
    expect(ball?.reports).toEqual([
      expect.objectContaining({ article: 'joint-statement-report-2025-03-14', wording: 'ball is in Russia’s court' }),
    ]);
    expect(ball?.formerIds).toEqual(['rubio-ball-in-russias-court']);
    const html = readFileSync(fileFor('/events/2025-03-11-rubio-says-ball-in-russias-court/'), 'utf8');
    expect(html).toContain('id="rubio-ball-in-russias-court"');
    expect(html).toContain('Also reported as “ball is in Russia’s court”');
  });

  it('carries the approximation and end of every statement date', () => {
    const pay = data.statements.find((s) => s.id === 'trump-pay-your-bills');
    expect(pay).toMatchObject({ date: '2025-03-03', precision: 'day', approximate: true, endDate: '2025-03-09' });
    const pigott = data.statements.find((s) => s.id === 'pigott-security-guarantees-part-of-any-peace-deal');
    expect(pigott).toMatchObject({ approximate: true, endDate: '2025-11-26', endPrecision: 'day' });
  });

  it('marks two-word quotes as fragments', () => {
    const short = data.statements.filter((s) => s.quote.split(/\s+/).length < 3);
    expect(short.map((s) => s.id).sort()).toEqual([
      'joint-statement-security-assistance',
      'rubio-multiple-channels',
      'rubio-russian-reciprocity',
    ]);
    for (const s of short) expect(s.fragment, s.id).toBe(true);
  });

  it('holds each quote once, attributed and dated correctly', () => {
    expect(data.statements).toHaveLength(QUOTES.length);
    for (const [quote, speaker, date] of QUOTES) {
      const found = data.statements.filter((s) =>
        quote.endsWith('…') ? s.quote.startsWith(quote.slice(0, -1)) : s.quote === quote,
      );
      expect(
        found.map((s) => [s.speaker, s.date]),
        quote,
      ).toEqual([[speaker, date]]);
    }
  });
});

describe('the events of the five articles, with their dates', () => {
  // [event id, date, precision, approximate, status]
  const EVENTS: Array<[string, string, string, boolean, string]> = [
    ['2014-russia-annexes-crimea', '2014', 'year', false, 'confirmed'],
    ['2022-02-russia-full-scale-invasion', '2022-02', 'month', false, 'confirmed'],
    ['2025-03-oval-office-meeting', '2025-02', 'month', true, 'confirmed'],
    ['2025-03-zelensky-announces-readiness-for-peace-talks', '2025-02', 'month', true, 'reported'],
    ['2025-03-05-russian-lawmaker-calls-for-end-of-us-intelligence-support', '2025-03-05', 'day', true, 'reported'],
    ['2025-03-05-concerns-over-starlink-for-ukraine', '2025-03-05', 'day', true, 'reported'],
    ['2025-03-11-negotiations-to-involve-russia-and-european-partners', '2025-03-11', 'day', false, 'reported'],
    ['2025-11-kremlin-refuses-foreign-troops-in-ukraine', '2025-11-26', 'day', true, 'reported'],
    ['2025-03-us-pauses-aid-and-intelligence', '2025-03-03', 'day', true, 'confirmed'],
    ['2025-03-trump-nato-defense-spending-remarks', '2025-03-03', 'day', true, 'confirmed'],
    ['2025-03-european-meetings-on-sustaining-ukraine', '2025-03-03', 'day', true, 'reported'],
    ['2025-03-05-waltz-ratcliffe-remarks-on-intelligence-pause', '2025-03-05', 'day', false, 'confirmed'],
    ['2025-03-witkoff-to-travel-to-moscow', '2025-03-11', 'day', false, 'planned'],
    ['2025-03-11-jeddah-talks', '2025-03-11', 'day', false, 'confirmed'],
    ['2025-03-11-ukraine-accepts-30-day-ceasefire-proposal', '2025-03-11', 'day', false, 'confirmed'],
    ['2025-03-11-us-to-resume-aid-and-intelligence', '2025-03-11', 'day', false, 'confirmed'],
    ['2025-03-11-minerals-deal-and-negotiating-teams', '2025-03-11', 'day', false, 'confirmed'],
    ['2025-03-11-rubio-says-ball-in-russias-court', '2025-03-11', 'day', false, 'confirmed'],
    ['2025-11-peace-efforts-intensify', '2025-11', 'month', false, 'reported'],
    ['2025-11-negotiations-stall-over-us-proposal', '2025-11', 'month', true, 'reported'],
    ['2025-11-25-rubio-call-with-eu-counterparts', '2025-11-25', 'day', false, 'disputed'],
    ['2026-01-06-paris-summit-us-backs-security-guarantees', '2026-01-06', 'day', false, 'confirmed'],
    ['2026-01-06-ceasefire-monitoring-mechanism', '2026-01-06', 'day', false, 'confirmed'],
  ];

  it('holds each event with its date, precision and status', () => {
    const actual = data.events.map((e) => [e.id, e.date, e.precision, e.approximate, e.status]);
    expect([...actual].sort()).toEqual([...EVENTS].sort());
  });

  it('shows dates at their precision on the pages', () => {
    const html = readFileSync(fileFor('/events/2025-03-oval-office-meeting/'), 'utf8');
    expect(html).toContain('<time datetime="2025-02">c. February 2025 – 5 March 2025</time>');
    const invasion = readFileSync(fileFor('/events/2022-02-russia-full-scale-invasion/'), 'utf8');
    expect(invasion).toContain('<time datetime="2022-02">February 2022</time>');
  });

  it('sorts the Oval Office meeting before the pause it led to, and the announced trip after the talks', () => {
    const order = data.events.map((e) => e.id);
    const at = (id: string) => order.indexOf(id);
    expect(at('2025-03-oval-office-meeting')).toBeLessThan(at('2025-03-us-pauses-aid-and-intelligence'));
    expect(at('2025-03-11-jeddah-talks')).toBeLessThan(at('2025-03-witkoff-to-travel-to-moscow'));
    const oval = data.events.find((e) => e.id === '2025-03-oval-office-meeting');
    expect(oval).toMatchObject({ endDate: '2025-03-05', endPrecision: 'day', approximate: true });
  });

  it('shows where the sources differ, side by side, with each account’s source', () => {
    const resume = data.events.find((e) => e.id === '2025-03-11-us-to-resume-aid-and-intelligence');
    expect(resume?.sourcesDiffer).toBe(true);
    expect(resume?.accounts.map((a) => a.article)).toEqual([
      'defense-news-2025-03-11',
      'joint-statement-report-2025-03-14',
    ]);
    const html = readFileSync(fileFor('/events/2025-03-11-us-to-resume-aid-and-intelligence/'), 'utf8');
    expect(html).toContain('badge-differ');
    expect(html).toContain('depends on reciprocal actions from Russia');
    expect(html).toMatch(/<table class="accounts"/);
  });

  it('keeps news outlets apart from participants', () => {
    for (const e of data.events) {
      for (const outlet of ['cbs-news', 'fox-business', 'politico', 'reuters']) {
        if (e.actors.includes(outlet)) expect(e.involvement[outlet], `${e.id}: ${outlet}`).toBe('outlet');
      }
    }
    const html = readFileSync(fileFor('/events/2025-03-05-waltz-ratcliffe-remarks-on-intelligence-pause/'), 'utf8');
    expect(html).toMatch(/<dt>Reported by<\/dt>\s*<dd>\s*<a href="\/actors\/cbs-news\/">CBS News<\/a>/);
    expect(/<dt>Who<\/dt>\s*<dd>(.*?)<\/dd>/.exec(html)?.[1]).not.toContain('cbs-news');
  });

  it('logs the corrections of this issue on each entry and in the export', () => {
    const corrected = [...data.events, ...data.statements, ...data.actors].filter((e) => e.corrections.length > 0);
    expect(corrected.length).toBeGreaterThanOrEqual(20);
    for (const e of corrected) for (const c of e.corrections) expect(c.date).toBe('2026-11-25');
    const html = readFileSync(fileFor('/events/2025-03-11-minerals-deal-and-negotiating-teams/'), 'utf8');
    expect(html).toContain('id="corrections"');
    expect(html).toContain('commit to negotiate');
  });

  it('shows the editor’s note beside the passage it concerns', () => {
    const jeddah = readFileSync(fileFor('/events/2025-03-11-jeddah-talks/'), 'utf8');
    expect(jeddah).toMatch(/the Saudi capital provided a neutral ground[^]*?<p class="editor-note">/);
    const source = readFileSync(fileFor('/sources/joint-statement-report-2025-03-14/'), 'utf8');
    expect(source).toContain('Jeddah is not Saudi Arabia’s capital (Riyadh is)');
  });

  it('shows the disputed claim as disputed, with the denial linked', () => {
    const html = readFileSync(fileFor('/events/2025-11-25-rubio-call-with-eu-counterparts/'), 'utf8');
    expect(html).toContain('badge-disputed');
    expect(html).toContain(
      'href="/events/2025-11-25-rubio-call-with-eu-counterparts/#pigott-security-guarantees-part-of-any-peace-deal"',
    );
  });
});

describe('pages', () => {
  it('lists every event on the home page, in time order', () => {
    const html = readFileSync(fileFor('/'), 'utf8');
    const positions = data.events.map((e) => html.indexOf(`href="${e.page}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('renders article text only as excerpts, never whole', () => {
    const html = readFileSync(fileFor('/sources/joint-statement-report-2025-03-14/'), 'utf8');
    expect(html).not.toContain('Leave a Reply');
  });
});

describe('drafts', () => {
  it('are left out of the build and the export', () => {
    expect(existsSync(fileFor('/events/2025-03-12-a-draft-awaiting-review/'))).toBe(false);
    expect(readFileSync(path.join(outDir, 'data/timeline.json'), 'utf8')).not.toContain('a-draft-awaiting-review');
  });
});
