/**
 * Plans the ingest of one article: the article file (its text verbatim) and drafts for every
 * quote, dated sentence and unknown actor, or a source proposal where a sentence reports an
 * event the site already has. Pure: reads nothing, writes nothing.
 */
import path from 'node:path';
import type { Actor, ActorKind, Article, EventData, StatementData } from '../schemas';
import type { ContentSet, Entry, Problem } from '../model/entry';
import { checkIntegrity } from '../model/integrity';
import { periodEnd, periodStart } from '../model/dates';
import { ATTRIBUTION, FUTURE_WORDING } from '../model/integrity/rules/future';
import { escapeRegExp, normalizeForMatch } from '../model/text';
import { markdownFile } from '../io/markdown';
import { COLLECTIONS, type CollectionName } from '../registry';
import { Cast, readArticle, type CastMember } from './attribution';
import { termsOf } from './nlp';
import {
  backgroundDates,
  clauses,
  countOfPeriod,
  DATELINE,
  findDate,
  sceneDatesOf,
  WEEKDAY,
  type FoundDate,
} from './dates';
import { likelyDuplicate } from './duplicates';
import {
  addedHappenings,
  backgroundRetold,
  CLOCK_TIME,
  crowdScene,
  clockSameDay,
  dayBefore,
  figureOrRecordDate,
  inReachedAside,
  happeningsOf,
  LETTER_SENT,
  READER_ADDRESS,
  reportedSpeech,
  setsTheScene,
  moodScene,
  moodOfScene,
  textServed,
  type Happening,
} from './happenings';
import { IngestError, type ArticleMeta } from './input';
import { draftKey } from './manifest';
import { placeholder } from './placeholders';
import type { LeftOut } from './settle';
import { sentences, type Sentence } from './segment';

/** One file the ingest wants to write. */
export interface PlannedFile {
  /** A content collection, or `proposals` (a source proposal under `.ingest/proposals/`). */
  collection: CollectionName | 'proposals';
  id: string;
  /** Path relative to the content folder, e.g. `statements/x.md`. */
  path: string;
  text: string;
  /** What the draft is about, stable across runs (see `draftKey`): how rejections are remembered. */
  key: string;
}

/** A proposal to add this article as a source of an event the site already has. */
export interface SourceProposal {
  id: string;
  path: string;
  event: string;
  eventTitle: string;
  excerpt: string;
  date: string;
  why: string;
  alsoPossible: string[];
}

/** Everything an ingest would write and report. */
export interface IngestPlan {
  article: { id: string; title: string; publisher: string; published: string; url?: string | undefined };
  statements: Array<{
    id: string;
    quote: string;
    speaker: { id: string; name: string } | null;
    date: string;
    how: string;
  }>;
  events: Array<{ id: string; date: string; precision: string; excerpt: string }>;
  actors: Array<{ id: string; name: string; kind: ActorKind }>;
  aliases: Array<{ actor: string; alias: string }>;
  proposals: SourceProposal[];
  /** Date words chrono could not pin down, for the reviewer. */
  unresolvedDates: string[];
  /** Drafts not written again because an editor rejected (deleted) them after an earlier run. */
  skippedRejected: string[];
  /** Drafts left out because the content checks refused them (see settle.ts), with the reason. */
  leftOut: LeftOut[];
  files: PlannedFile[];
}

/** What planning needs: the article, the existing content and the keys of rejected drafts. */
export interface PlanInput {
  id: string;
  meta: ArticleMeta & { published: string };
  body: string;
  known: ContentSet;
  rejected?: Set<string> | undefined;
}

/** Lower-case words joined by hyphens, at most `words` of them. */
export function slugify(text: string, words = 7): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, words)
      .join('-') || 'item'
  );
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The front matter of a draft: some of an entry's fields, undefined ones left out when written. */
type Draft<T> = { [K in keyof T]?: T[K] | undefined } & Record<string, unknown>;

/** State shared by the planning steps of one article. */
interface Context {
  input: PlanInput;
  body: string;
  sents: Sentence[];
  title: string;
  publisher: string;
  published: Date;
  taken: { actors: Set<string>; events: Set<string>; statements: Set<string>; proposals: Set<string> };
  rejected: Set<string>;
  plan: IngestPlan;
}

function context(input: PlanInput): Context {
  const body = input.body.replace(/\s+$/, '');
  const sents = sentences(body);
  if (!sents.length) throw new IngestError('the article has no text to ingest');
  const first = sents[0]!.text;
  const title =
    input.meta.title?.trim() || (first.length > 100 ? `${first.slice(0, 100).replace(/\s+\S*$/, '')}…` : first);
  const publisher = input.meta.publisher?.trim() || 'unknown';
  const { known, id, meta } = input;
  const taken = {
    actors: new Set(known.actors.map((a) => a.id)),
    events: new Set(known.events.map((e) => e.id)),
    statements: new Set(known.statements.map((s) => s.id)),
    proposals: new Set<string>(),
  };
  const plan: IngestPlan = {
    article: { id, title, publisher, published: meta.published, url: meta.url },
    ...{
      statements: [],
      events: [],
      actors: [],
      aliases: [],
      proposals: [],
      unresolvedDates: [],
      skippedRejected: [],
      leftOut: [],
      files: [],
    },
  };
  return {
    input,
    body,
    sents,
    title,
    publisher,
    published: new Date(`${meta.published}T12:00:00Z`),
    taken,
    rejected: input.rejected ?? new Set(),
    plan,
  };
}

/** Adds a planned file unless an editor rejected its key earlier; returns whether it was added. */
function add(ctx: Context, file: Omit<PlannedFile, 'path'> & { path?: string }): boolean {
  const planned = { ...file, path: file.path ?? path.posix.join(file.collection, `${file.id}.md`) };
  if (ctx.rejected.has(file.key)) {
    ctx.plan.skippedRejected.push(planned.path);
    return false;
  }
  ctx.plan.files.push(planned);
  return true;
}

const source = (ctx: Context, excerpt: string) => ({ article: ctx.input.id, excerpt });

/**
 * Reads the article: its cast (known actors it names, new people, organisations, unnamed sources
 * and documents), every quote with its speaker, and the actors of every sentence. New actors an
 * editor rejected earlier are left out, and so are the references to them.
 */
