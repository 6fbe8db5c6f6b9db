/**
 * Recognising what the site already has: the same article text under another id, and an
 * event a new sentence probably reports again (its period overlaps and it shares actors or
 * words with an existing event).
 */
import { createHash } from 'node:crypto';
import type { Article, EventData } from '../schemas';
import { periodStart, precisionOf } from '../model/dates';
import type { Entry } from '../model/entry';
import { normalizeForMatch } from '../model/text';

/** An article's text reduced to its words: case, punctuation, quotes and spacing ignored. */
export function normalizeBody(text: string): string {
  return normalizeForMatch(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A short fingerprint of an article's text (of {@link normalizeBody}), kept in manifests. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalizeBody(text)).digest('hex').slice(0, 32);
}

/** The existing article whose text is the same as `body` (after {@link normalizeBody}), if any. */
export function sameTextArticle(body: string, articles: Entry<Article>[]): Entry<Article> | undefined {
  const wanted = normalizeBody(body);
  return articles.find((a) => normalizeBody(a.body) === wanted);
}

const STOP = new Set(
  'about above after again against also among and another any are around because been before being between both but came come could during each even from further had has have having here into its itself just last like made make many more most much must near next not now only other over said same says should since some such than that the their them then there these they this those through under until upon very was were what when where which while who whom will with would year years week weeks month months according officials official told added monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** The significant words of a text: lower-case, four letters or more, no stop words, no plural "s". */
export function significantWords(text: string): Set<string> {
  const words = normalizeForMatch(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u);
  return new Set(
    words
      .map((w) => w.replace(/^-+|-+$/g, '').replace(/(?<=\w{3})(?:'s|s)$/, ''))
      .filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d+$/.test(w)),
  );
}

/** The last day (`YYYY-MM-DD`) of the period a date string names. */
function periodEnd(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-12-31`;
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number);
    return `${value}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return value;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A dated thing: a date at its precision, an optional end, and whether it is approximate. */
export interface Dated {
  date: string;
  endDate?: string | undefined;
  approximate?: boolean | undefined;
}

/** True when the periods two dated things cover overlap (an approximate date counts ±3 days). */
export function periodsOverlap(a: Dated, b: Dated): boolean {
  const range = (d: Dated) => {
    const slack = d.approximate ? 3 : 0;
    return [shift(periodStart(d.date), -slack), shift(periodEnd(d.endDate ?? d.date), slack)] as const;
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

/** A sentence that may report an existing event. */
export interface EventCandidate extends Dated {
  text: string;
  actors: string[];
}

/** An existing event a sentence probably reports, and why it is thought so. */
export interface DuplicateMatch {
  event: Entry<EventData>;
  sharedActors: string[];
  sharedWords: string[];
  why: string;
  /** Other events that match less well, best first (ids). */
  alsoPossible: string[];
}

/**
 * The existing event `candidate` most probably reports again, or null: its period must overlap,
 * and it must share an actor and two significant words, or three significant words. The best
 * match (most shared actors, then words) wins; the others are listed in `alsoPossible`.
 */
export function likelyDuplicate(candidate: EventCandidate, events: Entry<EventData>[]): DuplicateMatch | null {
  const words = significantWords(candidate.text);
  const matches: Array<Omit<DuplicateMatch, 'alsoPossible'> & { score: number }> = [];
  for (const event of events) {
    if (!periodsOverlap(candidate, event.data)) continue;
    const theirs = significantWords(
      [event.data.title, event.data.summary, ...event.data.sources.map((s) => s.excerpt)].join(' '),
    );
    const sharedWords = [...words].filter((w) => theirs.has(w));
    const sharedActors = candidate.actors.filter((a) => event.data.actors.includes(a));
    if (!((sharedActors.length >= 1 && sharedWords.length >= 2) || sharedWords.length >= 3)) continue;
    const why = `same period as ${event.data.date}${sharedActors.length ? `; shared actors: ${sharedActors.join(', ')}` : ''}; shared words: ${sharedWords.join(', ')}`;
    matches.push({ event, sharedActors, sharedWords, why, score: sharedActors.length * 2 + sharedWords.length });
  }
  matches.sort((a, b) => b.score - a.score || a.event.id.localeCompare(b.event.id));
  const [best, ...rest] = matches;
  if (!best) return null;
  const { score: _score, ...match } = best;
  return { ...match, alsoPossible: rest.map((m) => m.event.id) };
}
