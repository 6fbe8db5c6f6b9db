/**
 * Synthetic content for the benchmark, from a fixed seed: N events, N statements, N/20 actors
 * and N/10 articles of realistic length, valid under the real schemas and integrity rules
 * (every excerpt and quote is cut from its article's text).
 */
import { writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { markdownFile } from '../src/io/markdown';

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Pavlo',
  'Maria',
  'John',
  'Olena',
  'Mark',
  'Iryna',
  'Peter',
  'Sofia',
  'David',
  'Yulia',
  'Thomas',
  'Nadia',
  'Robert',
  'Elena',
  'James',
];
const LAST = [
  'Kovalenko',
  'Smith',
  'Bondarenko',
  'Miller',
  'Shevchenko',
  'Brown',
  'Tkachenko',
  'Walker',
  'Lysenko',
  'Fischer',
  'Melnyk',
  'Dubois',
  'Hrytsenko',
  'Rossi',
];
const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Special Envoy',
  'National Security Adviser',
  'spokesperson',
  'Ambassador',
  'Prime Minister',
];
const CITIES = ['Kyiv', 'Warsaw', 'Brussels', 'Paris', 'Berlin', 'Geneva', 'Istanbul', 'London', 'Rome', 'Vienna'];
const TOPICS = [
  'ceasefire',
  'security-guarantees',
  'intelligence',
  'aid',
  'sanctions',
  'negotiations',
  'air-defence',
  'reconstruction',
  'prisoner-exchange',
  'energy',
];
const VERBS = [
  'discussed',
  'agreed on',
  'announced new steps on',
  'held talks on',
  'signed a declaration on',
  'reviewed progress on',
];
const FILLER = [
  'Officials on both sides described the atmosphere as constructive, though several questions remained open.',
  'Analysts said the outcome would depend on how quickly the commitments could be turned into practical measures.',
  'The discussions followed weeks of preparatory contacts between senior diplomats and military planners.',
  'Observers noted that similar arrangements had been proposed before without being fully implemented.',
  'Several European governments welcomed the development and called for continued coordination among allies.',
  'The details of the arrangement were not made public, and further meetings are expected in the coming weeks.',
];
const QUOTES = [
  'We will not accept any agreement that leaves our people without protection',
  'This is an important step, but the work is far from over',
  'Our partners have shown that they are ready to stand with us',
  'Peace must be durable, and that requires guarantees that work',
  'We have made progress, and we expect the other side to respond in kind',
  'The decisions taken today will shape the security of the whole region',
];

const pad = (n: number) => String(n).padStart(2, '0');
const human = (d: Date) =>
  `${d.getUTCDate()} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Writes N events (and the rest) into `dir`, replacing what was there. Returns file counts. */
export async function generate(dir: string, n: number, seed = 20250311): Promise<{ files: number }> {
  const random = rng(seed + n);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  await rm(dir, { recursive: true, force: true });
  for (const c of ['articles', 'actors', 'events', 'statements']) await mkdir(path.join(dir, c), { recursive: true });

  const nActors = Math.max(5, Math.round(n / 20));
  const nArticles = Math.max(1, Math.round(n / 10));
  const actors = Array.from({ length: nActors }, (_, i) => {
    const country = i % 10 === 0;
    const name = country ? `Republic ${i}` : `${pick(FIRST)} ${pick(LAST)}-${i}`;
    return {
      id: `actor-${i}`,
      name,
      kind: country ? 'country' : 'person',
      role: pick(ROLES),
      mentions: [] as Array<{ article: string; excerpt: string }>,
    };
  });

  let files = 0;
  const put = (rel: string, text: string) => {
    files++;
    writeFileSync(path.join(dir, rel), text);
  };

  for (let a = 0; a < nArticles; a++) {
    const articleId = `article-${a}`;
    const published = new Date(
      Date.UTC(2000 + Math.floor(random() * 26), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    const lines: string[] = [];
    const events: Array<{
      id: string;
      date: Date;
      excerpt: string;
      actors: string[];
      tags: string[];
      city: string;
      precision: number;
    }> = [];
    const statements: Array<{
      id: string;
      quote: string;
      excerpt: string;
      speaker: string;
      date: Date;
      event: string;
    }> = [];
    const perArticle = Math.floor(n / nArticles) + (a < n % nArticles ? 1 : 0);
    for (let e = 0; e < perArticle; e++) {
      const index = a * Math.floor(n / nArticles) + Math.min(a, n % nArticles) + e;
      const date = new Date(published.getTime() - Math.floor(random() * 400) * 86400000);
      const who = [pick(actors), pick(actors)].filter((x, i, xs) => xs.indexOf(x) === i);
      const city = pick(CITIES);
      const topic = pick(TOPICS);
      const precision = random() < 0.8 ? 10 : random() < 0.5 ? 7 : 4;
      const when =
        precision === 10
          ? `On ${human(date)}`
          : precision === 7
            ? `In ${human(date).split(' ').slice(1).join(' ')}`
            : `In ${date.getUTCFullYear()}`;
      const sentence = `${when}, ${who.map((w) => `${w.role} ${w.name}`).join(' and ')} ${pick(VERBS)} ${topic.replace(/-/g, ' ')} in ${city} (item ${index}).`;
      lines.push(sentence, pick(FILLER));
      for (const w of who)
        if (w.mentions.length < 3) w.mentions.push({ article: articleId, excerpt: `${w.role} ${w.name}` });
      events.push({
        id: `event-${index}`,
        date,
        excerpt: sentence,
        actors: who.map((w) => w.id),
        tags: [topic],
        city,
        precision,
      });
      const speaker = who[0]!;
      const quote = `${pick(QUOTES)} (${index})`;
      const said = `“${quote},” ${speaker.name} said in ${city}.`;
      lines.push(said, pick(FILLER));
      statements.push({
        id: `statement-${index}`,
        quote,
        excerpt: said,
        speaker: speaker.id,
        date,
        event: `event-${index}`,
      });
    }
    while (lines.join(' ').length < 2500) lines.push(pick(FILLER));
    const body = lines.map((l, i) => (i % 4 === 3 ? `${l}\n` : l)).join('\n');
    put(
      `articles/${articleId}.md`,
      markdownFile(
        {
          title: `Synthetic report ${a}`,
          publisher: `Wire ${a % 7}`,
          published: iso(published),
          publishedBasis: 'Synthetic benchmark content',
          cites: [],
        },
        `${body}\n`,
      ),
    );
    for (const e of events) {
      const date = iso(e.date).slice(0, e.precision);
      put(
        `events/${e.id}.md`,
        markdownFile(
          {
            title: `${e.tags[0]!.replace(/-/g, ' ')} talks in ${e.city} (${e.id})`,
            summary: e.excerpt,
            date,
            dateBasis: 'Synthetic benchmark content',
            status: 'reported',
            actors: e.actors,
            sources: [{ article: articleId, excerpt: e.excerpt }],
            tags: e.tags,
            location: e.city,
          },
          `A synthetic narrative for ${e.id}, written in the site's own words from what the source says.\n`,
        ),
      );
    }
    for (const s of statements) {
      put(
        `statements/${s.id}.md`,
        markdownFile({
          quote: s.quote,
          speaker: s.speaker,
          date: iso(s.date),
          dateBasis: 'Synthetic benchmark content',
          context: 'Remarks to reporters',
          event: s.event,
          sources: [{ article: articleId, excerpt: s.excerpt }],
          status: 'reported',
        }),
      );
    }
  }
  for (const actor of actors) {
    const sources = actor.mentions.length ? actor.mentions : [{ article: 'article-0', excerpt: 'Synthetic report' }];
    put(
      `actors/${actor.id}.md`,
      markdownFile({
        name: actor.name,
        kind: actor.kind,
        roles: sources.slice(0, 1).map((m) => ({ title: actor.role, article: m.article })),
        sources: sources.slice(0, 2),
      }),
    );
  }
  return { files };
}