function readCast(ctx: Context): { newActors: CastMember[]; sentenceActors: string[][]; quotes: QuoteDraft[] } {
  const { known, id, meta } = ctx.input;
  const named = ctx.publisher === 'unknown' ? '' : ctx.publisher;
  const cast = new Cast(known.actors, (name) => unique(slugify(name, 6), ctx.taken.actors), named);
  const label = ctx.publisher === 'unknown' ? `“${ctx.title.slice(0, 60)}”` : `${ctx.publisher}, ${meta.published}`;
  const read = readArticle(ctx.body, ctx.sents, cast, label);
  ctx.plan.aliases.push(...cast.aliases);
  const fresh = [...cast.members.values()].filter((m) => !m.known);
  const rejected = new Set(fresh.filter((m) => ctx.rejected.has(draftKey('actor', m.name))).map((m) => m.id));
  const sentenceActors = read.sentenceActors.map((ids) => ids.filter((a) => !rejected.has(a)));
  const scenes = sceneDatesOf(ctx.sents, ctx.published);
  const drafts = new Map<string, QuoteDraft>();
  const runDates = new Map<number, FoundDate>();
  const spokenInParagraph = new Map<string, FoundDate>();
  const covered = new Set(
    known.statements
      .filter((s) => s.data.sources.some((src) => src.article === id))
      .map((s) => s.data.quote.toLowerCase()),
  );
  for (const q of read.quotes) {
    const key = q.quote.toLowerCase();
    if (covered.has(key)) continue;
    const speaker = q.speaker && !rejected.has(q.speaker) ? q.speaker : null;
    const existing = drafts.get(key);
    if (existing) {
      if (!existing.excerpts.includes(q.excerpt)) existing.excerpts.push(q.excerpt);
      if (!existing.speaker && speaker) Object.assign(existing, { speaker, how: q.how });
      continue;
    }
    // A quotation that runs on into the next paragraph keeps the date its first part was given.
    const date =
      quoteDate(q.excerpt, ctx.published) ??
      runDates.get(q.run) ??
      (inScene(ctx, q, speaker, read.sentenceActors, scenes[q.sentence]) ? scenes[q.sentence] : null) ??
      saidJustBefore(ctx, q.sentence, speaker, read.sentenceActors) ??
      spokenInParagraph.get(`${q.paragraph} ${speaker}`) ??
      sceneBefore(ctx, q, speaker, read.sentenceActors) ??
      thatDay(ctx, q.sentence) ??
      textNamedBefore(ctx, q.sentence) ??
      textItselfSays(ctx, q.sentence) ??
      atTheTime(ctx, q.sentence) ??
      atTheSitting(ctx, q.sentence, speaker, read.sentenceActors) ??
      toldTheBody(ctx, q.sentence) ??
      decidedAtTheVote(ctx, q.sentence, speaker, read.sentenceActors) ??
      filedOn(ctx, speaker ? cast.members.get(speaker) : undefined) ??
      null;
    if (date && !runDates.has(q.run)) runDates.set(q.run, date);
    // The speaker's later quotes in the paragraph continue the dated statement.
    if (date && speaker) spokenInParagraph.set(`${q.paragraph} ${speaker}`, date);
    drafts.set(key, {
      id: '',
      quote: q.quote,
      speaker,
      how: q.how,
      excerpts: [q.excerpt],
      date,
      sentence: q.sentence,
      via: speaker ? cast.members.get(speaker)?.via : undefined,
    });
  }
  return { newActors: fresh.filter((m) => !rejected.has(m.id)), sentenceActors, quotes: [...drafts.values()] };
}

/**
 * True when a quote belongs to the scene an earlier sentence of its paragraph dated: its speaker
 * takes part in the paragraph before it ("X and Y spoke to guests on Thursday evening. "…," he
 * said."), or its own sentence names nobody new ("…," she added). "The Office had issued a warning
 * on Sunday. Forecaster X told the paper that …" is no scene of X's words.
 */
function inScene(
  ctx: Context,
  q: { sentence: number; paragraph: number; how: string },
  speaker: string | null,
  sentenceActors: string[][],
  scene?: FoundDate | null,
): boolean {
  if (!speaker || q.how !== 'attribution') return true;
  for (let k = q.sentence - 1; k >= 0 && ctx.sents[k]!.paragraph === q.paragraph; k--)
    if (sentenceActors[k]?.includes(speaker)) return true;
  return introducedBefore(ctx, q, speaker, sentenceActors, scene);
}

/**
 * ""…," X said." after a scene of its paragraph, X the only one named in the sentence and already
 * introduced in an earlier paragraph: a speaker the article knows, named by the surname, names
 * nobody new, as "she said" would not (issue 12ac). A quote whose speaker the paragraph introduces
 * stays out of the scene. Only a scene of a day: "The river burst its banks in 2019, flooding 40 homes. "We will
 * not let that happen again," X said." recalls a year gone by, no scene the words were spoken at (review of 12ac).
 */
function introducedBefore(
  ctx: Context,
  q: { sentence: number; paragraph: number },
  speaker: string,
  sentenceActors: string[][],
  scene?: FoundDate | null,
): boolean {
  if (scene?.precision !== 'day' || !/^\s*["“]/u.test(ctx.sents[q.sentence]!.text)) return false;
  if ((sentenceActors[q.sentence] ?? []).some((a) => a !== speaker)) return false;
  for (let k = q.sentence - 1; k >= 0; k--)
    if (ctx.sents[k]!.paragraph !== q.paragraph && sentenceActors[k]?.includes(speaker)) return true;
  return false;
}

/** A date read as a past day (neither ahead of the telling nor a bound): the day a quote can be given from another sentence. */
const isPastDay = (date: FoundDate | null | undefined): date is FoundDate =>
  !!date && !date.future && !date.bound && date.precision === 'day';

/** A sentence with its closed quotations taken out, for cues outside the quoted words. */
const outsideQuotes = (text: string) => text.replace(/["“][^"”]*["”]/gu, ' ');

/**
 * "… wrote on social media that afternoon", "issued a warning the same day": the day the last
 * dated sentence before it named ("At 9:02 on Tuesday morning, …"), when the quote's sentence says
 * "that / the same morning / afternoon / evening / night / day" outside its quotes.
 */
function thatDay(ctx: Context, sentence: number): FoundDate | null {
  const unquoted = outsideQuotes(ctx.sents[sentence]!.text);
  if (!/\b(?:that|the\s+same|that\s+same)\s+(?:morning|afternoon|evening|night|day)\b/iu.test(unquoted)) return null;
  for (let i = sentence - 1; i >= 0; i--) {
    const date = findDate(ctx.sents[i]!.text, ctx.published);
    if (isPastDay(date)) return date;
  }
  return null;
}

/**
 * "said at the time", "told this newspaper at the time": the telling was then. Not "said Tom Vell, who was
 * mayor at the time" nor "Vell, who was living abroad at the time, said": the role or the scene was then.
 */
const TOLD_AT_THE_TIME =
  /\b(?:said|says|wrote|added|recalled|told(?:\s+(?!who\b|that\b|which\b)[^\s,;:"“”]+){1,3})\s+at\s+the\s+time\b/u;

/**
 * "…," she told this newspaper at the time: the past time the last dated sentence before it recalled
 * ("The pool nearly closed in 2014, when …"), at that sentence's precision ("in April of that year" is
 * no date of its own).
 */
function atTheTime(ctx: Context, sentence: number): FoundDate | null {
  if (!TOLD_AT_THE_TIME.test(outsideQuotes(ctx.sents[sentence]!.text))) return null;
  for (let i = sentence - 1; i >= 0; i--) {
    // ("… abandoned in April of that year": a date read against another, not against the publication, is skipped.)
    const text = ctx.sents[i]!.text.replace(/\b(?:\p{Lu}\p{Ll}+\s+)?of\s+that\s+year\b/gu, ' ');
    const date = findDate(text, ctx.published);
    if (date) return !date.future && !date.bound ? date : null;
  }
  return null;
}

/**
 * "told the meeting", "said after the vote", "at the hearing": words spoken at a sitting the article
 * told of; "told the chamber", "told the council", "told a news conference": words spoken to one.
 */
const AT_THE_SITTING =
  /\b(?:(?:told|addressed|at|after|during)\s+the\s+(?:same\s+)?(meeting|vote|ballot|hearing|session|debate|sitting)|(?:told|addressed)\s+the\s+(chamber|council)|(?:told|addressed|at)\s+an?\s+(?:news|press)\s+(conference))\b/u;

/**
 * A sitting, or what was done at one, named in a clause: "voted last night", "met on Monday" ("sitting"
 * after a form of "be" is a posture: "he was sitting in his car on Monday").
 */
const SITTING_NAMED =
  /\b(meeting|met|vot(?:e|es|ed|ing)|ballot|hearing|session|debated?|(?<!\b(?:was|were|is|are|been|be)\s+)sitting)\b[^,;"“”]*/gu;

/**
 * "Councillors voted 17-8 after an inquiry into a crash on Feb. 14", "voted on Wednesday to close it until …": the
 * sitting's own clause ends where a subordinator opens another happening ("after", "before", "following", "until",
 * "when", "because", "since"), so the day of that happening does not date the sitting (issue 12ba).
 */
const sittingOwnClause = (span: string) => span.split(/\s(?:after|before|following|until|when|because|since)\s/u)[0]!;

/**
 * The sitting named goes with the quote's cue: "after the vote" / "ballot" wants a vote or ballot named,
 * "told the hearing" a hearing ("Police met the family on Monday" or "a training session on Monday" then
 * "…," she said after the vote keeps the publication day); "told the meeting", "the session", "the debate",
 * "the sitting" take any sitting named.
 */
function sittingOfKind(cue: string, named: string): boolean {
  if (cue === 'vote' || cue === 'ballot') return /^(?:vot|ballot)/u.test(named);
  if (cue === 'hearing') return named === 'hearing';
  // A news conference is no sitting of a body: "The board met on Monday" or "Police met the family on
  // Monday" then "X told a news conference that …" keeps the publication day (or the speaker's announcement).
  if (cue === 'conference') return false;
  return true;
}

/** A verb of telling: the speaker's sentence before is an announcement ("…, chairman X confirmed Tuesday."). */
const ANNOUNCING = /\b(?:said|says|told|tells|added|stated|announced|confirmed|declared|revealed)\b/u;

/**
 * "…," she told the meeting, "…," he said after the vote: the past day of the last sitting the
 * article named before ("Councillors voted last night to …", "The board met on Monday"), read in
 * the clause that names it; none when no earlier clause gives a sitting a past day.
 */
function atTheSitting(
  ctx: Context,
  sentence: number,
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  // The cue may be in the speaker's own sentence just before ("X told the council that …" then ""…," X said").
  const cueIn = (k: number) => AT_THE_SITTING.exec(outsideQuotes(ctx.sents[k]!.text));
  const before = sentence > 0 && !!speaker && !!sentenceActors[sentence - 1]?.includes(speaker);
  const cue = cueIn(sentence) ?? (before ? cueIn(sentence - 1) : null);
  if (!cue) return null;
  const kind = cue[1] ?? cue[2] ?? cue[3]!;
  for (let i = sentence - 1; i >= 0; i--) {
    for (const m of outsideQuotes(ctx.sents[i]!.text).matchAll(SITTING_NAMED)) {
      if (!sittingOfKind(kind, m[1]!)) continue;
      const date = findDate(sittingOwnClause(m[0]), ctx.published);
      if (isPastDay(date)) return date;
    }
  }
  // No sitting named: the day of the speaker's own announcement told before ("X confirmed Tuesday, …").
  if (!speaker) return null;
  for (let i = sentence - 1; i >= 0; i--) {
    // (An announcement: a verb of telling in that sentence; "X opened the library on Monday" is another happening.)
    if (!sentenceActors[i]?.includes(speaker) || !ANNOUNCING.test(outsideQuotes(ctx.sents[i]!.text))) continue;
    const date = quoteDate(ctx.sents[i]!.text, ctx.published);
    if (isPastDay(date)) return date;
  }
  return null;
}

/**
 * "told the board", "told the committee", "addressed the assembly": words spoken to a body at its sitting (issue
 * 12sd); not "told the board in a letter", words written to it.
 */
const TOLD_THE_BODY =
  /\b(?:told|addressed)\s+the\s+(?:board|committee|assembly)\b(?!\s+(?:in\s+an?\s+(?:letter|email|e-mail|memo|note|statement)|by\s+(?:letter|email)))/u;

/**
 * ""…," X told the board." after "At a meeting on Tuesday night, …": the past day of the last
 * meeting, session or hearing the article named before; none when no earlier clause gives one a
 * past day ("The governors will meet next Tuesday").
 */
function toldTheBody(ctx: Context, sentence: number): FoundDate | null {
  if (!TOLD_THE_BODY.test(outsideQuotes(ctx.sents[sentence]!.text))) return null;
  for (let i = sentence - 1; i >= 0; i--) {
    for (const m of outsideQuotes(ctx.sents[i]!.text).matchAll(SITTING_NAMED)) {
      if (/^(?:vot|ballot|debate)/u.test(m[1]!)) continue;
      const date = findDate(m[0], ctx.published);
      if (isPastDay(date)) return date;
    }
  }
  return null;
}

/** "said after the vote", "told lawmakers before the vote": words spoken at a vote (issue 12sd). */
const AROUND_THE_VOTE = /\b(?:after|before|during|ahead\s+of)\s+the\s+(?:vote|ballot)\b/u;

/**
 * A body's vote told as its outcome: "parliament on Tuesday passed a law", "the council approved the
 * closure on Monday". Not "decided": "The board will sell the station, it decided on Monday" tells no
 * vote (issue 12aa keeps that quote on the publication day).
 */
const DECIDED = /\b(?:passed|approved|adopted|rejected)\b/u;

/**
 * ""…," X said after the vote." when the article told the vote by its outcome ("The parliament on
 * Tuesday passed a law …", "… after the council approved it on Monday") or as a vote ("On Tuesday,
 * councillors voted to scrap it"): the past day of the nearest earlier sentence telling one; none when
 * none gives one, or the nearest vote told is on another day ("will vote on it next week").
 */
function decidedAtTheVote(
  ctx: Context,
  sentence: number,
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  // The cue may be in the speaker's own sentence just before (""…," X told MPs before the vote." then a paragraph ""…"").
  const cueIn = (k: number) => AROUND_THE_VOTE.test(outsideQuotes(ctx.sents[k]!.text));
  const before = sentence > 0 && !!speaker && !!sentenceActors[sentence - 1]?.includes(speaker);
  if (!cueIn(sentence) && !(before && cueIn(sentence - 1))) return null;
  for (let i = sentence - 1; i >= 0; i--) {
    const told = outsideQuotes(ctx.sents[i]!.text);
    const vote = /\bvot(?:e|es|ed|ing)\b/u.test(told);
    if (!vote && !DECIDED.test(told)) continue;
    const date = quoteDate(ctx.sents[i]!.text, ctx.published);
    if (isPastDay(date)) return date;
    // "Councillors will vote on it next week": the nearest vote told has a day that is not past, so an
    // earlier outcome ("approved the car park on 2 March") is another decision.
    if (vote && findDate(told, ctx.published)) return null;
  }
  return null;
}

/** "said in the message", "wrote in the letter": a text the article named before, by its head noun. */
const IN_THE_TEXT =
  /\b(?:said|says|wrote|writes|added|adds|told\s+\S+)\s+in\s+the\s+(message|letter|post|video|statement|interview|call|email|note|memo|broadcast|speech|podcast|recording)\b/u;

/**
 * "…," she said in the message: the day of the text the article named before ("In a video message
 * posted on Sunday, she said …"), the nearest earlier sentence that names it; none when that
 * sentence gives it no past day.
 */
function textNamedBefore(ctx: Context, sentence: number): FoundDate | null {
  const noun = IN_THE_TEXT.exec(outsideQuotes(ctx.sents[sentence]!.text))?.[1];
  return noun ? dayOfTextNamed(ctx, sentence, new RegExp(`\\b${noun}\\b`, 'u'), findDate) : null;
}

/**
 * ""…," the release said", ""…," the press release says": a text the article named before, quoted as the speaker
 * after the quote (issue 12aw).
 */
const TEXT_AS_SPEAKER =
  /["”],?\s+the\s+(?:news\s+|press\s+)?(release|statement|letter|notice|report|memo|email|bulletin|post)\s+(?:said|says|stated|states|added|adds|read|reads)\b/u;

/**
 * "The letter, from Tarrow Estates, said the new rent "…"": a text named before, the subject of a past verb of saying
 * before words it quotes (issue 12aw).
 */
const TEXT_SUBJECT_SAID =
  /^\s*[Tt]he\s+(letter|notice|statement|release|memo|email)(?:,\s+(?:from|signed|sent|written|dated|addressed)\b[^,;"“”]{1,80},)?\s+(?:said|stated|warned|added)\b/u;

/**
 * The day a text was sent or received, read in the clause that names it ("according to a letter sent to staff on
 * Wednesday", "she received a letter on 9 November"), else the day of its sentence ({@link quoteDate}; issue 12aw).
 */
const textSentOn =
  (noun: string) =>
  (text: string, published: Date): FoundDate | null => {
    const sent = new RegExp(
      String.raw`\b(?:(?:sent|received|got|posted|delivered|issued)\b[^,;"“”]{0,40}?\b${noun}s?\b|${noun}s?\s+(?:sent|posted|delivered|issued|received)\b)[^,;"“”]*`,
      'u',
    ).exec(outsideQuotes(text));
    const date = sent ? findDate(sent[0], published) : null;
    return isPastDay(date) ? date : quoteDate(text, published);
  };

/**
 * The past day `dateOf` reads in the nearest sentence before `sentence` whose words outside quotes
 * match `named` (a text's head noun); none when that sentence gives it no past day.
 */
function dayOfTextNamed(
  ctx: Context,
  sentence: number,
  named: RegExp,
  dateOf: (text: string, published: Date) => FoundDate | null,
): FoundDate | null {
  for (let i = sentence - 1; i >= 0; i--) {
    if (!named.test(outsideQuotes(ctx.sents[i]!.text))) continue;
    const date = dateOf(ctx.sents[i]!.text, ctx.published);
    return isPastDay(date) ? date : null;
  }
  return null;
}

/**
 * "The letter says …", ""…," the notice states", "According to the statement, …": a text the article
 * named before quoted in the present, by its head noun (issue 12sd).
 */
const SAYING_TEXT = 'letter|notice|statement|report|review|memo|email|bulletin|resolution|ruling|decision';
/** ", signed by managing director X," / ", dated Monday,": an aside between a text's name and its verb (issue 12aw). */
const TEXT_SIGNED_ASIDE = String.raw`(?:,\s+(?:signed|sent|written|issued|dated|addressed|posted)\b[^,;"“”]{1,80},)?`;
const TEXT_ITSELF_SAYS = new RegExp(
  String.raw`\b(?:[Tt]he\s+(${SAYING_TEXT})${TEXT_SIGNED_ASIDE}\s+(?:itself\s+)?(?:says|states|adds|reads|describes|calls|warns|concludes)|[Aa]ccording\s+to\s+the\s+(${SAYING_TEXT}))\b`,
  'u',
);

/**
 * "The letter says …" after "The council sent letters to residents on Monday": the day of the
 * nearest earlier sentence that names the text (singular or plural); none when that sentence gives
 * it no past day ("The council will send a letter next week", "has written a letter"). Failing that,
 * the text as the speaker ({@link TEXT_AS_SPEAKER}, {@link TEXT_SUBJECT_SAID}, issue 12aw): ""…," the release
 * said" after "…, the association said in a news release Wednesday".
 */
function textItselfSays(ctx: Context, sentence: number): FoundDate | null {
  const text = ctx.sents[sentence]!.text;
  const m = TEXT_ITSELF_SAYS.exec(outsideQuotes(text));
  const noun = m?.[1] ?? m?.[2] ?? TEXT_AS_SPEAKER.exec(text)?.[1] ?? TEXT_SUBJECT_SAID.exec(outsideQuotes(text))?.[1];
  return noun ? dayOfTextNamed(ctx, sentence, new RegExp(`\\b${noun}s?\\b`, 'u'), textSentOn(noun)) : null;
}

/**
 * "… in its filing …, blaming "…"": a court filing quoted as a document is dated by the day the
 * article says the body filed ("filed for bankruptcy protection late Wednesday"), in whichever
 * sentence that is.
 */
function filedOn(ctx: Context, speaker: { kind: string; name: string } | undefined): FoundDate | null {
  if (speaker?.kind !== 'document' || !/\bfiling$/u.test(speaker.name)) return null;
  for (const s of ctx.sents) {
    const m = /\bfiled\b[^,;"“”]*?(?=\s+(?:and|but)\s|[,;"“”]|\.?$)/u.exec(s.text);
    const date = m && findDate(m[0], ctx.published);
    if (isPastDay(date)) return date;
  }
  return null;
}

/**
 * The date of the speaker's own statement in the sentence just before a quote that its own
 * sentence and scene leave undated ("…, X told reporters on Wednesday." then "“…,” she said."):
 * the quote continues that statement. The sentence before may quote words of its own ("X told MPs
 * on Tuesday that … "by June"." then "“…,” she added."): its speaking date is read outside them.
 */
function saidJustBefore(
  ctx: Context,
  sentence: number,
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  const before = ctx.sents[sentence - 1];
  if (!speaker || !before || !sentenceActors[sentence - 1]?.includes(speaker)) return null;
  if (!/\b(?:said|says|told|tells|added|stated|announced)\b/u.test(before.text)) return null;
  const date = quoteDate(before.text, ctx.published);
  return isPastDay(date) ? date : null;
}

/**
 * Being somewhere in a scene: "stood at the barrier", "waited outside", "was calm" (not "was arrested", "was not
 * there", nor a past participle of its own spelling: "was born", "was hit by a van", "was taken to hospital").
 */
const PRESENT_AT =
  /\b(?:waited|stood|sat|watched|queued|gathered|arrived|walked|came|joined|was|were)\b(?!\s+(?:not\b|\p{Ll}+ed\b|(?:born|hit|hurt|shot|struck|beaten|bitten|taken|given|stolen|driven|thrown|sworn|told|sent|held|caught|found|left|brought|sold|kept|led|paid|shut|seen|known|made|chosen|woken|run|put|cut)\b))/u;

/**
 * A quote that opens its paragraph, told only by "he / she said", after a paragraph whose last
 * sentence puts the speaker alone in a scene of a past day ("X, 71, stood at the barrier on
 * Tuesday evening." or "Outside the court on Monday, X was calm." then ""…," she said."): the
 * scene's day, the speaker's own moment (issue 12sd). Not when that sentence names someone else
 * too, denies ("did not attend"), tells a happening done to the speaker ("was arrested") or a plan.
 */
function sceneParagraphBefore(
  ctx: Context,
  q: { sentence: number; paragraph: number; how: string },
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  const before = ctx.sents[q.sentence - 1];
  if (!speaker || q.how !== 'pronoun' || !before || before.paragraph === q.paragraph) return null;
  if (!/^\s*,?\s*(?:he|she)\s+(?:said|says|added)\s*\.?\s*$/u.test(outsideQuotes(ctx.sents[q.sentence]!.text)))
    return null;
  const actors = sentenceActors[q.sentence - 1] ?? [];
  if (actors.length !== 1 || actors[0] !== speaker) return null;
  const told = outsideQuotes(before.text);
  if (!PRESENT_AT.test(told) || /\b(?:not|never|no\s+longer)\b|n't\b/u.test(told)) return null;
  const date = findDate(told, ctx.published);
  return isPastDay(date) ? date : null;
}

/** ""…," said X, a season-ticket holder" / "said X, 54, who …": a speaker named with a description of one of a crowd. */
const SAID_ONE_OF_THEM =
  /^\s*,?\s*said\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:\d{1,3},\s+)?(?:a|an|who)\b/u;

/** "said X, a spokesman for the club", "said X, an MP for the area": a speaker for a body, not one of the crowd. */
const SPEAKS_FOR_A_BODY =
  /,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|official|minister|MP|councillor|director|executive|lawyer|solicitor|representative)\b/u;

/**
 * "Fans who waited outside the ground on Tuesday evening were angry." then ""…," said X, a
 * season-ticket holder." (in the same paragraph or opening the next): a speaker the article names
 * for the first time, described as one of the crowd the sentence just before put in a scene of a
 * past day (`crowdScene`), speaks at that scene (issue 12sd). Not an official named by a title
 * ("said Mayor X"), nor a crowd still to come, nor a speaker named earlier.
 */
function crowdVoice(
  ctx: Context,
  q: { sentence: number; how: string },
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  const before = ctx.sents[q.sentence - 1];
  if (!speaker || q.how !== 'attribution' || !before) return null;
  const said = outsideQuotes(ctx.sents[q.sentence]!.text);
  if (!SAID_ONE_OF_THEM.test(said) || SPEAKS_FOR_A_BODY.test(said)) return null;
  for (let k = 0; k < q.sentence; k++) if (sentenceActors[k]?.includes(speaker)) return null;
  const told = outsideQuotes(before.text);
  if (!crowdScene(told) || /\b(?:not|never|no\s+longer)\b|n't\b/u.test(told)) return null;
  const date = findDate(told, ctx.published);
  return isPastDay(date) ? date : null;
}

/** The day of a scene told just before the quote that puts its speaker there (issue 12sd): `sceneParagraphBefore`, `crowdVoice`. */
function sceneBefore(
  ctx: Context,
  q: { sentence: number; paragraph: number; how: string },
  speaker: string | null,
  sentenceActors: string[][],
): FoundDate | null {
  return sceneParagraphBefore(ctx, q, speaker, sentenceActors) ?? crowdVoice(ctx, q, speaker, sentenceActors);
}

/**
 * The date a quote's sentence gives its speaking: the date of the speaking part of reported
 * speech ("In a letter last week, the union warned that … would strike on 12 March") before any
 * date of the words reported, else the sentence's date.
 */
function quoteDate(excerpt: string, published: Date): FoundDate | null {
  // "“I did not enter this chamber 30 years ago …,” she told MPs": a time inside the quote is the speaker's words.
  // So is a quotation left open to run on past its sentence ("“If we do not act now, … by September.").
  const unquoted = excerpt
    .replace(/["“][^"”]*["”]/gu, (q) => `"${' '.repeat(q.length - 2)}"`)
    .replace(/(?<=^|\s)["“](?=\S)[^"”]*$/u, (q) => `"${' '.repeat(q.length - 1)}`);
  const speech = reportedSpeech(unquoted);
  const spoken = speech ? findDate(speech.speaking, published) : null;
  if (spoken && !spoken.future && !spoken.bound) return spoken;
  // "An Oct. 8 staff report from … found that …": the date a text bears before its name dates its words.
  const dated = DATED_TEXT.exec(unquoted);
  const bears = dated ? findDate(dated[1]!, published) : null;
  if (bears && !bears.future && bears.precision === 'day') return bears;
  // "told the city in a letter dated Nov. 20 that …": the day the text bears (issue 12au).
  const stamped = TEXT_DATED_ON.exec(unquoted);
  const stamp = stamped ? findDate(stamped[1]!, published) : null;
  if (stamp && !stamp.future && stamp.precision === 'day') return stamp;
  // "said in a resignation letter …, published on Wednesday, that …": the day the text came out.
  const out = TEXT_OUT.exec(unquoted);
  const issued = out ? findDate(out[0].replace(/^,\s+/u, ''), published) : null;
  if (issued && !issued.future && !issued.bound) return issued;
  // "… will open on September 16, its distributor said in a statement on Sunday, calling it "…"": the
  // reporting clause's day is the speaking's, whatever the clause reported dates.
  const { reporting } = clauses(unquoted);
  const told = reporting.trim() ? findDate(reporting, published) : null;
  if (told && !told.future && !told.bound) return told;
  // Words are spoken before they are reported: a future date in the sentence ("… and would meet
  // again next week") is the date of what they announce, never the speaking's; nor is the date of a
  // background clause ("She said the grant, approved in March, was "…"").
  const foreground = backgroundDates(unquoted, published).reduce(
    (text, b) => text.replace(b.clause, ' '.repeat(b.clause.length)),
    unquoted,
  );
  const any = findDate(foreground, published);
  return any && !any.future ? any : null;
}

/** "An Oct. 8 staff report", "the 2 April audit": a date written before the name of a text. */
const DATED_TEXT =
  /\b(?:[Aa]n?|[Tt]he)\s+([^,;"“”]{3,20}?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|audit|review|memo|letter|notice|study|assessment|survey|statement)\b/u;

/**
 * "told the city in a letter dated Nov. 20 that the wheel "…"", "in an email dated Apr. 28 that …" (issue 12au): the day
 * written after "dated" and the name of a text is the day of the words quoted from it; an abbreviated month ("Nov.")
 * stops the reported clause's "that" from being found, so the speaking part alone does not hold it. Only a text the
 * words were told "in": "Responding to a notice dated 3 March, Mr Lee said on Tuesday …" and "Mr Lee, who received a
 * letter dated 3 March, said …" are not its words (review of round 43).
 */
const TEXT_DATED_ON =
  /\b[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:letter|notice|email|e-mail|memo|report|statement|note|filing|submission|order|decision)s?,?\s+dated\s+((?:[^,;"“”.]|\.(?=\s*\d)){3,40})/u;

/** ", published on Wednesday," after the text a speaker spoke in, or "whose report was published on Wednesday". */
const TEXT_OUT =
  /\b(?:letter|statement|report|review|ruling|notice|filing|post|memo)\b(?:[^,;]*,|\s+(?:was|were))\s+(?:published|released|issued|sent|posted)\s+[^,;]+/u;

type QuoteDraft = {
  id: string;
  quote: string;
  speaker: string | null;
  how: string;
  excerpts: string[];
  date: FoundDate | null;
  /** The sentence it is in. */
  sentence: number;
  /** The outlet an unnamed source spoke through. */
  via: string | undefined;
};

/** The date fields of a statement draft: the date in its sentence, else the publication date. */
function statementDate(ctx: Context, found: FoundDate | null) {
  const published = ctx.input.meta.published;
  if (found && found.date <= published) {
    return {
      date: found.date,
      approximate: found.approximate || undefined,
      dateBasis: `“${found.text}” in the article of ${published} ${placeholder('check the date read at ingest')}`,
    };
  }
  return {
    date: published,
    approximate: true,
    dateBasis: `No date in the sentence: the article’s publication date (${published}) ${placeholder('check the date')}`,
  };
}

/** Statement drafts; quotes without a speaker point to one placeholder actor of the article. */
function planStatements(ctx: Context, quotes: QuoteDraft[], names: Map<string, string>): void {
  const { id } = ctx.input;
  let unresolved: { id: string; excerpt: string } | undefined;
  const who = ctx.publisher === 'unknown' ? `“${ctx.title}”` : ctx.publisher;
  for (const s of quotes) {
    let speaker = s.speaker;
    if (!speaker) {
      if (ctx.rejected.has(draftKey('actor', `unresolved speaker ${id}`))) continue;
      unresolved ??= { id: unique(`unresolved-speaker-${id}`, ctx.taken.actors), excerpt: s.excerpts[0]! };
      speaker = unresolved.id;
    }
    s.id = unique(`${s.speaker ?? 'unattributed'}-${slugify(s.quote, 6)}`, ctx.taken.statements);
    const short = s.quote.trim().split(/\s+/).length < 3;
    const data: Draft<StatementData> = {
      quote: s.quote,
      speaker,
      via: s.via,
      ...(short
        ? {
            fragment: true,
            fragmentReason: placeholder('say why these few words are kept as a quote, or delete this draft'),
          }
        : {}),
      ...statementDate(ctx, s.date),
      context: `Quoted in ${who} ${placeholder(s.speaker ? `check the speaker (found by ${s.how}) and say how it was said` : 'speaker NOT FOUND: set the speaker')}`,
      sources: s.excerpts.map((x) => source(ctx, x)),
      status: 'reported',
      draft: true,
    };
    if (
      !add(ctx, {
        collection: 'statements' satisfies CollectionName,
        id: s.id,
        text: markdownFile(data),
        key: draftKey('statement', s.quote),
      })
    )
      continue;
    ctx.plan.statements.push({
      id: s.id,
      quote: s.quote,
      speaker: s.speaker ? { id: s.speaker, name: names.get(s.speaker) ?? s.speaker } : null,
      date: String(data.date),
      how: s.how,
    });
  }
  if (unresolved) {
    const name = `${placeholder('name the speaker or delete this file')} Unresolved speaker (${ctx.title.slice(0, 60)})`;
    add(ctx, {
      collection: 'actors' satisfies CollectionName,
      id: unresolved.id,
      text: markdownFile({ name, kind: 'group', sources: [source(ctx, unresolved.excerpt)], draft: true }),
      key: draftKey('actor', `unresolved speaker ${id}`),
    });
  }
}

/** True when an event already cites this article with (part of) this sentence. */
function coveredSentence(ctx: Context, text: string): boolean {
  const n = normalizeForMatch(text);
  return ctx.input.known.events.some((e) =>
    e.data.sources.some(
      (s) =>
        s.article === ctx.input.id &&
        (n.includes(normalizeForMatch(s.excerpt)) || normalizeForMatch(s.excerpt).includes(n)),
    ),
  );
}

/** Sentences whose quote is a whole sentence (not a fragment in reported speech): remarks, not events. */
function remarkSentences(quotes: QuoteDraft[]): Set<number> {
  return new Set(
    quotes.filter((q) => /^\p{Lu}/u.test(q.quote) && q.quote.split(/\s+/).length > 3).map((q) => q.sentence),
  );
}

/**
 * The date of an event draft as the article allows it: a future happening ("will", "is due to")
 * read as starting before the article (chrono puts "this week" on its Monday) starts at the
 * publication instead, approximately, and is planned.
 */
function eventDate(ctx: Context, found: FoundDate): { date: string; approximate: true | undefined; planned: boolean } {
  const published = ctx.input.meta.published;
  const future = found.future === true;
  // "next week" read as this month: the month, planned; a period already begun starts at the publication.
  if (future && found.precision !== 'day' && published.startsWith(found.date))
    return { date: found.date, approximate: true, planned: true };
  if (future && periodStart(found.date) < published) return { date: published, approximate: true, planned: true };
  const planned = found.date > published || (future && found.date >= published);
  return { date: found.date, approximate: found.approximate || undefined, planned };
}

/**
 * The date of an event draft made to pass the content checks: a draft dated before the article
 * that announces it as still to come (it is planned, or its excerpt speaks of the future, "is due
 * to", "will", without a speaker) is dated from the publication instead, approximately and
 * planned, and the date read is left to the editor. The rule is the checks' own (`futureRule`).
 */
function announcedAhead(
  ctx: Context,
  when: ReturnType<typeof eventDate>,
  excerpt: string,
): ReturnType<typeof eventDate> & { misread?: string } {
  const published = ctx.input.meta.published;
  if (periodEnd(when.date) >= periodStart(published)) return when;
  if (!when.planned && !(FUTURE_WORDING.test(excerpt) && !ATTRIBUTION.test(excerpt))) return when;
  return { date: published, approximate: true, planned: true, misread: when.date };
}

/** One event draft, or one more source of the draft of the same scene (same paragraph, same date). */
function planEvent(
  ctx: Context,
  scenes: Map<string, EventDraft>,
  sentenceExcerpt: string,
  found: FoundDate,
  i: number,
  actors: string[],
): void {
  const sentence = ctx.sents[i];
  const { date, approximate, planned, misread } = announcedAhead(ctx, eventDate(ctx, found), sentenceExcerpt);
  // The lead's dateline ("KYIV, Nov 18 (Wire) - ") dates the article and names no part of the
  // happening: the excerpt (still verbatim), summary, title and id start after it.
  const excerpt = sentenceExcerpt.replace(DATELINE, '').trim() || sentenceExcerpt;
  const paragraph = sentence?.paragraph ?? i;
  const sceneKey = `${paragraph} ${date}`;
  const scene = scenes.get(sceneKey) ?? retoldScene(scenes, found, paragraph, excerpt, planned);
  if (scene) {
    scene.data.sources = [...(scene.data.sources ?? []), source(ctx, excerpt)];
    scene.data.actors = [...new Set([...(scene.data.actors ?? []), ...actors])];
    scene.file.text = markdownFile(scene.data, EVENT_BODY);
    return;
  }
  const match = likelyDuplicate(
    { text: excerpt, date, approximate: approximate ?? false, actors },
    ctx.input.known.events,
  );
  if (match) return proposeSource(ctx, match.event, excerpt, found, match.why, match.alsoPossible);
  const eventId = unique(`${date}-${slugify(excerpt, 6)}`, ctx.taken.events);
  const suggestion = excerpt.length > 90 ? `${excerpt.slice(0, 87).replace(/\s+\S*$/, '')}…` : excerpt;
  const data: EventDraft['data'] = {
    title: `${suggestion} ${placeholder('write a short title')}`,
    summary: excerpt,
    date,
    approximate,
    dateBasis: misread
      ? `“${found.text}” in the article of ${ctx.input.meta.published}, read as ${misread}, before the article that announces it as future: dated from the publication ${placeholder('set the date the article announces')}`
      : `“${found.text}” in the article of ${ctx.input.meta.published}${planned && date !== found.date ? ', announced as future' : ''} ${placeholder('check the date read at ingest')}`,
    status: planned ? 'planned' : 'reported',
    actors,
    sources: [source(ctx, excerpt)],
    draft: true,
  };
  const file: PlannedFile = {
    collection: 'events' satisfies CollectionName,
    id: eventId,
    path: `events/${eventId}.md`,
    text: markdownFile(data, EVENT_BODY),
    key: draftKey('event', excerpt),
  };
  if (!add(ctx, file)) return;
  scenes.set(sceneKey, { data, file: ctx.plan.files.at(-1) ?? file, day: found.date, paragraph, excerpt });
  ctx.plan.events.push({ id: eventId, date, precision: found.precision, excerpt });
}

/**
 * A retelling adds a detail of the happening already drafted, a time of day ("left the quay at 6.10am"), or restates
 * a plan; a past sentence on the same day with neither ("The bridge reopened on Monday evening", "The man was charged
 * on Tuesday night") tells a new happening, so {@link sameHappeningRetold} is asked only of the first two.
 */
const RETOLD_AT_CLOCK = new RegExp(String.raw`\b${CLOCK_TIME}(?![\p{L}])`, 'u');

/**
 * The draft of the same day, in another paragraph, that a sentence retells ({@link RETOLD_AT_CLOCK},
 * {@link sameHappeningRetold}), if any: a day-precise date only.
 */
function retoldScene(
  scenes: Map<string, EventDraft>,
  found: FoundDate,
  paragraph: number,
  excerpt: string,
  planned: boolean | undefined,
): EventDraft | undefined {
  if (found.precision !== 'day' || !(planned || RETOLD_AT_CLOCK.test(excerpt))) return undefined;
  return [...scenes.values()].find(
    (s) => s.day === found.date && s.paragraph !== paragraph && sameHappeningRetold(excerpt, s.excerpt ?? ''),
  );
}

/** An event draft of the plan, with the day it was read for, its paragraph and its first excerpt. */
type EventDraft = { data: Draft<EventData>; file: PlannedFile; day?: string; paragraph?: number; excerpt?: string };

/**
 * "The balloon, operated by X, took off from the fairgrounds at 7:10 a.m." after "A hot air balloon … dragged its
 * basket … Wednesday morning", "From Dec. 7, the pool will open at noon" after "The pool will close on weekday
 * mornings from Dec. 7": a later sentence whose subject is a definite description ("the" and a common noun, an
 * opening phrase set off by a comma allowed) of a thing the draft of the same day already names tells more of that
 * happening, no second one; `planEvent` adds it as a source of the earlier draft of that day (issue 12sy,
 * document level). Must not fire: another subject ("The lifeboat crew reached …"), the same thing on another day.
 */
function sameHappeningRetold(later: string, earlier: string): boolean {
  const body = later.replace(/^(?:From|On|By|At|In|Since|Until)\s[^,;]{1,40},\s*/u, '');
  const terms = termsOf(body);
  if (!/^the$/iu.test(terms[0]?.text ?? '')) return false;
  // "the" right before the noun: "The right house" (a modifier) sets one thing against another.
  const noun = terms[1]?.tags.has('Noun') ? terms[1] : undefined;
  if (!noun || noun.tags.has('ProperNoun') || noun.tags.has('Possessive') || !/^\p{Ll}+$/u.test(noun.text))
    return false;
  // "The council also voted …", "… again": a focus word that adds one more happening.
  if (/\b(?:also|again|too)\b/iu.test(body)) return false;
  // The description is the subject: a verb follows it (after an aside set off by commas).
  if (!terms.slice(terms.indexOf(noun) + 1).some((t) => t.tags.has('Verb'))) return false;
  // Read in what the earlier draft tells, not in its attributions ("…, rink manager X said.", ", officials said
  // Tuesday, …"), and as a common noun (small letters; "Public Library" is a name), or as its first word.
  const told = earlier.replace(/,[^,]*\b(?:said|says|added|told)\b[^,]*(?=,|$)/gu, '');
  const word = noun.text.toLowerCase();
  return (
    new RegExp(String.raw`\b${word}\b`, 'u').test(told.replace(/[’']s\b/gu, '')) ||
    new RegExp(String.raw`^(?:The\s+)?${word}\b`, 'iu').test(told)
  );
}

const EVENT_BODY = `${placeholder('write the narrative from the sources')}\n`;
const VAGUE =
  /\b(?:recently|earlier|later|soon|last|next|this)\s+(?:month|year|week|weekend|spring|summer|autumn|fall|winter)\b/i;

/**
 * A time of day that opens a sentence, with its place: "At 3.40am on Sunday,", "At 9:02 on Tuesday
 * morning,", "On the quayside on Sunday afternoon,".
 */
const SCENE_OPENING = new RegExp(
  String.raw`^(?:At|On|In|Outside|Inside|Along|By|Near)\s[^,;]{0,50}?\b(?:${WEEKDAY}\b[^,;]{0,20}?(?:\d{1,2}[.:]\d{2}|morning|afternoon|evening|night)|\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?[^,;]{0,20}?${WEEKDAY})[^,;]{0,20},`,
  'u',
);

/** A place, then the day, opening a sentence: "In Varn Square on Monday,", "Outside parliament on Thursday afternoon,". */
const PLACE_DAY = new RegExp(
  [
    // "In Varn Square on Monday,", "At a coffee shop on Main Street on Wednesday,"
    String.raw`^(?:In|At|Outside|Inside|Near|Along|By)\s+(?:(?:the|a|an)\s+)?[^,;"“”]{1,60}?\s+on\s+${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?,\s`,
    // "On a wet Wednesday morning at Coldharbour Farm near Wenlow,"
    String.raw`^On\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\s+(?:at|in|outside|on|near)\s+[^,;"“”]{1,60},\s`,
  ].join('|'),
  'u',
);

/** "… in March 2025. He was sentenced in June of that year": the year of the last happening dated before. */
function thatYear(found: Happening[], earlier: Happening[], sentence: string): void {
  const year = earlier.findLast((h) => !h.date.future)?.date.date.slice(0, 4);
  for (const h of found)
    if (year && h.date.precision === 'month' && ofThatYear(sentence, h.date.text))
      h.date = { ...h.date, date: `${year}${h.date.date.slice(4)}` };
}

/** "in June of that year": a month whose year is the one named before, in an earlier sentence. */
const ofThatYear = (sentence: string, dateText: string) =>
  new RegExp(String.raw`${escapeRegExp(dateText.replace(/\s+of$/iu, ''))}\s+of\s+that\s+year\b`, 'iu').test(sentence);

/**
 * A place and a day before quotes that set the scene for the words whatever the rest of the article
 * dates: a paragraph of its own before a paragraph of quotes, or one whose person speaks next
 * ("…, Maria Lopez watered her tomatoes. "…," she said.").
 */
const sceneOfWords = (sentence: Sentence, next: Sentence | undefined) =>
  (next?.paragraph !== sentence.paragraph || SPOKEN_BY_PRONOUN.test(next.text)) && PLACE_DAY.test(sentence.text);

/** A quote given by a pronoun: "“I'm not wasting a drop,” she said." */
const SPOKEN_BY_PRONOUN = /^\s*["“][^"”]*["”],?\s+(?:she|he)\s+(?:said|says|added|told)\b/u;

/** "X sent Y a letter Tuesday …. "…," she wrote.": a letter sent, quoted in the next sentence of its paragraph. */
const letterQuotedNext = (ctx: Context, i: number) =>
  LETTER_SENT.test(ctx.sents[i]!.text) &&
  ctx.sents[i + 1]?.paragraph === ctx.sents[i]!.paragraph &&
  /["“]/u.test(ctx.sents[i + 1]!.text);

/**
 * The days sentences other than the `i`th tell of (a scene's excepted), remarks and scenes of speaking
 * included ("…," X said at a news conference Wednesday morning): a scene on one of them is no news of its own.
 */
function elsewhereDays(ctx: Context, all: Happening[][], i: number): Set<string | undefined> {
  return new Set(
    all.flatMap((f, k) =>
      k === i || PLACE_DAY.test(ctx.sents[k]!.text)
        ? []
        : [...f.map((h) => h.date.date), findDate(ctx.sents[k]!.text, ctx.published)?.date],
    ),
  );
}

/**
 * The happening of sentence `i`, with no date of its own, dated from the days told before it: "the previous day"
 * from the last day dated ({@link dayBefore}), a time of day alone from the day of the sentence just before
 * ({@link clockSameDay}, issue 12af).
 */
function dayOfBefore(ctx: Context, all: Happening[][], i: number): Happening | null {
  const pastDay = (h: Happening) => h.date.precision === 'day' && !h.date.future;
  const last = all.slice(0, i).flat().findLast(pastDay)?.date;
  return dayBefore(ctx.sents[i]!.text, last) ?? clockSameDay(ctx.sents[i]!.text, all[i - 1]?.findLast(pastDay)?.date);
}

/**
 * Event drafts for every sentence with a date of its own that is not a remark, and for dated
 * background clauses; one draft per happening; a source proposal when an existing event matches.
 */
function planEvents(ctx: Context, sentenceActors: string[][], remarks: Set<number>): void {
  const scenes = new Map<string, EventDraft>();
  const all = ctx.sents.map((s, i) =>
    textServed(s.text, ctx.published) || READER_ADDRESS.test(s.text) || letterQuotedNext(ctx, i)
      ? []
      : (remarks.has(i) ? addedHappenings : happeningsOf)(s.text, ctx.published),
  );
  // "The agency received a warning the previous day": the day before the last day a happening was dated.
  all.forEach((found, i) => {
    const before = found.length || remarks.has(i) ? null : dayOfBefore(ctx, all, i);
    if (before) found.push(before);
    thatYear(found, all.slice(0, i).flat(), ctx.sents[i]!.text);
  });
  const days = new Set(
    all.flatMap((found, i) => (SCENE_OPENING.test(ctx.sents[i]!.text) ? [] : found.map((h) => h.date.date))),
  );
  ctx.sents.forEach((sentence, i) => {
    const actors = sentenceActors[i] ?? [];
    const found = all[i]!;
    // "At 3.40am on Sunday, the crew radioed …": a moment of a day whose news the article tells elsewhere.
    if (SCENE_OPENING.test(sentence.text) && found.length && found.every((h) => days.has(h.date.date))) return;
    const vague = VAGUE.exec(sentence.text);
    if (!found.length && vague && !remarks.has(i) && !findDate(sentence.text, ctx.published))
      ctx.plan.unresolvedDates.push(`“${vague[0]}” in: ${sentence.text.slice(0, 100)}`);
    if (coveredSentence(ctx, sentence.text)) return;
    // A scene opens its paragraph and is followed by quotes: in the next paragraph or its own ("…, pupils were divided. "…," said X").
    // So is one followed in its paragraph by a speaker's words reported, then quoted ("X said people had feared … "…," she said").
    const next = ctx.sents[i + 1];
    const quoteNext =
      /^\s*["“]/u.test(next?.text ?? '') ||
      (!!next &&
        next.paragraph === sentence.paragraph &&
        !/["“”]/u.test(next.text) &&
        !!reportedSpeech(next.text) &&
        /^\s*["“]/u.test(ctx.sents[i + 2]?.paragraph === sentence.paragraph ? ctx.sents[i + 2]!.text : ''));
    const alone =
      ctx.sents[i - 1]?.paragraph !== sentence.paragraph &&
      (ctx.sents[i + 1]?.paragraph !== sentence.paragraph || quoteNext);
    if (setsTheScene(sentence.text, ctx.published, alone, quoteNext)) return;
    if ((alone && quoteNext && moodScene(sentence.text)) || moodOfScene(sentence.text)) return;
    // "In Varn Square on Monday, protesters burned tyres …", "Outside the court on Friday, X said …": a
    // place on a day whose news another sentence tells, alone in its paragraph or before quotes, is a scene of that news.
    const elsewhere = elsewhereDays(ctx, all, i);
    const sceneParagraph = quoteNext && sceneOfWords(sentence, next);
    if (
      (alone || (sceneParagraph && SPOKEN_BY_PRONOUN.test(next?.text ?? ''))) &&
      (PLACE_DAY.test(sentence.text) || (quoteNext && crowdScene(sentence.text))) &&
      found.length &&
      found.every((h) => !h.date.future && (elsewhere.has(h.date.date) || sceneParagraph))
    )
      return;
    for (const h of found) {
      // "Sentencing him on Thursday, Judge X said: …": a participle of the day's news before a speaker
      // is the scene of the words, when another sentence tells that day's news.
      if (remarks.has(i) && /^\p{Lu}\p{Ll}+ing\b/u.test(h.excerpt) && elsewhere.has(h.date.date)) continue;
      planEvent(ctx, scenes, h.excerpt, h.date, i, actors);
    }
    // "The X Board, whose annual review was published on Monday, said": the text's day dates its words, no background.
    if (textServed(sentence.text, ctx.published)) return;
    for (const b of backgroundDates(sentence.text, ctx.published))
      if (
        (b.date.precision === 'day' || !countOfPeriod(b.clause, b.date)) &&
        !figureOrRecordDate(sentence.text, b.clause, b.date) &&
        !backgroundRetold(sentence.text, b.clause, b.date, ctx.published) &&
        !inReachedAside(sentence.text, b.date)
      )
        planEvent(ctx, scenes, b.clause, b.date, i, actors);
  });
}

/** A proposal file: add this article, with this excerpt, to the sources of an existing event. */
function proposeSource(
  ctx: Context,
  event: Entry<EventData>,
  excerpt: string,
  found: FoundDate,
  why: string,
  alsoPossible: string[],
): void {
  const id = unique(`${ctx.input.id}--${event.id}`, ctx.taken.proposals);
  const file = `.ingest/proposals/${id}.md`;
  const data = {
    event: event.id,
    article: ctx.input.id,
    excerpt,
    date: found.date,
    why,
    alsoPossible: alsoPossible.length ? alsoPossible : undefined,
  };
  const others = alsoPossible.length
    ? `\n- It may report one of these events instead: ${alsoPossible.join(', ')}; then add the source to that event by hand and delete this file.`
    : '';
  const body = `Proposed by \`npm run ingest\`: this sentence of article "${ctx.input.id}" seems to report the existing event "${event.id}" (${event.data.title}).\n\n- Accept (adds the source to content/events/${event.id}.md): \`npm run ingest -- --accept content/${file}\`\n- Reject: delete this file.${others}\n`;
  if (
    !add(ctx, {
      collection: 'proposals',
      id,
      path: file,
      text: markdownFile(data, body),
      key: draftKey('proposal', `${event.id} ${excerpt}`),
    })
  )
    return;
  ctx.plan.proposals.push({
    id,
    path: file,
    event: event.id,
    eventTitle: event.data.title,
    excerpt,
    date: found.date,
    why,
    alsoPossible,
  });
}

/** Actor drafts for the new actors, with the role title and the spellings the article uses. */
function planActors(ctx: Context, newActors: CastMember[]): void {
  for (const a of newActors) {
    const roles = a.title && ctx.body.includes(a.title) ? [{ title: a.title, article: ctx.input.id }] : undefined;
    const data: Draft<Actor> = {
      name: a.name,
      aliases: a.aliases.length ? a.aliases : undefined,
      kind: a.kind,
      roles,
      anonymous: a.anonymous || undefined,
      sources: [source(ctx, a.excerpt)],
      draft: true,
    };
    if (
      add(ctx, {
        collection: 'actors' satisfies CollectionName,
        id: a.id,
        text: markdownFile(data),
        key: draftKey('actor', a.name),
      })
    )
      ctx.plan.actors.push({ id: a.id, name: a.name, kind: a.kind });
  }
}

/** The article file: front matter and the text verbatim; always first in the plan. */
function planArticle(ctx: Context): void {
  const { meta, id } = ctx.input;
  const article: Draft<Article> = {
    title: ctx.title,
    headline: meta.title ? undefined : false,
    publisher: ctx.publisher,
    author: meta.author,
    url: meta.url,
    published: meta.published,
    publishedBasis: `Given at ingest ${placeholder('check the date against the source')}`,
    draft: true,
  };
  ctx.plan.files.unshift({
    collection: 'articles' satisfies CollectionName,
    id,
    path: `articles/${id}.md`,
    text: `${markdownFile(article)}${ctx.body}\n`,
    key: draftKey('article', id),
  });
}

/**
 * Plans the ingest of one article: the article file (body verbatim) and drafts for every quote,
 * dated sentence and unknown actor, and source proposals for events the site already has.
 * Drafts whose key is in `rejected` are left out. Pure: reads nothing, writes nothing.
 */
export function planIngest(input: PlanInput): IngestPlan {
  const ctx = context(input);
  const { newActors, sentenceActors, quotes } = readCast(ctx);
  const names = new Map(input.known.actors.map((a) => [a.id, a.data.name]));
  for (const a of newActors) names.set(a.id, a.name);
  planStatements(ctx, quotes, names);
  planEvents(ctx, sentenceActors, remarkSentences(quotes));
  planActors(ctx, newActors);
  planArticle(ctx);
  return ctx.plan;
}

/**
 * The problems the planned drafts would cause together with the existing content (none is
 * expected: excerpts are verbatim by construction). The planned files are parsed back first;
 * proposals, which are not content, are checked for their excerpt only.
 */
export function checkPlan(
  plan: IngestPlan,
  known: ContentSet,
  parse: (file: PlannedFile & { collection: keyof ContentSet }) => { entry?: Entry<unknown>; problems: Problem[] },
): Problem[] {
  const merged = Object.fromEntries(COLLECTIONS.map((name) => [name, [...known[name]]])) as unknown as ContentSet;
  const problems: Problem[] = [];
  for (const file of plan.files) {
    if (file.collection === 'proposals') continue;
    const parsed = parse(file as PlannedFile & { collection: keyof ContentSet });
    problems.push(...parsed.problems);
    if (parsed.entry) (merged[file.collection] as Entry<unknown>[]).push(parsed.entry);
  }
  return problems.length ? problems : checkIntegrity(merged);
}