/**
 * Adds one new article to generated content, the way an editor's deploy does: the article,
 * 3 events, 3 statements and 1 new actor (who speaks in all three), dated within the site's
 * range so the events land between existing ones. `k` makes the ids unique; `other` is an existing
 * actor who takes part (in generated content, the country `actor-0`). Returns the files.
 */
export function addArticle(dir: string, k = 0, other = { id: 'actor-0', name: 'Republic 0' }): string[] {
  const articleId = `new-article-${k}`;
  const actorId = `new-actor-${k}`;
  const name = `Ilona Verhoeven-${k}`;
  const days = ['3', '4', '5'];
  const sentences = days.map(
    (d, i) =>
      `On ${d} March 2019, minister ${name} and ${other.name} opened ceasefire talks in Geneva (new item ${k}-${i}).`,
  );
  const quotes = days.map((_, i) => `We came to talk, and we will stay until the work is done (${k}-${i})`);
  const said = quotes.map((q) => `“${q},” ${name} said in Geneva.`);
  const body = [...sentences.flatMap((s, i) => [s, said[i]!]), ...FILLER].join('\n');
  const files: Array<[string, string]> = [
    [
      `articles/${articleId}.md`,
      markdownFile(
        {
          title: `New report ${k}`,
          publisher: 'Wire 1',
          published: '2019-03-06',
          publishedBasis: 'Synthetic benchmark content',
          cites: [],
        },
        `${body}\n`,
      ),
    ],
    [
      `actors/${actorId}.md`,
      markdownFile({
        name,
        kind: 'person',
        roles: [{ title: 'minister', article: articleId }],
        sources: [{ article: articleId, excerpt: `minister ${name}` }],
      }),
    ],
  ];
  days.forEach((d, i) => {
    files.push([
      `events/new-event-${k}-${i}.md`,
      markdownFile(
        {
          title: `Ceasefire talks in Geneva (new ${k}-${i})`,
          summary: sentences[i],
          date: `2019-03-0${d}`,
          dateBasis: 'Synthetic benchmark content',
          status: 'reported',
          actors: [actorId, other.id],
          sources: [{ article: articleId, excerpt: sentences[i] }],
          tags: ['ceasefire'],
          location: 'Geneva',
        },
        `A synthetic narrative for new event ${k}-${i}.\n`,
      ),
    ]);
    files.push([
      `statements/new-statement-${k}-${i}.md`,
      markdownFile({
        quote: quotes[i],
        speaker: actorId,
        date: `2019-03-0${d}`,
        dateBasis: 'Synthetic benchmark content',
        context: 'Remarks to reporters',
        event: `new-event-${k}-${i}`,
        sources: [{ article: articleId, excerpt: said[i] }],
        status: 'reported',
      }),
    ]);
  });
  for (const [rel, text] of files) writeFileSync(path.join(dir, rel), text);
  return files.map(([rel]) => rel);
}
