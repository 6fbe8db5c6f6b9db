import * as chrono from 'chrono-node';
import { addDays, addYears, format, startOfWeek } from 'date-fns';
import type { Precision } from '../model/dates';
import { isFuture, termsOf, type Term } from './nlp';

/** A day of the week, as a pattern source: "Monday" … "Sunday". */
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** The name of a month, written in full ("January" … "December"). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** The first letters of a month's name, as written before a day in "Nov. 20" or "20 Sept" (a prefix: `\p{L}*` may follow). */
export const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
/** "mid-morning on" before a weekday ("by mid-morning on Friday"), which chrono would read as a time of today. */
const MID_DAY_ON = new RegExp(String.raw`\bmid-?(?:morning|afternoon|evening)\s+on(?=\s+${WEEKDAY}\b)`, 'gu');

/** A date found in a sentence, resolved against the publication date. */
export interface FoundDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  approximate: boolean;
  /** The words it was read from, e.g. "last week". */
  text: string;
  /** True when the clause that holds the date speaks of the future ("will", "is due to", "plans to"). */
  future?: boolean;
  /** Where the date was read: the main clause, or the reporting clause ("…, officials said on Tuesday"). */
  clause?: 'main' | 'reporting';
  /** A bound, not the time of a happening: "within six weeks", "before next year", "until May". */
  bound?: boolean;
  /** The date of a noun, not of the clause: "Friday's earthquake". */
  attributive?: boolean;
  /** The date a text bears ("a letter dated 2 May", "the report, dated 30 June 2023"): it dates the words quoted from it, never a happening. */
  written?: boolean;
}

const RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };

/**
 * "A shop that has traded since 1955 will close on 19 December", "… since 1962 closed on Monday": a "since" with a
 * year (a day and month before it at most) ends at the year when the main clause's verb follows, so the verb's date is
 * no background (issue 12aj).
 */
const SINCE_YEAR = String.raw`(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\s+)?(?:1[6-9]|20)\d{2}\b(?=\s+(?:will|would|shall|has|have|had|is|are|was|were|\p{Ll}+ed)\b)`;
/**
 * Background clauses, whose dates are not the date of the sentence's event: non-restrictive
 * relative clauses (", which invaded … four years ago", ", who flew in on Sunday"), participles
 * set off by a comma (", founded in 1952"), "that began on March 3", "since …" (up to a clause
 * coordinated after it: "… and will", "… and that" opening a second reported clause), and a schedule
 * set off that the main clause supersedes ("The vote, due on Dec. 13, will now be held on …").
 */
const BACKGROUND = new RegExp(
  String.raw`,\s+(?:(?:originally\s+|first\s+)?(?:due|scheduled|slated)\s+(?:in|on|for)\s+[^,;]*(?=,\s+(?:will|would|is|are|has|have)\s+now\b))|,\s+(?:which|who|whose|where|founded|established|built|formed|opened|elected|appointed|born)\b[^,;]*|,\s+(?:[\p{L}\d’'-]+\s+){1,6}?who\s+[^,;]*|\b(?:that|which|who)\s+(?:began|started|ended|invaded|annexed|seized|took|occupied|followed|preceded|came)\b[^,;]*|\bsince\s+${SINCE_YEAR}|\bsince\s+[^,;]*?(?=\s+(?:and|but)\s+(?:that|will|would|has|have|had|is|are|was|were|plans?|\p{Ll}+ed)\b|[,;]|$)`,
  'giu',
);
/**
 * A reporting clause at the end of a sentence ("…, officials said on Tuesday.") or between
 * commas inside it ("…, officials said on Friday, after the talks ended on Thursday.").
 */
const REPORTING =
  /,\s+(?:[^,;"“”]{1,60}?\s)?(?:said|says|told|announced|added|reported|confirmed|heard)\b(?:[^,;"“”]*[.!?]?$|[^,;"“”]*,(?=\s))/u;

/**
 * "…, saying they had been told of the plans at a meeting in March": a passive "told of" (informed) is a happening
 * of the clause, no verb of reporting, so its date is the main clause's (issue 12ae). Only inside a clause opened by
 * a participle (", saying", ", adding that"): "The pier will reopen in June, residents were told of the plan on
 * Tuesday" is a reporting clause, its Tuesday the telling's (review of 12ae).
 */
const PASSIVE_TOLD_OF = /^,\s+\p{Ll}+ing\s[^,;"“”]*?\b(?:been|was|were|being)\s+told\s+(?:of|about)\b/u;

/**
 * The relative clauses whose future date is a planned happening: "which is expected to vote on it in July", "who
 * will take over in May", and (issue 12as) "…, where drainage work starts on Monday", "…, where work will start in
 * June" (a place's relative clause with a date the date rules read as ahead, a schedule in the present included).
 */
const FUTURE_RELATIVE = /^(?:which|who|where)\s/u;

/** `text` with each closed quotation (its marks too) blanked to spaces of its length, so offsets still hold. */
const blankQuoted = (text: string) => text.replace(/["“][^"”]*["”]/gu, (q) => ' '.repeat(q.length));

/**
 * Happenings a background clause dates ("which began with Russia's full-scale invasion of Ukraine
 * in February 2022", "that began after the annexation of Crimea in 2014"): each clause with its
 * date, for a draft of its own; they never date the sentence's main event.
 */
export function backgroundDates(sentence: string, published: Date): Array<{ clause: string; date: FoundDate }> {
  const out: Array<{ clause: string; date: FoundDate }> = [];
  // Quoted words are the speaker's: "since 2021" inside a quote dates nothing.
  const unquoted = blankQuoted(sentence);
  const found = [...unquoted.matchAll(BACKGROUND)];
  for (const m of [...found, ...participleClauses(unquoted, found)]) {
    if (isMainVerb(unquoted, m)) continue;
    const since = sinceClause(sentence, m.index, m[0]);
    if (since !== null) {
      const happening = sinceHappening(sentence, m, since, published);
      if (happening) out.push(happening);
      continue;
    }
    const clause = m[0].replace(/^,\s+/, '').replace(/[\s.]+$/, '');
    const date = pastOwnDate(clause, published);
    // A clause about a person is incidental ("who flew in on Sunday") unless it recalls a time before
    // the article's week ("who flew … in 2011", "who resigned last month", "champions who last won in 1998").
    if (/^born\b/u.test(clause) || textReleased(unquoted.slice(0, m.index), clause) || openThisWeek(clause, published))
      continue;
    // "The vote, due on Dec. 13, will now be held on …": a schedule the main clause supersedes is no happening.
    if (/^(?:originally\s+|first\s+)?(?:due|scheduled|slated)\b/u.test(clause)) continue;
    // "The bridge, which had been due to open in October, …": a plan the news overtook is no happening.
    if (overtakenPlan(clause, best(datesIn(clause, published))?.text ?? '\u0000')) continue;
    // "parliament, which is expected to vote on it in July": a relative clause about the future is a planned happening.
    // ("which will stay open for the next three months" is a length of time).
    const ahead = best(
      datesIn(clause, published).filter(
        (d) =>
          d.future &&
          !d.bound &&
          !d.written &&
          !/\b(?:next|coming)\s+\S+\s+(?:days|weeks|months|years)\b/iu.test(d.text),
      ),
    );
    if (!date && ahead && FUTURE_RELATIVE.test(clause) && (isFuture(clause) || /^where\s/u.test(clause))) {
      out.push({ clause: withAntecedent(sentence, m.index, m[0], clause), date: { ...ahead, clause: 'main' } });
      continue;
    }
    if (incidentalPerson(sentence, m[0], clause, date, published)) continue;
    // "…, which open in February": a present tense tells a schedule, not a happening recalled.
    const relative = /\b(?:who|which|that)\s/u.exec(clause);
    const verb = termsOf(relative ? clause.slice(relative.index) : clause).find(
      (t) => t.tags.has('Verb') && !/^(?:who|which|that|last|first|once|also|then|later|never)$/i.test(t.text),
    );
    // "who set up the group in 2009": a verb of one form for both tenses is past before a past date.
    const sameForm = /^(?:set|put|cut|hit|let|shut|spread|cost|quit|split|beat|hurt|upset|bet|cast|burst)$/i;
    const coming = presentToCome(clause, verb, published);
    if (coming) {
      out.push({ clause: withAntecedent(sentence, m.index, m[0], clause), date: coming });
      continue;
    }
    if (verb?.tags.has('PresentTense') && !verb.tags.has('Auxiliary') && !(sameForm.test(verb.text) && date)) continue;
    if (!date) continue;
    // "where relatives had kept vigil since Monday", "where the species has been protected since 1994": a state kept.
    if (stateKept(clause, date, published)) continue;
    coordinated(clause, published).forEach((part, k) => {
      const own = pastOwnDate(part, published);
      if (!own) return;
      const excerpt = endsWithDate(part, own);
      out.push({
        clause: k ? excerpt : withAntecedent(sentence, m.index, m[0], excerpt),
        date: { ...own, clause: 'main' },
      });
    });
  }
  return [...out, ...pastInFuture(sentence, unquoted, published), ...plannedThings(unquoted, published)];
}

/**
 * A relative clause giving both ends of the time a thing was open: "The poll, which opened on Monday
 * and closed at noon Thursday, drew …", "the consultation, which began in May and ended on Friday".
 * The span is the thing's, no happening of its own, when both ends fall in the article's week
 * ({@link openThisWeek}); "which closed on Friday" alone still dates.
 */
const OPEN_SPAN = /^(?:which|that)\s+(?:opened|began|started)\b[^;]*?\s+and\s+(?:closed|ended|finished|shut)\b/u;

/**
 * True for an {@link OPEN_SPAN} whose ends are days of the article's week: a window of the news. A
 * history told the same way ("the works, which opened in 1971 and closed in 2014") keeps its dates.
 */
function openThisWeek(clause: string, published: Date): boolean {
  const ends = OPEN_SPAN.test(clause) ? datesIn(clause, published) : [];
  return ends.length > 0 && ends.every((d) => d.precision === 'day' && !beforeTheWeek(d, published));
}

/**
 * A clause about a person is incidental ("who flew in on Sunday") unless it recalls a time before
 * the article's week ("who resigned last month"), or, in a sentence about the future, an action on
 * something ("X, who visited Kostrava on Saturday, is expected to address parliament on Wednesday";
 * "who arrived on Monday" stays incidental).
 */
function incidentalPerson(
  sentence: string,
  match: string,
  clause: string,
  date: FoundDate | null,
  published: Date,
): boolean {
  if (!/^,\s+(?:[\p{L}\d’'-]+\s+){0,6}?who\b/u.test(match) || (date && beforeTheWeek(date, published))) return false;
  return !(date && findDate(sentence, published)?.future && actsOnSomething(clause));
}

/**
 * "whose coalition faces an election in September 2027": a relative clause whose verb is in the
 * present, before a date still to come with its year written, is a planned happening ("the
 * regatta, which opens in June" stays a schedule of the thing named).
 */
function presentToCome(clause: string, verb: Term | undefined, published: Date): FoundDate | null {
  if (!verb?.tags.has('PresentTense') || verb.tags.has('Auxiliary') || !/^(?:which|who|whose)\s/u.test(clause))
    return null;
  const coming = best(
    datesIn(clause, published).filter(
      (d) => !d.bound && !d.written && after(d, published) && (/\d{4}/u.test(d.text) || dayOfAThing(clause, d)),
    ),
  );
  return coming ? { ...coming, future: true, clause: 'main' } : null;
}

/**
 * "the lease on the quay, which expires on 30 June": a "which" clause (of a thing, not of a person) in the present
 * before a day and month still to come names that day as firmly as a year would, so it is planned too (issue 12ba);
 * a month alone ("which opens in June") stays a schedule of the thing named, and so does a habit, an #Adverb before
 * the verb ("which normally starts on 1 April").
 */
const dayOfAThing = (clause: string, d: FoundDate) =>
  d.precision === 'day' && /\d/u.test(d.text) && /^which\s/u.test(clause) && !termsOf(clause)[1]?.tags.has('Adverb');

/**
 * "seven months before a general election due in September": a thing set for a date still to
 * come, named by a noun phrase with "due / scheduled / slated", is a planned happening of its own.
 */
function dueThings(unquoted: string, published: Date): Array<{ clause: string; date: FoundDate }> {
  const out: Array<{ clause: string; date: FoundDate }> = [];
  const re = /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:due|scheduled|slated)\s+(?:in|on|for|by)\s+[^,;.]+/gu;
  for (const m of unquoted.matchAll(re)) {
    // Not where a verb makes it a clause of its own ("the payment was due in March"): that is read with its clause.
    if (/\b(?:is|are|was|were|be|been)\s+(?:\p{Ll}+\s+)?(?:due|scheduled|slated)\b/u.test(m[0])) continue;
    const date = best(datesIn(m[0], published).filter((d) => d.future && !d.bound && !d.written));
    if (date && after(date, published)) out.push({ clause: m[0].trim(), date: { ...date, clause: 'main' } });
  }
  return out;
}

/**
 * "served a notice on Wednesday, giving the owner until 30 June to clear the site", "…, giving tenants until Friday
 * to leave": a deadline handed down with a deed, in a participle set off by a comma, is a planned happening of its
 * own on its day (issue 12al); the deed keeps its own date. Only a day still to come (a past one is no plan). A
 * month's point before the day ("until Dec. 18") does not end it (review of 12al).
 */
const GIVEN_UNTIL = /,\s+giving\s+(?:[\p{L}’'-]+\s+){1,4}?until\s+(?:[^,;.]|\.(?=\s+\d))+/gu;

/** The planned deadlines of {@link GIVEN_UNTIL} in `unquoted` (quotes blanked), each with its clause. */
function givenUntil(unquoted: string, published: Date): Array<{ clause: string; date: FoundDate }> {
  const out: Array<{ clause: string; date: FoundDate }> = [];
  for (const m of unquoted.matchAll(GIVEN_UNTIL)) {
    const clause = m[0].replace(/^,\s+/u, '').trim();
    const until = /\buntil\s/u.exec(clause)!;
    const date = best(datesIn(clause.slice(until.index), published).filter((d) => !d.written && !d.attributive));
    if (date && date.precision === 'day' && after(date, published))
      out.push({ clause, date: { ...date, bound: false, future: true, clause: 'main' } });
  }
  return out;
}

/** The planned things named in a sentence besides its clauses: {@link dueThings} and {@link givenUntil}. */
const plannedThings = (unquoted: string, published: Date) => {
  const planned = [...dueThings(unquoted, published), ...givenUntil(unquoted, published)];
  const sequels = sequelThings(unquoted, published).filter(
    (s) => !planned.some((p) => p.clause.includes(s.clause) || s.clause.includes(p.clause)),
  );
  return [...planned, ...sequels];
};

/** A bare weekday, as chrono writes it with its preposition: "on Monday", "by Friday", "Tuesday". */
const BARE_WEEKDAY = new RegExp(String.raw`^(?:(?:on|by|for)\s+)?${WEEKDAY}\b`, 'u');

/**
 * "…, with results expected on Monday", "… pending an inspection on Thursday": the phrase whose weekday
 * {@link sequelAhead} turned ahead is a planned happening of its own; the main clause keeps its own date (issue 12ba).
 */
export function sequelThings(unquoted: string, published: Date): Array<{ clause: string; date: FoundDate }> {
  const out: Array<{ clause: string; date: FoundDate }> = [];
  const phrases = [...unquoted.matchAll(/(?:,\s+with\s+|\bpending\s+)[^,;.]+/gu)];
  // The sentence's dates, read once for all its phrases (chrono and compromise on the whole sentence).
  const dates = phrases.length ? datesIn(unquoted, published) : [];
  for (const m of phrases) {
    const phrase = m[0].replace(/^,\s+with\s+/u, '');
    const at = m.index + m[0].length - phrase.length;
    const own = dates.filter(
      (d) =>
        d.future &&
        d.precision === 'day' &&
        !d.bound &&
        unquoted.indexOf(d.text, at) >= at &&
        unquoted.indexOf(d.text, at) < at + phrase.length,
    );
    const date = own.length === 1 && BARE_WEEKDAY.test(own[0]!.text) ? own[0] : null;
    if (date && after(date, published)) out.push({ clause: phrase.trim(), date: { ...date, clause: 'main' } });
  }
  return out;
}

/** True when `text` holds a finite verb (no participle, gerund or noun): "as the toll rose", not "after the storm". */
export const hasFiniteVerb = (text: string) =>
  termsOf(text).some(
    (t) => t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Noun') && !t.tags.has('Gerund'),
  );

/**
 * "The inquiry, chaired by Dame Ada Roe, opened on Monday", "Orla Venn, who won gold in 2019,
 * retired on Monday": a past tense set off by a comma after the subject, with no other verb of the
 * sentence before or after it, is the main verb, not a background participle ("Marl Shipping,
 * founded in 1952, sold four ferries").
 */
function isMainVerb(text: string, m: { index: number; 0: string }): boolean {
  if (!termsOf(m[0].replace(/^,\s+/, ''))[0]?.tags.has('PastTense')) return false;
  const head = text
    .slice(0, m.index)
    .replace(DATELINE, '')
    .replace(/,\s[^,]*/gu, '');
  // "Hallbrook, founded in 1887, last suspended cover …": an adverb of time before the verb hides no finite verb.
  const rest = text
    .slice(m.index + m[0].length)
    .replace(/,\s+(?:last|first|once|then|also|later)\s+(?=\p{Ll}+ed\b)/u, ', ');
  return !hasFiniteVerb(head) && !hasFiniteVerb(rest);
}

/** The text with its background clauses blanked (offsets kept). */
const blankBackground = (text: string) =>
  text.replace(BACKGROUND, (b: string, at: number) =>
    isMainVerb(text, { index: at, 0: b }) ? b : ' '.repeat(b.length),
  );

/**
 * "a letter to the board on Monday, which the orchestra released yesterday", "the board's own forecast,
 * published in June,": the release of a text named before, no happening.
 */
const textReleased = (before: string, clause: string) =>
  /^(?:which\s+(?:[\p{L}’'-]+\s+){0,4}?)?(?:published|released|issued|posted)\b/u.test(clause) &&
  TEXT_BEFORE.test(before);

const TEXT_BEFORE =
  /\b(?:report|letter|statement|ruling|filing|brief|order|opinion|submission|petition|bulletin|notice|memo|forecast|dossier|study|survey|review|evaluation|audit|analysis|assessment|poll|reasons|findings|decision)\b[^,;]*$/u;

/**
 * ", painted by Ada Vane in 1884", ", sold at auction in 2011": a past participle set off by a
 * comma and followed by a preposition, as compromise tags it, after a clause with its own verb (or
 * before "by"), with the words it governs up to the next comma; not a verb of saying ("…, said on
 * Monday") nor the date of a text ("dated …").
 */
function participleClauses(unquoted: string, found: RegExpExecArray[]): RegExpExecArray[] {
  const terms = termsOf(unquoted);
  const out: RegExpExecArray[] = [];
  for (const m of unquoted.matchAll(/,\s+(\p{Ll}+)\s+\p{Ll}+\b[^,;]*/gu)) {
    const verb = terms.find((t) => t.start === m.index + m[0].indexOf(m[1]!));
    const next = verb && terms[terms.indexOf(verb) + 1];
    if (!verb || !next?.tags.has('Preposition') || verb.tags.has('Auxiliary')) continue;
    if (!verb.tags.has('PastTense') && !verb.tags.has('Participle')) continue;
    if (
      /^(?:said|told|added|wrote|stated|noted|warned|claimed|argued|insisted|dated|according|reported|announced)$/.test(
        verb.text,
      )
    )
      continue;
    if (found.some((f) => f.index === m.index) || (isMainVerb(unquoted, m) && !/^by$/i.test(next.text))) continue;
    // "in its weekly drought report, published on Thursday,": the day a text came out dates its words, no happening.
    if (
      /^(?:published|released|issued|posted|sent|filed|lodged|served|submitted|delivered)$/.test(verb.text) &&
      TEXT_BEFORE.test(unquoted.slice(0, m.index))
    )
      continue;
    out.push(m);
  }
  return out;
}

/**
 * "which opened in 1978 and employs about 600 people": a clause joined on without a date of its
 * own is no part of the dated one, which ends with its date.
 */
function endsWithDate(clause: string, date: FoundDate): string {
  const at = clause.indexOf(date.text);
  if (at < 0) return clause;
  const end = at + date.text.length;
  return /^,?\s+(?:and|but)\s/u.test(clause.slice(end)) ? clause.slice(0, end) : clause;
}

/**
 * "The bridge, which opened in 1967", "The Keel, built in 2011": a clause about a thing set off by
 * a comma, with the noun phrase it describes when that opens the sentence's clause (no verb of its
 * own, at most six words); else, and for a "who" clause, the clause alone.
 */
function withAntecedent(sentence: string, at: number, match: string, clause: string): string {
  if (!/^,\s+(?:which|\p{Ll}+ed|built)\b/u.test(match)) return clause;
  const head = sentence.slice(0, at).replace(DATELINE, (d) => ' '.repeat(d.length));
  const start = Math.max(head.lastIndexOf(',') + 1, head.lastIndexOf(';') + 1, 0);
  const np = head.slice(start);
  const words = np.trim().split(/\s+/);
  const terms = termsOf(np);
  if (!np.trim() || words.length > 6 || /["“”]/u.test(np) || !terms.at(-1)?.tags.has('Noun')) return clause;
  if (terms.some((t) => (t.tags.has('Verb') && !t.tags.has('Noun')) || (t.tags.has('Preposition') && t === terms[0])))
    return clause;
  const from = start + (np.length - np.trimStart().length);
  const to = sentence.indexOf(clause, at);
  return to < 0 ? clause : sentence.slice(from, to + clause.length);
}

/**
 * A background clause of coordinated past clauses, each with a date of its own ("who bought the
 * club in 2011 and resigned in March last year"), split into them.
 */
function coordinated(clause: string, published: Date): string[] {
  for (const m of clause.matchAll(/\s+and\s+/gu)) {
    const [left, right] = [clause.slice(0, m.index), clause.slice(m.index + m[0].length)];
    if (!firstVerbAfterModifiers(right)?.tags.has('PastTense')) continue;
    if (datesIn(left, published).length && datesIn(right, published).length)
      return [left, ...coordinated(right, published)];
  }
  return [clause];
}

/**
 * "installed in 1958 and last upgraded in 2004", "opened in 1931 and then widened in 1976": the first word of a
 * conjunct after the modifiers before its verb (compromise's #Adverb and #Adjective, at most two skipped), so a past
 * verb after "last" or "then" opens a clause of its own in {@link coordinated} as a bare one does (issue 12ba).
 */
function firstVerbAfterModifiers(conjunct: string): Term | undefined {
  const terms = termsOf(conjunct);
  const at = terms.findIndex((t, i) => i > 1 || !(t.tags.has('Adverb') || t.tags.has('Adjective')));
  return terms[at];
}

/** True when a clause's first verb after its relative pronoun has an object ("who visited Kostrava"), not a preposition ("who arrived on Monday"). */
function actsOnSomething(clause: string): boolean {
  const terms = termsOf(clause);
  const i = terms.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !/^(?:who|which)$/i.test(t.text));
  const next = terms[i + 1];
  return (
    i >= 0 && !!next && ['Noun', 'Determiner', 'ProperNoun', 'Possessive', 'Value'].some((tag) => next.tags.has(tag))
  );
}

/** True when a date lies after the publication: a later year or month, or a later day. */
const after = (found: FoundDate, published: Date) =>
  found.date > format(published, 'yyyy-MM-dd').slice(0, found.date.length);

/** True when a date lies before the article's week: an earlier year or month, or a day more than six days before. */
function beforeTheWeek(found: FoundDate, published: Date): boolean {
  const today = format(published, 'yyyy-MM-dd');
  if (found.precision !== 'day') return found.date < today.slice(0, found.date.length);
  return published.getTime() - new Date(`${found.date}T12:00:00Z`).getTime() > 6 * 86_400_000;
}

/** "warned of further disruption through Friday", "spoke of a betrayal": a clause of words about something, a remark. */
export function wordsOf(clause: string): boolean {
  const m =
    /\b(?:warned|warns|cautioned|spoke|speaks|talked|complained|boasted)\s+(?:\p{Ll}+ly\s+)?(?:of|about)\s/u.exec(
      clause,
    );
  return !!m && !termsOf(clause.slice(0, m.index)).some((t) => t.tags.has('Verb'));
}

/** "the day before", "the day after": a day counted from another date of the sentence, not from the publication. */
const RELATIVE_DAY = /^(?:the\s+)?(?:day|night|week)\s+(?:before|after)$/iu;

/**
 * A past happening recalled inside a sentence about the future ("… will meet on Monday to
 * strip it of the medal Orrin helped win at last year's games"): the clause of the past-tense
 * verb before a date that lies before the publication, from the word before the verb; `unquoted`
 * is the sentence with its quotes blanked.
 */
function pastInFuture(sentence: string, unquoted: string, published: Date): Array<{ clause: string; date: FoundDate }> {
  // The future must be the sentence's own: ""We will appeal," he told the Herald yesterday" tells of the past.
  if (!findDate(unquoted, published)?.future) return [];
  const today = format(published, 'yyyy-MM-dd');
  const terms = termsOf(sentence);
  const out: Array<{ clause: string; date: FoundDate }> = [];
  // Not the reporting clause: "…, the alliance said on Thursday" is the speaking.
  const { main } = clauses(sentence);
  for (const d of datesIn(main, published)) {
    const at = main.indexOf(d.text);
    // "a letter … dated 20 February": the date a text bears is no happening.
    if (at < 0 || d.written || d.date >= today.slice(0, d.date.length) || /\bthis\b/i.test(d.text)) continue;
    // "on 18 December, the day before the shop closes": a day told from another date is no day of its own (12au).
    if (RELATIVE_DAY.test(d.text)) continue;
    const before = terms.filter((t) => t.end <= at);
    const verb = before.findLast((t) => t.tags.has('PastTense') && !t.tags.has('Auxiliary'));
    // "is expected in …": a passive after a copula is no past happening.
    const prev = verb && before[before.indexOf(verb) - 1];
    if (prev && (prev.tags.has('Copula') || prev.tags.has('Auxiliary'))) continue;
    if (
      !verb ||
      before.slice(before.indexOf(verb)).some((t) => t.tags.has('Modal') || /^(?:will|would|to)$/i.test(t.text))
    )
      continue;
    // Its subject: the word before it, with the whole name it ends ("Tessa Brin").
    let k = before.indexOf(verb) - 1;
    while (k > 0 && /^\p{Lu}/u.test(before[k]!.text) && /^\p{Lu}/u.test(before[k - 1]!.text)) k--;
    const start = before[k]?.start ?? verb.start;
    // It ends at the clause's end, where a clause of its own is coordinated ("… last month and is due to …"),
    // or where the sentence's own future verb follows ("masks taken … in 1887 will be handed back").
    const stop =
      /[,;!?](?:\s|$)|(?<!\b\p{Lu}\p{Ll}{1,3})\.(?:\s|$)|\s(?:and|but)\s+(?=(?:is|are|was|were|will|would|has|have|had|plans?|expects?)\b)|\s(?=(?:will|would|shall)\s)/u.exec(
        sentence.slice(at + d.text.length),
      );
    const end = stop ? at + d.text.length + stop.index : sentence.length;
    if (wordsOf(sentence.slice(start, end))) continue;
    // "The count was due in 2023 but was postponed": a schedule the past superseded is no happening.
    if (
      /\b(?:was|were)\s+(?:originally\s+|first\s+)?(?:due|scheduled|slated|supposed)\s/u.test(
        sentence.slice(start, end),
      )
    )
      continue;
    out.push({ clause: sentence.slice(start, end), date: { ...d, future: false, clause: 'main' } });
  }
  return out;
}

/**
 * "the wettest spring since records began in 1910", "since its comparable records began in 2004", "since Met Office
 * records began" (issue 12ah, review): the start of the records is a comparison point of a figure, no happening.
 */
const RECORDS_BEGAN =
  /^since\s+(?:(?:the|its|their|official|national|modern|comparable|reliable|\p{Lu}[\p{L}.’'-]*)\s+){0,3}(?:records|record-keeping|recording)\s+(?:began|started)\b/u;

/** The happening a "since …" clause dates, if any ({@link sinceClause} is the clause). */
function sinceHappening(
  sentence: string,
  m: RegExpExecArray,
  since: string,
  published: Date,
): { clause: string; date: FoundDate } | null {
  if (RECORDS_BEGAN.test(since.trimStart())) return null;
  // "held since the 2019 war": a year before a noun dates the noun, not the start of the state.
  const start = best(datesIn(m[0], published).filter((d) => !d.future && !d.bound && !d.attributive));
  // "since 2019 at hardware stores": the clause ends with its date.
  const end = since.indexOf(start?.text ?? '\u0000');
  // An activity kept up this week is part of the news, not a happening of its own.
  if (!start || end < 0 || (ongoingSince(sentence, m.index) && !beforeTheWeek(start, published))) return null;
  // "since Odran Vell resigned in March": the happening is the clause "since" opens, without it.
  const from = hasFiniteVerb(since.slice(6)) ? 6 : 0;
  return {
    clause: since.slice(from, end + start.text.length).replace(/[\s.,]+$/, ''),
    date: { ...start, clause: 'main' },
  };
}

/**
 * A plan the news has overtaken, told in the pluperfect of intention: "had hoped to open it in May",
 * "had planned to sell by 2028", "had been due to sail on Friday". What was meant to happen is no
 * happening, past or planned; a later clause after "but", "and", "when" … ("had been due to open in
 * May but opened on Monday") is read on its own.
 */
const OVERTAKEN_PLAN =
  /\bhad\s+(?:originally\s+|once\s+|long\s+|previously\s+)?(?:(?:planned|hoped|intended|aimed|meant|expected)|been\s+(?:originally\s+)?(?:due|scheduled|slated|set|expected|supposed|meant|planned|intended))\s+to\s+(?:(?!\b(?:but|and|before|when|until|after|then|although|though|while|will|is|are|has|have)\b)[^,;])*$/u;

/** True when the date at `dateText` in `text` is that of a plan the news overtook ({@link OVERTAKEN_PLAN}). */
export function overtakenPlan(text: string, dateText: string): boolean {
  const at = text.indexOf(dateText);
  if (at < 0) return false;
  // "A concert planned for Saturday has been cancelled": the day of a plan called off is no happening's.
  const calledOff =
    /\b(?:planned|scheduled|due|set|slated)(?:\s+(?:for|on))?\s+$/u.test(text.slice(0, at)) &&
    CALLED_OFF.test(text.slice(at + dateText.length));
  const before = text.slice(0, at);
  return calledOff || OVERTAKEN_PLAN.test(before) || OVERTAKEN_SLOT.test(before) || PAST_DUE_AFTERTHOUGHT.test(before);
}

/**
 * The pluperfect of a plan without "to": "A vote had been scheduled for March", "The hearing had
 * originally been set for Friday". The slot a plan had is no happening, past or planned.
 */
const OVERTAKEN_SLOT =
  /\bhad\s+(?:originally\s+|once\s+|previously\s+)?been\s+(?:originally\s+|provisionally\s+)?(?:due|scheduled|slated|set|planned|pencill?ed\s+in)\s+(?:for|on|in)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/u;

/**
 * A relative clause in the past that tells what someone was to do: "Harlow, who were due to play
 * the champions on Saturday, …", "the ferry, which was scheduled to sail on Monday, …". Told in the
 * past, the plan is one the news overtook, no happening of its own.
 */
const PAST_DUE_AFTERTHOUGHT =
  /(?:^|,\s+)(?:who|which)\s+(?:was|were)\s+(?:originally\s+)?(?:due|scheduled|slated|supposed)\s+to\s+[^,;.]*$/u;

/** "… has been cancelled", "… was called off": what follows the day of a plan called off. */
const CALLED_OFF =
  /^\s*(?:(?:has|have|had)\s+(?:now\s+)?been|(?:was|were))\s+(?:cancell?ed|called\s+off|scrapped|axed|abandoned)\b/u;

/** A negated clause: "had not been paid", "had never received", "No Varnel side had reached …", "Not one ferry has …". */
export const NEGATED = /\b(?:not|never|no|barely|hardly|scarcely)\b|\b(?:No|Not|Never)\s|n[’']t\b/u;

/**
 * True when a relative clause with "since" keeps up a state: one kept during the news ("where
 * relatives had kept vigil since Monday"), or one in the passive since a bare year ("where the
 * species has been protected since 1994", {@link keptSince}), whenever it began: no happening of its own.
 */
function stateKept(clause: string, date: FoundDate, published: Date): boolean {
  const sinceAt = /\bsince\s/u.exec(clause)?.index;
  return (
    /^(?:where|who|which|whose)\b/u.test(clause) &&
    sinceAt !== undefined &&
    (!beforeTheWeek(date, published) || keptSince(clause.slice(0, sinceAt), clause.slice(sinceAt)))
  );
}

/**
 * A "since …" clause ("since 2019 at hardware stores"); null for another background clause, and
 * "" when the clause it completes is negated ("crews had not had a raise since 2022", "had barely
 * slept since") or a superlative makes it a comparison point ("the biggest drop since January").
 */
function sinceClause(sentence: string, index: number, match: string): string | null {
  if (!/^since\b/u.test(match)) return null;
  const head = sentence.slice(0, index).replace(DATELINE, (d) => ' '.repeat(d.length));
  const start = Math.max(head.lastIndexOf(',') + 1, head.lastIndexOf(';') + 1, 0);
  const clause = head.slice(start);
  // "had barely slept since", and "the biggest drop since January": a comparison point, no happening;
  // A clause of its own after "since" ("the largest since it was created in 2016") still tells a happening.
  // "the state's first increase since 2019": an ordinal counts from the date as a superlative does.
  const comparison =
    (comparisonPoint(clause) || changeMeasured(clause) || changeNamed(head)) && !hasFiniteVerb(match.slice(6));
  return NEGATED.test(clause) || comparison || keptSince(clause, match) ? '' : match.replace(/[\s.]+$/, '');
}

/**
 * A state kept up in the passive perfect, right before "since": "where the species has been
 * protected since 1994", "the model has been built since 2019". The date starts a state told as
 * background, no happening when "since" gives a bare year ("had been in charge since March 2022"
 * is no passive, "has been suspended since Feb. 3" starts on a day, "have been strained since X
 * seized …" names its happening: all still date).
 */
const PASSIVE_KEPT = /\b(?:has|have|had)\s+been\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|en|wn|lt|pt)\s*$/u;

/**
 * A state kept up in the active perfect in a relative clause, its verb one of staying ("X, who has lived
 * on the island since 1998, …", "the mill, which has stood on the square since 1902, …"): background on
 * someone or something named, no happening when "since" gives a bare year. In a main clause it may be
 * the news ("X has lived in Arnholm since 2019" is an answer event of cassovar); "who has fined the
 * firm four times since 2019" is no verb of staying. So is "X, whose family has owned the farm since
 * 1921" and "a bronze horse it has held on loan since 1998", a relative without its pronoun (issue 12ac:
 * a relative "whose" and its noun, a noun and "it" or "they", and "held", "kept", "housed").
 */
const ACTIVE_KEPT =
  /(?:\b(?:who|which|that|where|whose\s+\p{Ll}+)|(?<!\b(?:that|and|but|as|if|when)\s)\b\p{Ll}{3,}\s+(?:it|they))\s+(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:lived|worked|served|stood|remained|stayed|belonged|existed|owned|farmed|taught|resided|held|kept|housed)\b[^,;]*$/u;

/**
 * A noun phrase in apposition before "since", no verb in it ("…, a season-ticket holder since 1989",
 * "…, their home since 1903, …"): a role or a place held, no happening (`HELD_SINCE`). "the first
 * strike since 1998" is a comparison point (`comparisonPoint`); "which has operated the mine since
 * 2004" is a clause and still dates.
 */
const HELD_SINCE = /^\s*(?:a|an|their|his|her|its|our)\s+[^,;]{1,40}$/u;

/**
 * True when `before` ends in a {@link PASSIVE_KEPT} or {@link ACTIVE_KEPT} state, or is a
 * {@link HELD_SINCE} noun phrase, and `since` ("since 1994, …") gives a bare year.
 */
const keptSince = (before: string, since: string) =>
  (PASSIVE_KEPT.test(before) || ACTIVE_KEPT.test(before) || (HELD_SINCE.test(before) && !hasFiniteVerb(before))) &&
  /^since\s+\d{4}\b(?![\s,]+(?:when|after)\b)/u.test(since) &&
  !hasFiniteVerb(since.slice(6, 40));

/**
 * A change measured from the date "since" gives ("fares have risen 19% since 2023", "sales have
 * more than doubled since 2019", "rents climbed by a fifth since"): the date is the base of the
 * measure, no happening. A count of happenings ("has fined it four times since 2019") is not a change.
 */
const CHANGE_MEASURED =
  /\b(?:risen|rose|rises|fallen|fell|falls|grown|grew|(?<!\bbeen\s)(?:lost|shed|gained)|increased|decreased|doubled|tripled|trebled|quadrupled|halved|climbed|dropped|declined|jumped|slumped|surged|soared|slipped|shrunk|shrank|tumbled|plunged)\b(?:\s+\S+){0,6}?\s*$/u;

/**
 * A change named by a noun, measured from the date "since" gives: "a 30 percent rise in cocoa, coffee
 * and pulp prices since 2024", "the increase in fares since January" (a list's commas may stand
 * between the noun and "since").
 */
const CHANGE_NAMED =
  /\b(?:rise|rises|increase|increases|fall|falls|drop|drops|jump|jumps|decline|declines|surge|climb|hike|hikes)\s+(?:in|of)\s+([^;.]{1,80})$/u;

/** True when the words before "since" name a change ({@link CHANGE_NAMED}), no verb of their own after the noun. */
function changeNamed(head: string): boolean {
  const m = CHANGE_NAMED.exec(head.trimEnd());
  return !!m && !hasFiniteVerb(m[1]!);
}

/** True when the clause before "since" measures a change ({@link CHANGE_MEASURED}). */
function changeMeasured(before: string): boolean {
  const m = CHANGE_MEASURED.exec(before);
  // No verb of its own after the change: "prices rose when the plant closed since …" is no measure.
  return !!m && !hasFiniteVerb(m[0].replace(/^\S+\s*/u, ''));
}

/**
 * True when the words before "since" make its date a comparison point: a superlative ("the biggest
 * drop since January") or an ordinal with its noun phrase, no verb between ("the state's first
 * increase since 2019", "the first walkout on the northern lines since 1998").
 */
function comparisonPoint(before: string): boolean {
  const ordinal = /\b(?:first|only)\s+((?:[\p{L}’'-]+\s+){0,9})$/u.exec(before);
  return (
    termsOf(before).some((t) => t.tags.has('Superlative')) ||
    // (the ordinal's own noun may read as a verb: "the first strike on the coast since 1996").
    (!!ordinal && (ordinal[1]!.trim().split(/\s+/u).length <= 4 || !hasFiniteVerb(ordinal[1]!.replace(/^\S+\s*/u, ''))))
  );
}

/** The past date of a background clause, none that a text bears or a comparison point ("the steepest since 2009") gives. */
const pastOwnDate = (clause: string, published: Date) =>
  best(
    notComparedSince(
      clause,
      datesIn(clause, published).filter((d) => !d.future && !d.bound && !d.written),
    ),
  );

/**
 * A relative clause's dates without those a comparison point gives ("who said the fall was the
 * steepest since 2009"): "since" there dates no happening of the clause.
 */
function notComparedSince(clause: string, dates: FoundDate[]): FoundDate[] {
  return dates.filter((d) => {
    const at = clause.indexOf(d.text);
    // The date's text may hold its "since" ("since 1994").
    const since = /^since\s/u.test(d.text)
      ? { index: at }
      : /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/u.exec(clause.slice(0, Math.max(at, 0)));
    if (at < 0 || !since) return true;
    const before = clause.slice(0, since.index);
    return !comparisonPoint(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
  });
}

/** "officers had been going door to door since dawn Tuesday": an activity kept up, told in a progressive. */
const ongoingSince = (sentence: string, index: number) =>
  /\b(?:been|is|are|was|were)\s+\p{Ll}+ing\b[^,;]*$/u.test(sentence.slice(0, index)) ||
  COUNTED_SINCE.test(sentence.slice(0, index));
/**
 * "more than 3,000 people had signed its petition since": a count of support that has grown since, kept up as an
 * activity is (not "40 people have died since Sunday", a happening).
 */
const COUNTED_SINCE =
  /\b\d[\d,.]*\s+(?:[\p{Ll}-]+\s+){1,3}?(?:had|have|has)\s+(?:now\s+|already\s+)?(?:signed|joined|registered|backed|donated|pledged|subscribed|applied|enrolled|downloaded|viewed|watched|visited|shared|responded|contributed|raised)\b[^,;]*$/u;

/** A dateline before the text of an article: "KELMSTAD, April 10 - ", "ORSA, Nov 4 (Harbour Wire) - ", "(Harbour Wire) -- ", "Orsa (Vandria) (HW) - ". */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'-]+(?:,\s*(?:\d{1,2}\s+)?\p{Lu}[\p{L}.]*)*(?:\s+\d{1,2})?(?:\s+\([^()]{1,40}\))?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s+\([^()]{1,40}\)){1,2}|\([^()]{1,40}\))\s+(?:[-–—]|--)\s+/u;

/** The sentence split into its main clause, its reporting clause and its background clauses (blanked in the others). */
export function clauses(text: string): { main: string; reporting: string } {
  const blank = (s: string) => ' '.repeat(s.length);
  // A dateline ("KELMSTAD, April 10 - ") dates the article, not a happening.
  const sentence = text.replace(DATELINE, blank);
  const reporting = REPORTING.exec(sentence);
  if (!reporting || PASSIVE_TOLD_OF.test(reporting[0])) return { main: blankBackground(sentence), reporting: '' };
  const [before, after] = [sentence.slice(0, reporting.index), sentence.slice(reporting.index + reporting[0].length)];
  return {
    main: blankBackground(before + blank(reporting[0]) + after),
    reporting: blank(before) + blankBackground(reporting[0]) + blank(after),
  };
}

/** Where the clause around offset `at` starts and ends: the last clause boundary before it and the next one after it. */
function clauseBounds(text: string, at: number): { start: number; end: number } {
  // "before" and "after" open a clause, not "appear before a committee".
  const boundary =
    /[,;:]\s|\s(?:that|which|who|because|while|when|but|and then)\s|\s(?:after|before)\s(?!(?:a|an|the|his|her|its|their)\s)/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The clause that governs the date at offset `at`: the clause around it or, when that holds no
 * verb ("… is due to decide on the application, the third this year, by May 2"), the clauses
 * before it back to one with a verb.
 */
function localClause(text: string, at: number): string {
  const { start: first, end } = clauseBounds(text, at);
  let start = first;
  // (An infinitive of purpose is no verb of a clause that is only a place and a time: "…, Ivo Roe, in the capital
  // on Friday to ask for help"; "…, weeks after a walkout on Monday to protest the terms" keeps its own verb.)
  const purpose = /^\s*(?:in|at|on|outside|inside|near)\s/u.test(text.slice(first, end));
  const verbless = (clause: string) =>
    !termsOf(purpose ? clause.replace(/\bto\s+\p{Ll}+/gu, 'to') : clause).some((t) => t.tags.has('Verb'));
  for (let n = 0; n < 3 && start > 0 && verbless(text.slice(start, end)); n++)
    start = clauseBounds(text, start - 1).start;
  return text.slice(start, end);
}

/**
 * The local clause of the date at `at` ({@link localClause}), cut where "and" opens a clause of its own in the past
 * perfect or the past after the date: "set out on Saturday morning and had told their mother they would be back"
 * is past; the reported "would" belongs to the second clause (issue 12ae).
 */
function beforePastConjunct(text: string, at: number): string {
  const clause = localClause(text, at);
  const from = Math.max(0, at - text.indexOf(clause));
  const cut = PAST_CONJUNCT.exec(clause.slice(from));
  return cut ? clause.slice(0, from + cut.index) : clause;
}

/**
 * "and" before a past auxiliary or a past verb of telling ("and told their mother they would …", review of 12ae): a
 * coordinated clause of its own in the past.
 */
const PAST_CONJUNCT = /\s+and\s+(?:had|was|were|told|said|promised|assured)\s/u;

/** A span of time counted from something other than the publication date: "three years after a border crisis", "two days later". */
const OFFSET =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some|many)\s+(?:(?:full|whole|short)\s+)?(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|prior|on|into|following|previously|of)\b/i;

/**
 * True when chrono read a date that is anchored on another event of the text rather than on the
 * publication date ("in 2016, three years after a border crisis", "a week before the vote"):
 * only offsets from the publication date ("three years ago", "next month") are trusted.
 */
function anchoredElsewhere(r: chrono.ParsedResult, text: string): boolean {
  if (SPAN_AROUND.test(r.text.trim())) return true;
  if (UNIT_AROUND.test(r.text.trim()) && !/^\s+next\b/iu.test(text.slice(r.index + r.text.length))) return true;
  const around = text.slice(r.index, r.index + r.text.length + 24);
  const m = OFFSET.exec(around);
  return !!m && m.index < r.text.trimEnd().length && !/\b(?:ago|from now)\b/i.test(r.text);
}

/** A count of units of time: "several years", "the past three weeks", "five days". */
const COUNT_OF_TIME =
  /^(?:for\s+|over\s+|during\s+)?(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|many|some|a\s+couple\s+of)\s+(?:(?:full|whole|long)\s+)?(?:days?|weeks?|months?|years?|decades?)$/i;

/**
 * True when chrono read a length of time as a date: "have been degrading for several years",
 * "shut the network for five days", "over the past three weeks", "ended after 11 days". "In three weeks" and "within
 * six weeks" are offsets and bounds, read elsewhere.
 */
function isDuration(text: string, r: Pick<chrono.ParsedResult, 'index' | 'text'>): boolean {
  // "ended after 11 days": how long something lasted, counted from its start, not from the publication.
  const after = /^after\s+(.+)$/i.exec(r.text.trim());
  if (after && COUNT_OF_TIME.test(after[1]!)) return true;
  return (
    COUNT_OF_TIME.test(r.text.trim()) && !/\b(?:in|within)\s+$/i.test(text.slice(Math.max(0, r.index - 8), r.index))
  );
}

/**
 * Words that make a date a bound rather than the time of a happening: "within six weeks", "before
 * next year", "one by one through Tuesday"; "shortly before 11 p.m. Sunday" is the time of a happening.
 */
const BOUND =
  /\b(?:within|(?<!\b(?:shortly|just|soon|right|minutes|moments)\s+)before|until|till|(\w+)\s+by\s+\1\s+through|no later than)\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?$/i;
const isBound = (text: string, r: Pick<chrono.ParsedResult, 'index' | 'text'>) =>
  BOUND.test(text.slice(Math.max(0, r.index - 24), r.index)) ||
  /^(?:within|before|until)\b/i.test(r.text) ||
  // "has spent the past year on bail": a length of time up to now, not a date.
  /\bthe\s+(?:past|last)\s+(?:few\s+)?(?:year|month|week|decade)s?\b/i.test(
    text.slice(Math.max(0, r.index - 4), r.index + r.text.length),
  );

/** Texts whose day of handing over or publication is their own ({@link TEXT_HANDED_OVER}). */
const HANDED_TEXT = String.raw`(?:report|review|audit|study|survey|assessment|evaluation|poll|letter|dossier|memo|forecast|analysis)`;
/** How a text reaches its readers: "delivered", "published", "handed over". */
const HANDED = String.raw`(?:delivered|presented|submitted|handed\s+(?:over|in)|published|released|sent)\s+(?:to\s+(?:the\s+)?[\p{L}’' -]{1,40}?\s+)?`;

/**
 * The day a text was handed over or published: set off after it ("The review, delivered Nov. 16,
 * estimated …", "the audit, submitted on 3 June, found …", "the forecast, published in June, …"),
 * after the text named by "in" ("In a letter delivered to the embassy on Friday, …", "found in a
 * report published on Tuesday that …"), or after who commissioned it ("A review commissioned by the
 * board and published in March 2025 found …"). Such a day is the text's, like "dated", no happening
 * of its own. A text as the subject of the news ("A review published on Monday has found …") keeps it.
 */
const TEXT_HANDED_OVER = [
  // ("A study by the University of X, published in March, …": who wrote it may stand between.)
  new RegExp(String.raw`\b${HANDED_TEXT}[’']?s?(?:\s+by\s+[^,;]{1,60})?,\s+${HANDED}(?:on\s+|in\s+)?$`, 'u'),
  new RegExp(
    String.raw`\b[Ii]n\s+(?:a|an|its|the|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,2}?${HANDED_TEXT}\s+${HANDED}(?:on\s+)?$`,
    'u',
  ),
  new RegExp(
    String.raw`\b${HANDED_TEXT}\s+commissioned\s+by\s+[^,;]{1,40}?\s+and\s+(?:published|released)\s+in\s+$`,
    'u',
  ),
];

/** True when a date after `before` is a text's own day: "dated …" or handed over ({@link TEXT_HANDED_OVER}). */
const textsDay = (before: string) =>
  /\bdated\s+(?:on\s+)?$/iu.test(before) || TEXT_HANDED_OVER.some((re) => re.test(before));

/** Numbers written as words, as counts of units ("three years ago"). */
export const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** "three years ago", "nearly two months ago": a count of units before the publication. */
const AGO =
  /\b(?:(?:nearly|almost|about|around|some|roughly|more than|over)\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?|weeks?|days?)\s+ago\b/giu;

/**
 * "N years ago" counts back from the publication at the precision of its unit (weeks at the
 * month, as "last week"); chrono would read "for six weeks three years ago" as a length of time.
 */
function agoDates(text: string, published: Date): Array<FoundDate & { index: number; end: number }> {
  return [...text.matchAll(AGO)].map((m) => {
    const n = NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    const d = new Date(published);
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
    else d.setUTCDate(d.getUTCDate() - n * (unit === 'week' ? 7 : 1));
    const precision: Precision = unit === 'year' ? 'year' : unit === 'day' ? 'day' : 'month';
    const iso = d.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision]);
    return {
      date: iso,
      precision,
      approximate: true,
      text: m[0],
      future: false,
      index: m.index,
      end: m.index + m[0].length,
    };
  });
}

/** A run of something still to come: "will run", "would continue", "is due to remain in force". */
const PLANNED_RUN =
  /\b(?:will|would|(?:is|are)\s+(?:due|expected|set)\s+to)\s+(?:\p{Ll}+\s+)?(?:run|last|continue|remain|stay|go\s+on)\b/iu;

/**
 * What may be done until a day: "Returns can now be filed until Dec. 15", "Passengers can claim
 * refunds … until Jan. 31". The limit is the planned end of the allowance, dated on its day ("The
 * outage may have lasted until Tuesday" is a guess at the past, no allowance).
 */
const ALLOWED_UNTIL = /\b(?:can|may)\s+(?:now\s+|still\s+)?(?:be\s+)?(?!have\b|been\b)\p{Ll}{3,}\b/u;

/**
 * "said anyone who had bought a ticket could ask for a refund until 31 January": "could" is the "can" of reported
 * speech, a leave that runs until a day ahead (issue 12ae). Not "could have …".
 */
const COULD_UNTIL = /\bcould\s+(?:still\s+)?(?:be\s+)?(?!have\b|been\b)\p{Ll}{3,}\b/u;

/**
 * An offer open until a day: "Refunds will be available until 18 June", "the vouchers will be valid until Friday",
 * "the pool will be open until 3 September" (issue 12al). The end of what is offered lies ahead, dated on its day
 * (not "were available until", nor "will not be available until", which {@link NOT_UNTIL} reads as a start).
 */
const OPEN_UNTIL =
  /\b(?:will|would|(?:is|are)\s+(?:due|expected|set)\s+to)\s+(?:still\s+)?be\s+(?:available|open|valid|on\s+sale|on\s+offer)\b/iu;

/**
 * A leave granted until a day ahead: "said it would allow members into the hall until 31 January", "will let traders
 * use the car park until June" (issue 12aw). Not a past leave ("allowed members in until May").
 */
const LEAVE_UNTIL = /\b(?:will|would)\s+(?:still\s+|continue\s+to\s+)?(?:allow|let|permit)\b/iu;

/**
 * A time given in the active voice, before the day: "gave her until 31 December to sign", "gives tenants until Friday
 * to leave" (issue 12aw; the passive "were given until" is read in {@link deadline}). Only with "to <verb>" after the
 * day, read in {@link timeGivenUntil}: "gave the hospice its takings until March" is a past run.
 */
const GAVE_UNTIL = /\b(?:gave|give|gives)\s+(?:[\p{L}’'-]+\s+){1,3}?until\s+$/u;

/** True for "gave <someone> until <day> to <verb>": a deadline set for what is still to be done (issue 12aw). */
const timeGivenUntil = (text: string, r: chrono.ParsedResult) =>
  GAVE_UNTIL.test(text.slice(Math.max(0, r.index - 50), r.index)) &&
  /^\s+to\s+\p{Ll}+/u.test(text.slice(r.index + r.text.length));

/**
 * A run lengthened until a day, told in the perfect: "The dig has now been extended until 18 June",
 * "the ban has been prolonged until March". The new end lies ahead, dated on its day.
 */
const EXTENDED_UNTIL = /\b(?:has|have)\s+(?:now\s+|again\s+|also\s+)?been\s+(?:extended|prolonged)\b/iu;

/**
 * A plan moved to a new date, told in the perfect or the future: "has been put back to March", "have
 * been postponed to 9 June", "will be moved to Friday". The new date lies ahead ("was postponed to
 * May 2024" is a past telling, left as it reads).
 */
const MOVED_TO =
  /\b(?:has|have|will|would)\s+(?:now\s+|also\s+|again\s+)?(?:be|been)\s+(?:postponed|put\s+back|pushed\s+back|delayed|moved|rescheduled|deferred|brought\s+forward)\s+(?:again\s+|until\s+|till\s+)?(?:to\s+)?(?:the\s+)?$/iu;

/** A remand, bail or adjournment until a court's next date: "remanded in custody until a further hearing on". */
const COURT_UNTIL =
  /\b(?:remanded|bailed|adjourned|released\s+on\s+(?:conditional\s+)?bail)\b[^.;]{0,60}\buntil\s+(?:(?:a|an|the|his|her|their)\s+(?:further|next|new)\s+(?:court\s+)?(?:hearing|appearance|sitting)\s+)?(?:on\s+)?$/iu;

/** "has called a strike … on", "have organised a vigil outside the hall on": a perfect of arranging, its object, then "on". */
const ARRANGED_PERFECT =
  /\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:called|announced|organised|organized|planned|scheduled|arranged)\s+(?:a|an|another|their|its|his|her)\s+(?:(?!(?:who|which|that|after|when|was|were|had)\s)[\p{L}’'-]+\s+){0,6}?(?:on\s+)?$/u;

/**
 * A date named as one set for something to come: "gave a provisional return date of 15 March", "a
 * target date of June 30", "set a reopening date for 4 May": the day lies ahead of the telling.
 */
const DATE_SET_FOR =
  /\b(?:return|reopening|completion|restart|opening|launch|delivery|target|handover|finish)\s+date\s+(?:of|for|as)\s+$/iu;

/**
 * A date whose year is written and lies before the publication: "has been extended to cover events until
 * March 2024", "exams that have been postponed to June 2025". A perfect of lengthening or moving ({@link
 * EXTENDED_UNTIL}, {@link MOVED_TO}) sets no plan on it.
 */
const yearBefore = (r: chrono.ParsedResult) => r.start.isCertain('year') && r.start.date() < r.refDate;

/**
 * "Work is not expected to start until 15 February", "the pool will not reopen until 3 June": the day before which a
 * start, an opening or an end will not come is the day it is planned for, no bound (issue 12aj). Only a verb of
 * starting, opening, returning or ending, and a future or an expectation in the negative ("did not close until" is past),
 * also contracted or written as one word ("cannot reopen until", "isn't expected to start until"; review of 12aj).
 */
const NOT_UNTIL =
  /\b(?:(?:will|would|shall|can)\s+not|cannot|won[’']t|can[’']t|(?:(?:is|are)\s+(?:now\s+|still\s+)?not|(?:isn|aren)[’']t(?:\s+now|\s+still)?)\s+(?:expected|due|scheduled|set|likely|going)\s+to)\s+(?:\p{Ll}+ly\s+)?(?:start|begin|open|reopen|resume|restart|return|arrive|finish|end|close|be\s+(?:completed|finished|ready|open|reopened|restored|repaired))\b(?:\s+[^\s,;.]+){0,6}?\s+until\s+(?:at\s+least\s+)?$/iu;

/**
 * "The committee agreed to install 30 bins by the end of March", "voted to scrap the charge by April": a deadline set
 * by a decision's infinitive lies ahead of the deciding (12ak). Read in the date's clause, right before the date, and
 * not inside quoted words ("We agreed to finish it by March," she said), nor past a finite verb of another clause ("agreed
 * to buy the land and the deal was completed by March": review of 12ak).
 */
const DECIDED_TO_BY =
  /\b(?:agreed|voted|decided|resolved|pledged|promised|vowed|undertook|committed\s+itself)\s+(?:(?:on|last|this)\s+\S+\s+)?to\s+\p{Ll}+\b(?:(?!\b(?:was|were|is|are|has|had|been)\b)[^,;"“”])*\b(?:by|until)\s+(?:the\s+)?$/u;

/** True when `before` ends inside quoted words: an opening mark with no closing one after it. */
const insideOpenQuote = (before: string) => /["“][^"”]*$/u.test(before);

/**
 * True for a deadline of an order: "were ordered to leave the country by Friday", "was told to
 * report by June 3", "must leave by Sunday", "were given until Sunday to leave": what must be
 * done by then is still to come, and it is the date of that happening, not a bound. So is a day
 * something is called or set for ("a meeting for Thursday"), and the day a planned run ends ("will
 * run until 14 February").
 */
function deadline(text: string, r: chrono.ParsedResult): boolean {
  if (DATE_SET_FOR.test(text.slice(Math.max(0, r.index - 30), r.index))) return true;
  if (timeGivenUntil(text, r)) return true;
  if (NOT_UNTIL.test(text.slice(Math.max(0, r.index - 120), r.index))) return true;
  if (MOVED_TO.test(text.slice(Math.max(0, r.index - 60), r.index)) && !yearBefore(r)) return true;
  // "called a meeting for Thursday", "a vote set for March 3": a day something is fixed for lies ahead.
  if (
    /\bfor\s+$/i.test(text.slice(Math.max(0, r.index - 5), r.index)) &&
    (r.start.isCertain('day') || r.start.isCertain('weekday'))
  )
    return true;
  // "Students have called a march through the town on Saturday": a happening a perfect of arranging has
  // set up, dated after its object, lies ahead (a perfect takes no past day of its own).
  if (
    ARRANGED_PERFECT.test(text.slice(Math.max(0, r.index - 90), r.index)) &&
    (r.start.isCertain('day') || r.start.isCertain('weekday'))
  )
    return true;
  // "will run until 14 February", "would continue until Tuesday", "can be filed until Dec. 15": the end of a planned run is its date.
  if (
    /\buntil\s+(?:at\s+least\s+)?$/i.test(text.slice(Math.max(0, r.index - 16), r.index)) &&
    [PLANNED_RUN, ALLOWED_UNTIL, COULD_UNTIL, OPEN_UNTIL, LEAVE_UNTIL, ...(yearBefore(r) ? [] : [EXTENDED_UNTIL])].some(
      (run) => run.test(localClause(text, r.index)),
    )
  )
    return true;
  // "were remanded in custody until a further hearing on 15 December", "adjourned the case until 3 June": a
  // court's next date lies ahead, the date of the hearing to come (not "…until 3 April, when they were granted bail").
  if (
    COURT_UNTIL.test(text.slice(Math.max(0, r.index - 120), r.index)) &&
    !pastAfter(text.slice(r.index + r.text.length))
  )
    return true;
  if (!/\b(?:by|until)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.index - 11), r.index))) return false;
  const decided = text.slice(clauseBounds(text, r.index).start, r.index);
  if (DECIDED_TO_BY.test(decided) && !insideOpenQuote(text.slice(0, r.index))) return true;
  // "has until Dec. 18 to file the appeal": a time allowed, as "were given until", is a deadline.
  return /\b(?:(?:ordered|told|asked|instructed|given|required|directed|urged|summoned)\s+(?:\S+\s+){0,3}?(?:to\s+\p{Ll}+|until)|must|(?:has|have|had)\s+to|(?:has|have)\s+until)\b/iu.test(
    localClause(text, r.index),
  );
}

/**
 * How precise the words of a date are: "three years ago" a year, "two months ago" and "the end
 * of March" a month, a weekday or a day of a month a day.
 */
function precisionOf(r: chrono.ParsedResult, quoted = false): Precision | null {
  if (/^(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?year\b/i.test(r.text)) return 'year';
  if (/^(?:end|start|beginning|middle)\s+of\b/i.test(r.text) && r.start.isCertain('month')) return 'month';
  if (/\byears?\s+ago\b/i.test(r.text)) return 'year';
  if (/\bmonths?\s+ago\b/i.test(r.text)) return 'month';
  // "over the weekend", "this weekend": two days, no one of them; the month, as "last week".
  if (/\bweekend\b/i.test(r.text)) return 'month';
  // "at 06:10 this morning": the day of the publication, as "yesterday" is the day before.
  if (
    r.start.isCertain('day') ||
    r.start.isCertain('weekday') ||
    (!quoted && /\bthis\s+(?:morning|afternoon|evening)\b/i.test(r.text))
  )
    return 'day';
  return r.start.isCertain('month') ? 'month' : r.start.isCertain('year') ? 'year' : null;
}

/**
 * "on Thursday next week", "Tuesday last week", "Friday of next week": a weekday written right before the week names
 * that day of that week, to the day (issue 12aq; before, the week alone gave its month). Only within one date as
 * chrono reads it, so "on Thursday, and … next week" keeps two dates.
 */
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`\b(${WEEKDAY})\s+(?:of\s+)?(?:last|this|next)\s+week\b|\b(?:last|this|next)\s+week,?\s+on\s+(${WEEKDAY})\b`,
  'iu',
);

/**
 * "last week on Tuesday", "last week, on Tuesday": chrono reads the week and the weekday apart, and the weekday alone
 * is the last Tuesday, a week off (review of round 41). The week right before "on <weekday>" ({@link weekThenDay}).
 */
const WEEK_BEFORE_DAY = /\b(?:last|this|next)\s+week,?\s+$/iu;

/** "on <weekday>" at the start of a text ({@link weekThenDay}). */
const ON_WEEKDAY = new RegExp(String.raw`^\s*on\s+${WEEKDAY}\b`, 'iu');

/**
 * The text of a weekday chrono read right after its week ("last week on Tuesday", {@link WEEK_BEFORE_DAY}), from the
 * week on, for {@link weekDate}; `r.text` otherwise.
 */
function weekThenDay(text: string, r: { index: number; text: string }): string {
  const week = ON_WEEKDAY.test(r.text) ? WEEK_BEFORE_DAY.exec(text.slice(0, r.index)) : null;
  return week ? text.slice(week.index, r.index + r.text.length) : r.text;
}

/** True when `r` is a bare week that the weekday right after it tells to the day ({@link weekThenDay} reads both). */
const weekBeforeDay = (text: string, r: { index: number; text: string }) =>
  /^(?:last|this|next)\s+week,?\s*$/iu.test(r.text) && ON_WEEKDAY.test(text.slice(r.index + r.text.length));

/** "last week", "next week" name no day: the month of its Monday, approximately ("this week" is the article's). */
function weekDate(text: string, published: Date): FoundDate | null {
  const week = /\b(last|this|next)\s+week\b/i.exec(text);
  if (!week) return null;
  const shift = { last: -7, this: 0, next: 7 }[week[1]!.toLowerCase() as 'last' | 'this' | 'next'];
  const monday = startOfWeek(addDays(published, shift), { weekStartsOn: 1 });
  const named = WEEKDAY_OF_WEEK.exec(text);
  if (named) {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    return {
      date: format(addDays(monday, days.indexOf((named[1] ?? named[2])!.toLowerCase())), 'yyyy-MM-dd'),
      precision: 'day',
      approximate: false,
      text: text.trim(),
    };
  }
  const day = shift === 0;
  return {
    date: format(monday, day ? 'yyyy-MM-dd' : 'yyyy-MM'),
    precision: day ? 'day' : 'month',
    approximate: true,
    text: text.trim(),
  };
}

/**
 * "the boat had set off on Friday night with an engine the smugglers promised would get them
 * across": a past perfect just before a date sets it in the past, whatever modal follows.
 */
const PAST_PERFECT_BEFORE =
  /\bhad\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t|ne|wn)(?:\s+(?:off|out|up|down|in|away|back))?\s+(?:on|at|in|late|early)?\s*$/u;

/**
 * "filed for insolvency early Monday and said it would …", "was scrapped on Sunday under a deal
 * with X, which will …": the verb the date follows in its clause is past, with no modal before it,
 * so the date is past whatever the clauses after it say.
 */
function pastVerbBefore(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const start = Math.max(
    ...[...head.matchAll(/[,;:]\s|\s(?:and|but|which|who|that)\s/gu)].map((m) => m.index + m[0].length),
    0,
  );
  const terms = termsOf(text).filter((t) => t.start >= start && t.end <= at);
  const verb = terms.findLast((t) => t.tags.has('Verb') && !t.tags.has('Particle'));
  if (!verb || !verb.tags.has('PastTense') || verb.tags.has('Auxiliary')) return false;
  return !terms.some((t) => t.tags.has('Modal') || /^(?:will|would|shall|to|be|is|are|am)$/i.test(t.text));
}

/**
 * "Letters telling them of the change were posted today.", "The lane was reopened today, …": a past passive ("was" or
 * "were" and a participle) right before a bare "today" at the end of a clause tells a deed of the publication day
 * (12ak). Not "are run by volunteers today" (nowadays), "will be posted today", nor inside quoted words; nor an
 * adjective in "-nt", "-id" or "open" ("The mood was different today", "were absent today": review of 12ak).
 */
const PASSIVE_TODAY =
  /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?!(?:open|often|even)\s)(?:\p{Ll}+(?:ed|en|wn|lt|ught)|(?:sp|s|l|b|r)ent|meant|(?:p|l|s)aid)\s+$/u;

/** True when chrono's `r` is a bare "today" after a {@link PASSIVE_TODAY}, outside quoted words. */
function passiveToday(text: string, r: chrono.ParsedResult): boolean {
  const before = text.slice(0, r.index);
  return (
    /^today$/i.test(r.text) &&
    PASSIVE_TODAY.test(before) &&
    /^\s*(?:[.,;!?]|$)/u.test(text.slice(r.index + r.text.length)) &&
    !insideOpenQuote(before)
  );
}

/** Hours, "now", "tonight" and "today" are no date, but "today" after a {@link PASSIVE_TODAY} is. */
const timeOfDayWord = (text: string, r: chrono.ParsedResult) =>
  /\b(?:hours?|minutes?|seconds?|today|now|tonight)\b/i.test(r.text) && !passiveToday(text, r);

/** "canceled its flights for Tuesday" in a Tuesday's article: the day fixed for is that day, not a week on. */
const isToday = (r: chrono.ParsedResult, published: Date) =>
  r.start.isCertain('weekday') && !r.start.isCertain('day') && r.start.date().getUTCDay() === published.getUTCDay();

/**
 * A bare year from 1700 ("painted in 1884") to 2099 that chrono did not read (`found`); before 1900
 * not a count ("by 1800 votes"); a year before a noun ("the 2024 Continental Cup") is attributive.
 */
function bareYears(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  // A bare year from 1700 ("painted in 1884", "In 1971 she became …", "in early 2028", "in autumn 2028") to 2099; before 1900 not a count ("by 1800 votes"); a year
  // before a noun ("the semi-finals of the 2024 Continental Cup") dates that noun, and the clause when nothing else does.
  for (const m of text.matchAll(
    /\b(?:[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|of|[Dd]uring|[Aa]t the|[Ss]ince|([Tt]he|[Aa]|[Aa]n))\s+(?:(?:early|late|mid|spring|summer|autumn|winter)[\s-]+)?((?:1[7-9]|20)\d{2})\b(?![,.]?\d)(?=(\s+\p{L})?)/gu,
  )) {
    const year = m[2]!;
    const count = year < '1900' && /^\s+\p{Ll}+s\b/u.test(text.slice(m.index + m[0].length));
    if (m[1] && !m[3]) continue;
    // "still below their level of 2021", "the peak of 2019": a year after a level is a comparison point, no date
    // (not "returned to pre-pandemic levels in 2024", "hit a record high in 2022": when the level was reached).
    if (/^of\s/u.test(m[0]) && /\b(?:levels?|peaks?|highs?|lows?)\s+$/iu.test(text.slice(0, m.index))) continue;
    if (/^in\s/u.test(m[0]) && UP_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (!count && ![...found, ...out].some((f) => f.text.includes(year)))
      out.push({
        date: year,
        precision: 'year',
        // "in early 2028", "by mid-2027", "in autumn 2028": a part of the year is the year, approximately.
        approximate: /\b(?:early|late|mid|spring|summer|autumn|winter)\b/u.test(m[0]),
        text: m[0],
        future: isFuture(localClause(text, m.index)),
        ...(m[1] ? { attributive: true } : {}),
      });
  }
  return out;
}

/**
 * "before it closes on July 24", "until the scheme ends in March", "once the ship docks on Friday", "when
 * the storm arrives on Saturday": a present tense after "before", "until", "once" or "when" speaks of the
 * future (English puts no "will" there).
 */
function presentOfTime(text: string, at: number): boolean {
  const m = /\b(?:before|until|till|once|when)\s+((?:\p{L}+\s+){1,3}?)(\p{Ll}+s)\s+(?:\p{Ll}+\s+){0,3}?$/u.exec(
    text.slice(Math.max(0, at - 60), at),
  );
  if (!m || /\b(?:was|were|had|did)\b/u.test(m[1]!)) return false;
  const verb = termsOf(m[0]).find((t) => t.text === m[2]);
  return !!verb && verb.tags.has('PresentTense') && !verb.tags.has('Noun');
}

/**
 * "The sale begins Friday", "the resurfacing finishes on Tuesday evening", "the timetable takes effect Monday": a verb
 * in the present simple (compromise's #PresentTense, not a list of verbs), with at most two words of its object
 * between, right before a bare weekday tells a timetable, so the weekday is the coming one (issue 12ay). Not a
 * speech verb ("says Friday"), not a verb in a past clause ("began Friday").
 */
const PRESENT_BEFORE_WEEKDAY = new RegExp(String.raw`\b(\p{Ll}+s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:on\s+)?$`, 'u');
/** A weekday alone, "on" allowed, as chrono writes it: "Friday", "on Tuesday evening" ({@link presentBeforeWeekday}). */
const ON_WEEKDAY_START = new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}\b`, 'u');

function presentBeforeWeekday(text: string, r: chrono.ParsedResult): boolean {
  if (r.start.isCertain('day') || !ON_WEEKDAY_START.test(r.text.trim())) return false;
  const before = text.slice(Math.max(0, r.index - 40), r.index);
  const m = PRESENT_BEFORE_WEEKDAY.exec(before);
  if (!m || /\b(?:says|tells|adds|insists|claims|reports|writes)$/u.test(m[1]!)) return false;
  const at = r.index - before.length + m.index;
  // The clause around the weekday, between stops and commas: compromise tags the whole sentence.
  const from = Math.max(...[',', ';', ':', '.', '!', '?'].map((c) => text.lastIndexOf(c, r.index)));
  const rest = text.slice(r.index).search(/[,;:.!?]/u);
  const to = rest < 0 ? text.length : r.index + rest;
  const terms = termsOf(text).filter((t) => t.start > from && t.start < to);
  const verb = terms.find((t) => t.start === at);
  if (!verb?.tags.has('PresentTense') || ['Noun', 'Plural', 'Copula', 'Auxiliary'].some((t) => verb.tags.has(t)))
    return false;
  // The only verb of its clause: a plural noun compromise reads as a verb ("froze the assets late on Wednesday",
  // "Speaking on the courthouse steps Thursday evening") has another verb beside it.
  return !terms.some((t) => t !== verb && t.tags.has('Verb'));
}

/** A present tense that tells what lies ahead: after "before"/"until" ({@link presentOfTime}) or before a weekday. */
const presentAhead = (text: string, r: chrono.ParsedResult) =>
  presentOfTime(text, r.index) || presentBeforeWeekday(text, r);

/**
 * "would run extra buses, starting Friday", "will close the road, beginning on Monday": a start set
 * off by a comma after a clause about the future lies ahead with it.
 */
function startingFrom(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const m = /,\s+(?:starting|beginning|effective)\s+(?:on\s+|from\s+|in\s+)?$/iu.exec(before);
  return !!m && isFuture(localClause(text, at - before.length + m.index - 1));
}

/**
 * "ordered schools in the coastal districts to close on Monday", "instructed hospitals to cancel surgery
 * on Monday": a day after the infinitive of an order is when the order is to be carried out, ahead.
 */
const ORDERED_TO =
  /\b(?:ordered|instructed|directed|urged|advised)\s+(?:[\p{L}’'-]+\s+){1,6}?to\s+\p{Ll}+\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:on\s+)?$/u;

/** "advised drivers to avoid the bypass on Wednesday after a lorry overturned": a past clause after the day dates the order, not its carrying out. */
function pastAfter(rest: string): boolean {
  const m = /^\s*,?\s*(?:as|after|when|because|while)\s+([^,;.]*)/u.exec(rest);
  return !!m && termsOf(m[1]!).some((t) => t.tags.has('PastTense'));
}

/**
 * "A consultation … closes on 24 July", "the exhibition opens in March", "the warning runs from 18:00 on
 * Saturday": a verb of a schedule in the present just before its date speaks of what is set to come.
 */
function scheduled(text: string, r: Pick<chrono.ParsedResult, 'index' | 'text'>): boolean {
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  const preposition = /^(?:on|in|at|from)\s/i.test(r.text) ? '' : '(?:on|in|at|from)\\s+';
  // ("Hale's 88 runs on Friday": runs counted are no schedule.)
  // "closes its labour ward on 31 January", "takes effect at 00:01 on Saturday": up to five words of an
  // object or a time of day may stand between the verb and its date.
  return new RegExp(
    String.raw`\b(?:opens|closes|starts|begins|ends|expires|resumes|reopens|lapses|(?<!(?:\d|\b(?:the|his|her|their|its|of|more))\s)runs|takes\s+effect|comes\s+into\s+(?:force|effect))\s+(?:[\p{L}\p{N}:.’'-]+\s+){0,5}?${preposition}$`,
    'u',
  ).test(before);
}

/**
 * "The union has called a rally … on 9 December", "a motion for the council's meeting on 3
 * December" in a November article: a day and month with no year, later in the year than the
 * publication, in a clause with no simple past before it, is the one to come, not last year's.
 */
function comingDay(text: string, r: chrono.ParsedResult, published: Date): boolean {
  if (!r.start.isCertain('day') || !r.start.isCertain('month') || r.start.isCertain('year')) return false;
  if (r.start.date() <= published) return false;
  // "on Nov 28 last year": the year named after the day.
  if (/^,?\s+(?:last|next|this)\s+year\b/iu.test(text.slice(r.index + r.text.length))) return false;
  const { start } = clauseBounds(text, r.index);
  const head = text.slice(start, r.index);
  if (/\b(?:was|were|had|did)\b/iu.test(head)) return false;
  const terms = termsOf(text).filter((t) => t.start >= start && t.end <= r.index);
  if (!terms.some((t) => t.tags.has('Verb')) && pastPredicate(text.slice(r.index + r.text.length))) return false;
  return !terms.some(
    (t, i) =>
      t.tags.has('Verb') &&
      t.tags.has('PastTense') &&
      !t.tags.has('Auxiliary') &&
      !/^(?:has|have|is|are|be|been)$/i.test(terms[i - 1]?.text ?? ''),
  );
}

/**
 * "The explosion on 14 March tore through the mine": a date in the subject, before any verb of
 * its clause, whose first verb after it is a simple past ("tore", "was"), dates a thing past.
 */
function pastPredicate(rest: string): boolean {
  const verb = termsOf(rest.split(/[;:.!?]/u)[0]!).find((t) => t.tags.has('Verb'));
  return !!verb && verb.tags.has('PastTense') && !/^(?:had|would|could|should|might)$/i.test(verb.text);
}

/**
 * "The law will be reviewed in two years", "in five years' time": a count of years ahead is a horizon,
 * no day nor year a plan is set for ("will be reviewed in 2028", "in two weeks" still date).
 */
const YEARS_AHEAD =
  /^in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+years?(?:['’]\s+time)?$/i;

/**
 * "1,140 member choirs, up from 860 in 2019": the year a figure is compared with is the base of the
 * measure, no happening (issue 12ac). "down from 7.02 million at the previous count in 2015" names a
 * count that happened (`measuredAt` in happenings.ts) and keeps its year (used in `bareYears` and, for
 * "up from $140,000 last year", in `lengthOrComparison`).
 */
const UP_FROM_BEFORE =
  /\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[$€£]?\d[\d,.]*(?:\s+(?!(?:at|when|after|before|during)\b)\p{Ll}+){0,3}\s+$/u;

/**
 * "has cut leakage by 9% in three years": outside a clause about the future, "in <count>" is a
 * length of time; "against 78% at the same point last year" is a comparison point. Neither dates a happening.
 */
function lengthOrComparison(text: string, r: chrono.ParsedResult, future: boolean): boolean {
  if (!future && /^in\s/i.test(r.text.trim()) && COUNT_OF_TIME.test(r.text.trim().replace(/^in\s+/i, ''))) return true;
  if (future && YEARS_AHEAD.test(r.text.trim())) return true;
  if (monthOfKind(text, r) || everyWeek(text, r)) return true;
  if (/^(?:last|in)\s/iu.test(r.text.trim()) && UP_FROM_BEFORE.test(text.slice(Math.max(0, r.index - 50), r.index)))
    return true;
  return /\bthe\s+same\s+(?:point|time|stage|period|week|month|day)\s+$/i.test(
    text.slice(Math.max(0, r.index - 30), r.index),
  );
}

/**
 * "have stayed above their October average", "the March level", "its January peak": a month
 * before a measure names the measure's period, no date of a happening.
 */
const MONTH_MEASURE = new RegExp(
  String.raw`^${MONTH}\s+(?:average|averages|level|levels|high|low|peak|figures?|total|record|mean)\b`,
  'u',
);

/** A {@link MONTH_MEASURE} after a determiner or a possessive ("their October average"), not after "in" ("In March record numbers crossed"). */
const monthMeasure = (text: string, index: number) =>
  MONTH_MEASURE.test(text.slice(index)) &&
  /\b(?:the|its|their|his|her|our|your|this|that|a|an|\p{L}+['’]s|\p{L}+s['’])\s+$/iu.test(
    text.slice(Math.max(0, index - 20), index),
  );

/**
 * An appeal's witness: "appealed for anyone who was near the depot on Sunday to come forward", "urged
 * drivers who passed the bridge between Friday and Monday to contact them". The day is when the
 * people sought were there, no date of the appeal nor a happening of its own. The people are the object of
 * the appeal: "Thousands of people who marched on Sunday called on the president to call elections" is news.
 */
const WITNESS_SOUGHT =
  /\b(?:appeal\p{Ll}*\s+(?:for|to)|urg\p{Ll}+|ask\p{Ll}*|encourag\p{Ll}+|invit\p{Ll}+|hear\s+from)\s+(?:\p{Ll}+\s+){0,2}?(?:anyone|anybody|witnesses|people|those|drivers|motorists|residents)\s+(?:who|that)\s[^.;"“”]*$/u;
const TO_COME_FORWARD = /^[^.;"“”]*?\bto\s+(?:come\s+forward|contact|get\s+in\s+touch|call)\b/u;

/** A first plan set off by commas: ", originally planned to start in July,", ", first due in May,". */
const FIRST_PLAN_ASIDE =
  /,\s+(?:originally|first|initially)\s+(?:planned|due|scheduled|slated|expected|set)\b[^,;.]*$/u;

/**
 * True when the date `r` of `text` lies in a first plan set off by commas before the news of its change
 * ("The work, originally planned to start in July, has been put back to September"): no date of the sentence.
 */
function firstPlanAside(text: string, r: chrono.ParsedResult): boolean {
  const after = text.slice(r.index + r.text.length);
  return (
    FIRST_PLAN_ASIDE.test(text.slice(Math.max(0, r.index - 80), r.index)) &&
    (/,\s*$/u.test(r.text) || /^[^,;.]*,/u.test(after))
  );
}

/**
 * True when the date `r` of `text` qualifies a noun ({@link weekdayModifier}, {@link MONTH_MEASURE}) or
 * lies in an aside that dates nothing of the sentence ({@link soughtWitness}, {@link firstPlanAside}), or is a weekday
 * counted in a year or a month ({@link ordinalWeekdayOf}).
 */
function qualifiesOrAside(text: string, r: chrono.ParsedResult): boolean {
  return (
    weekdayModifier(text, r) ||
    monthMeasure(text, r.index) ||
    soughtWitness(text, r) ||
    firstPlanAside(text, r) ||
    ordinalWeekdayOf(text, r)
  );
}

/** True when the date `r` of `text` lies in the relative clause of the people an appeal seeks ({@link WITNESS_SOUGHT}). */
function soughtWitness(text: string, r: chrono.ParsedResult): boolean {
  return (
    WITNESS_SOUGHT.test(text.slice(Math.max(0, r.index - 160), r.index)) &&
    TO_COME_FORWARD.test(text.slice(r.index + r.text.length))
  );
}

/**
 * "cut Saturday letter deliveries", "its Sunday timetable", "the Friday market": a weekday before
 * the noun it qualifies says which kind, not when: no date. A weekday before a time of day
 * ("Saturday night"), a clause ("said Tuesday officials were …": one noun and a verb), or after a
 * preposition ("on Saturday") is a date.
 */
function weekdayModifier(text: string, r: chrono.ParsedResult): boolean {
  if (!/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/u.test(r.text.trim()))
    return false;
  const before = text.slice(Math.max(0, r.index - 12), r.index);
  // The words after it, tagged in their phrase ("book club": nouns there, though "book" alone reads as a verb).
  const phrase = r.text.trim();
  const [w1, w2] = termsOf(text.slice(r.index, r.index + phrase.length + 40)).filter((t) => t.start >= phrase.length);
  const noun = (t: Term | undefined) =>
    !!t &&
    /^\p{Ll}+$/u.test(t.text) &&
    !/^(?:morning|afternoon|evening|night|midday|noon|lunchtime|overnight)$/u.test(t.text) &&
    t.tags.has('Noun') &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Verb') &&
    !t.tags.has('Preposition');
  if (!noun(w1)) return false;
  // ("said Monday government forces had …": after a speech verb the weekday dates the saying).
  if (/\b(?:said|says|told|announced|reported|confirmed|added|stated|warned)\s+$/u.test(before)) return false;
  // "The Friday attack killed 12 people", "On the Saturday night police were called": a one-off happening, or "the"
  // after a preposition, is a day, not a kind.
  if (
    (ONE_OFF.test(w1!.text) && /\bthe\s+$/iu.test(before) && !noun(w2)) ||
    /\b(?:on|by|until|over|from|during)\s+the\s+$/iu.test(text.slice(Math.max(0, r.index - 20), r.index))
  )
    return false;
  return /\b(?:the|a|an|its|their|his|her|our|no|every)\s+$/iu.test(before) || noun(w2);
}

/**
 * A noun of a one-off happening after a weekday: "the Friday attack", "the Sunday blast" (not "its Sunday bus
 * service"). (Not "the Tuesday vote": a day ahead that the tense would read as past.)
 */
const ONE_OFF =
  /^(?:attacks?|bombing|blast|explosion|crash|collision|derailment|raid|fire|storm|earthquake|quake|killings?|stabbing|ambush|landslide)$/u;

/**
 * The text as chrono should read it: "on census night, 14 October 2025" without the time of day set
 * off before a full date (chrono would join them), "by mid-morning on Friday" as Friday, and no sums
 * of money or measures ("for £6.8m after …").
 */
function forChrono(text: string): string {
  // "on census night, 14 October 2025": a time of day set off before a full date is no part of it (chrono would join them).
  // So is "on the morning of 2 January 2025" (chrono would read the morning as today's).
  // And "by mid-morning on Friday" is Friday (chrono reads the time of day and loses the weekday).
  return (
    text
      .replace(
        /\b(?:morning|afternoon|evening|night)(?:,|\s+of)?(?=\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b))/gu,
        (w) => ' '.repeat(w.length),
      )
      .replace(MID_DAY_ON, (w) => ' '.repeat(w.length))
      .replace(AMOUNT, (w) => ' '.repeat(w.length))
      .replace(FROM_DAY_MONTH, (w) => ' '.repeat(w.length))
      // "dated 3 November" before a blanked clause: chrono reads a month followed by a run of spaces as the
      // month alone, losing its day; a run of blanks is no space to chrono, but keeps every offset.
      .replace(/ {2,}/gu, (w) => ' ' + '\u00b7'.repeat(w.length - 1))
  );
}

/**
 * "from 1 January", "from 1 July to 3 August": chrono reads a day number right after "from" as an hour and loses the
 * day (the month alone, or a wrong day), so the "from" is blanked for it (issue 12aq; `startingFrom` still reads it in
 * the text). Only before a day number and a month name.
 */
const FROM_DAY_MONTH = new RegExp(String.raw`\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_ABBR}\p{L}*\b)`, 'giu');

/** A sum or a measure ("£6.8m", "$4bn", "400m"): no time of day, though chrono may read "6.8m after" as one. */
const AMOUNT = /[£$€¥]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?|\b\d+(?:\.\d+)?(?:m|bn|km)\b/gu;

/** "in the weeks before the blast", "the months after the flood": a span around another happening, no date. */
const SPAN_AROUND = /^(?:in\s+)?the\s+(?:days|weeks|months|years)\s+(?:before|after)\b/i;

/**
 * "a rise in accidents in the week after it", "the month before the vote": one unit around another
 * happening, no date (`UNIT_AROUND`); "the week after next" still lies ahead of the publication.
 */
const UNIT_AROUND = /^(?:in\s+)?the\s+(?:week|month|year)\s+(?:before|after)$/iu;

/**
 * "was charged the next day": a day after one told before, no tomorrow of the publication as chrono
 * reads it (dayBefore in happenings.ts dates it from the last day given).
 */
const theNextDay = (text: string, r: chrono.ParsedResult) =>
  /^next\s+day$/iu.test(r.text.trim()) && /\bthe\s+$/iu.test(text.slice(Math.max(0, r.index - 4), r.index));

/**
 * "after a warm November left the slopes bare", "a wet March": a month after "a" and an adjective is a
 * kind of month, its weather or mood, no date of a happening (issue 12ac). "in November", "last
 * November" still date.
 */
/** A month alone or with a part of the day ("June morning"), as the whole of a date's text ({@link monthOfKind}). */
const MONTH_OF_KIND = new RegExp(String.raw`^${MONTH}(?:\s+(?:morning|afternoon|evening|night|day))?$`, 'u');
const monthOfKind = (text: string, r: chrono.ParsedResult) =>
  MONTH_OF_KIND.test(r.text.trim()) &&
  /\b(?:a|an)\s+\p{Ll}{3,}\s+$/u.test(text.slice(Math.max(0, r.index - 30), r.index));

/**
 * "on Friday and Saturday nights", "on Sunday mornings": a weekday with a part of the day in the plural
 * comes round every week, no date (issue 12ac). "on Friday night" is still one night.
 */
const EVERY_WEEK_AFTER = new RegExp(
  String.raw`^(?:\s+(?:and|or)\s+${WEEKDAY})?\s+(?:nights|mornings|afternoons|evenings)\b`,
  'u',
);
const everyWeek = (text: string, r: chrono.ParsedResult) =>
  new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}$`, 'u').test(r.text.trim()) &&
  EVERY_WEEK_AFTER.test(text.slice(r.index + r.text.trimEnd().length));

/**
 * After a holiday's name ({@link FIXED_HOLIDAY}, {@link MOVEABLE_HOLIDAY}): the end of the word, and no possessive,
 * year ("2019", ", in 2019") or "last/next/this/each/every" after it.
 */
const HOLIDAY_GUARD = String.raw`\b(?![’']s\b|,?\s+(?:(?:in|of)\s+)?\d{4}\b|\s+(?:last|next|this|each|every)\b)`;

/**
 * "on Christmas Day", "on New Year's Eve", "on Boxing Day": a holiday of a fixed day of the year, which chrono
 * does not read (issue 12af); month and day of each. "every Christmas Day" (no "on" right before), "the
 * Christmas Day swim", "on Christmas Day 2019" or "in 2019" (a year after it) and "on Christmas Eve each year"
 * are left alone.
 */
const FIXED_HOLIDAY = new RegExp(
  String.raw`\bon\s+(Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year[’']s\s+(?:Day|Eve)|Hogmanay|Halloween|(?:St\.?\s+)?Valentine[’']s\s+Day|(?:Bonfire|Guy\s+Fawkes)\s+Night)${HOLIDAY_GUARD}`,
  'gu',
);
/** The month and day of each holiday {@link FIXED_HOLIDAY} names. */
const HOLIDAY_DAY: Array<[RegExp, number, number]> = [
  [/^Christmas\s+Day$/u, 12, 25],
  [/^Christmas\s+Eve$/u, 12, 24],
  [/^Boxing\s+Day$/u, 12, 26],
  [/^New\s+Year[’']s\s+Day$/u, 1, 1],
  [/^(?:New\s+Year[’']s\s+Eve|Hogmanay)$/u, 12, 31],
  [/^Halloween$/u, 10, 31],
  [/^(?:St\.?\s+)?Valentine[’']s\s+Day$/u, 2, 14],
  [/^(?:Bonfire|Guy\s+Fawkes)\s+Night$/u, 11, 5],
];

/**
 * "Its last public ride was on Labor Day", "will serve free meals on Thanksgiving" (issue 12au): a holiday set on a
 * weekday of a month (the United States' federal days and Father's Day), which chrono does not read either. The same
 * guards as {@link FIXED_HOLIDAY}: "on" right before, no year, possessive or "last/next/each/every" after.
 */
const MOVEABLE_HOLIDAY = new RegExp(
  String.raw`\bon\s+(Labor\s+Day|Memorial\s+Day|Thanksgiving(?:\s+Day)?|Presidents[’']?\s+Day|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Columbus\s+Day|Father[’']s\s+Day)${HOLIDAY_GUARD}`,
  'gu',
);
/** Month, weekday (0 Sunday) and which one of the month (-1 the last) of each holiday {@link MOVEABLE_HOLIDAY} names. */
const MOVEABLE_DAY: Array<[RegExp, number, number, number]> = [
  [/^Labor\s+Day$/u, 9, 1, 1],
  [/^Memorial\s+Day$/u, 5, 1, -1],
  [/^Thanksgiving/u, 11, 4, 4],
  [/^Presidents/u, 2, 1, 3],
  [/^(?:Martin|MLK)/u, 1, 1, 3],
  [/^Columbus/u, 10, 1, 2],
  [/^Father/u, 6, 0, 3],
];

/** The month and day of the holiday `name` in `year` ({@link HOLIDAY_DAY}, {@link MOVEABLE_DAY}), or null. */
function holidayIn(name: string, year: number): [number, number] | null {
  const fixed = HOLIDAY_DAY.find(([p]) => p.test(name));
  if (fixed) return [fixed[1], fixed[2]];
  const moveable = MOVEABLE_DAY.find(([p]) => p.test(name));
  if (!moveable) return null;
  const [, month, weekday, nth] = moveable;
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return [month, 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1)];
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return [month, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7)];
}

/**
 * A past verb in the clause of a holiday ("was burgled on Boxing Day", "a fire broke out on Bonfire Night");
 * without one ("plans a display on New Year's Eve") the coming holiday is meant.
 */
const HOLIDAY_PAST = /\b(?:was|were|had|did)\b|\b\p{Ll}{3,}ed\b/u;

/** {@link HOLIDAY_PAST} or a past of its own spelling (compromise's tag: "broke", "met", "went"). */
const holidayPast = (clause: string) =>
  HOLIDAY_PAST.test(clause) || termsOf(clause).some((t) => t.tags.has('PastTense') && !t.tags.has('Participle'));

/** "has agreed to open the shelter on Christmas Day": a past decision of a plan still to come. */
const HOLIDAY_PLAN = /\b(?:agreed|decided|voted|promised|pledged|vowed|planned|announced\s+plans)\s+to\s+\p{Ll}+/u;

/** The days named by {@link FIXED_HOLIDAY} in `text`: the coming one when its clause speaks of the future or has no past verb, else the last one. */
function holidayDates(text: string, published: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of [...text.matchAll(FIXED_HOLIDAY), ...text.matchAll(MOVEABLE_HOLIDAY)]) {
    const name = m[1]!;
    const pubYear = published.getUTCFullYear();
    const [month, dayThisYear] = holidayIn(name, pubYear) ?? [];
    if (!month || !dayThisYear) continue;
    const clause = beforePastConjunct(text, m.index);
    const future = isFuture(clause) || HOLIDAY_PLAN.test(clause) || !holidayPast(clause);
    const thisYear = Date.UTC(pubYear, month - 1, dayThisYear);
    const today = Date.UTC(pubYear, published.getUTCMonth(), published.getUTCDate());
    const year = pubYear + (future ? (thisYear < today ? 1 : 0) : thisYear > today ? -1 : 0);
    // A moveable holiday falls on another day in another year.
    const day = holidayIn(name, year)?.[1] ?? dayThisYear;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const at = m.index + m[0].length - name.length;
    found.push({
      date,
      precision: 'day',
      approximate: false,
      text: name,
      future,
      bound: isBound(text, { index: at, text: name }),
    });
  }
  return found;
}

/**
 * "The kiosk must shut from 1 January", "has to stop the night crossings on 1 March" (issue 12as): what "must" or
 * "has to" binds one to do from or on a date lies ahead. Not "had to" (past), nor "must have closed" (a guess about
 * the past); up to four words of an object between the verb and "from"/"on".
 */
const OBLIGED_FROM =
  /\b(?:must|(?:has|have)\s+to)\s+(?:\p{Ll}+ly\s+)?(?!have\b|been\b)\p{Ll}+(?:\s+[\p{L}’'-]+){0,4}?\s+(?:from|on)\s+$/u;

/**
 * True when `r` is {@link scheduled}, or when {@link OBLIGED_FROM} ends right before `r` or before the "on"/"from"
 * that `r` starts with.
 */
const scheduledOrObliged = (text: string, r: Pick<chrono.ParsedResult, 'index' | 'text'>) =>
  scheduled(text, r) ||
  OBLIGED_FROM.test(text.slice(Math.max(0, r.index - 80), r.index) + (/^(?:on|from)\s+/iu.exec(r.text)?.[0] ?? ''));

/**
 * "a review of the October incident", "an inquiry into the March flooding", "its March meeting" (issue 12au): a month
 * name alone after a determiner and before a lower-case noun names which one of the noun, as "Friday's storm" does, so
 * it dates the sentence only when nothing else does. Not a month before a function word ("in the March and April
 * storms" keeps "March and"), nor "last/this/next March" (no determiner of a noun).
 */
const MONTH_MODIFIER = new RegExp(
  String.raw`^(?:the|its|their|his|her|our|a|an)\s+${MONTH}\s+(?!(?:and|or|to|of|until|till|through|in|on|at|for|from|when|after|before|was|were|is|are|had|has|will|would|last|this|next|each|every)\b)\p{Ll}{3,}\b`,
  'u',
);
/** A bare month, the whole of a date's text ({@link monthModifier}). */
const BARE_MONTH = new RegExp(`^${MONTH}$`, 'u');

/** True when `r` is a bare month that modifies the noun after it ({@link MONTH_MODIFIER}). */
function monthModifier(text: string, r: Pick<chrono.ParsedResult, 'index' | 'text'>): boolean {
  if (!BARE_MONTH.test(r.text.trim())) return false;
  const det = /\b(?:the|its|their|his|her|our|a|an)\s+$/iu.exec(text.slice(Math.max(0, r.index - 8), r.index));
  return !!det && MONTH_MODIFIER.test(`${det[0].toLowerCase()}${text.slice(r.index)}`);
}

/**
 * A plan or a leave told before a day: "planned a farewell dinner … on", "had booked the hall for", "had accepted a
 * slot at the chapel on", "can collect their money … on" (up to 60 characters of its object between). Not a participle
 * after a determiner, an adjective of a past deed ("The scheduled ferry crashed on 20 June", "An organised gang stole
 * … on 3 August", review of round 43).
 */
const LATER_THIS_YEAR =
  /(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s)\b(?:planned|booked|arranged|scheduled|organi[sz]ed|accepted\s+(?:a|an|the)\s+(?:slot|date|booking|place|time)|can|may)\b[^,;.]{0,60}$/u;

/** The day of an instant, "2026-06-20": days are compared, not instants ({@link laterThisYear}, {@link direct}). */
const isoDay = (x: Date) => x.toISOString().slice(0, 10);

/**
 * ", last year", " next year", " this year" right after a date: the year named after a day or a month ("on Nov 28 last
 * year", "in March last year"), the word in group 1. One pattern, read by {@link laterThisYear} (with the flag `u`, as
 * it always was) and {@link direct}.
 */
const YEAR_NAMED_AFTER = String.raw`^,?\s+(last|next|this)\s+year\b`;
const YEAR_AFTER_DAY = new RegExp(YEAR_NAMED_AFTER, 'iu');
const YEAR_AFTER_MONTH = new RegExp(YEAR_NAMED_AFTER, 'i');

/**
 * "said they planned a farewell dinner on 20 June", "had accepted a slot at the chapel on 22 May" (issue 12au): a day
 * and month written with no year, after a plan or a leave ({@link LATER_THIS_YEAR}), that falls after the publication
 * in its year lies ahead, whatever the tense of the telling; before, a past verb sent it back a year. A plain past
 * ("was fined on 2 June") keeps the last one. Not when a year is written in the sentence before it ("In 2019 …") or
 * named after it ("on 28 November last year"), nor for a month alone, nor for a day that chrono reads in the next year.
 */
function laterThisYear(text: string, r: chrono.ParsedResult, published: Date): boolean {
  if (!r.start.isCertain('day') || !r.start.isCertain('month') || r.start.isCertain('year')) return false;
  if (!LATER_THIS_YEAR.test(text.slice(clauseBounds(text, r.index).start, r.index))) return false;
  if (/\b(?:1[6-9]|20)\d{2}\b/u.test(text.slice(0, r.index))) return false;
  // "on Nov 28 last year": the year named after the day ({@link direct}).
  if (YEAR_AFTER_DAY.test(text.slice(r.index + r.text.length))) return false;
  const d = r.start.date();
  return d.getUTCFullYear() === published.getUTCFullYear() && isoDay(d) > isoDay(published);
}

/** A date ahead by its own words: a deadline (not today), a coming day ({@link comingDay}), or {@link laterThisYear}. */
const dayAhead = (text: string, r: chrono.ParsedResult, published: Date) =>
  (!isToday(r, published) && deadline(text, r)) || comingDay(text, r, published) || laterThisYear(text, r, published);

/** Every date expression chrono (and the bare-year, "ago" and week rules) reads in `text`. */
function datesIn(text: string, published: Date): FoundDate[] {
  const counted = agoDates(text, published);
  const found: FoundDate[] = counted.map(({ index: _i, end: _e, ...d }) => d);
  const parsed = forChrono(text);
  for (const r of chrono.parse(parsed, { instant: published, timezone: 0 })) {
    // "sat in the public gallery", "the sun": a weekday is written whole or capitalised, never "sat" or "sun".
    if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/u.test(r.text.trim()) || theNextDay(text, r)) continue;
    if (weekBeforeDay(text, r) || counted.some((a) => r.index < a.end && a.index < r.index + r.text.length)) continue;
    const ahead =
      (isFuture(beforePastConjunct(text, r.index)) ||
        startingFrom(text, r.index) ||
        presentAhead(text, r) ||
        scheduledOrObliged(text, r) ||
        (ORDERED_TO.test(text.slice(Math.max(0, r.index - 90), r.index)) &&
          !pastAfter(text.slice(r.index + r.text.length)))) &&
      !PAST_PERFECT_BEFORE.test(text.slice(0, r.index)) &&
      !pastVerbBefore(text, r.index);
    // "early next week", "next month": a time after the publication lies ahead, whatever the verb.
    const next = /\bnext\s+(?:week|month|year)\b/i.test(r.text);
    const future = ahead || next || dayAhead(text, r, published) || sequelAhead(text, r, found, published);
    if (timeOfDayWord(text, r) || anchoredElsewhere(r, text)) continue;
    // "a single weekend", "every week": a length of time, not a date.
    if (/\b(?:a|an|single|every|each|per|one)\s+$/i.test(text.slice(Math.max(0, r.index - 8), r.index))) continue;
    if (isDuration(text, r)) continue;
    if (lengthOrComparison(text, r, future)) continue;
    if (qualifiesOrAside(text, r)) continue;
    const bound = isBound(text, r) && !deadline(text, r);
    const week = weekDate(weekThenDay(text, r), published);
    if (week) {
      found.push({ ...week, bound, future });
      continue;
    }
    // ""I've waited years for this afternoon," she said": inside quoted words "this afternoon" is no date of the article's.
    const precision = precisionOf(r, (text.slice(0, r.index).match(/["“”]/gu)?.length ?? 0) % 2 === 1);
    if (!precision) continue;
    const d = thatMonth(r, text) ?? whenOfYear(r, text) ?? direct(r, text, published, future);
    const iso = format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), 'yyyy-MM-dd');
    const approximate = /\b(?:ago|about|around|early|late|mid)\b/i.test(r.text);
    const attributive = /^[’']s\b/u.test(text.slice(r.index + r.text.length)) || monthModifier(text, r);
    // "the winner of this year's congress": which one of a yearly thing, no date.
    if (attributive && /^this\s+year$/i.test(r.text)) continue;
    const written = textsDay(text.slice(0, r.index));
    found.push({
      ...(attributive ? { attributive } : {}),
      ...(written ? { written } : {}),
      date: iso.slice(0, { day: 10, month: 7, year: 4 }[precision]),
      precision,
      approximate,
      bound,
      text: r.text.trim(),
      future,
    });
  }
  // "by the end of the year": the year of the publication (chrono reads no date there).
  for (const m of text.matchAll(/\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+year\b/gi))
    found.push({
      date: String(published.getUTCFullYear()),
      precision: 'year',
      approximate: true,
      text: m[0],
      future: isFuture(localClause(text, m.index)),
      bound: isBound(text, { index: m.index, text: m[0] }),
    });
  found.push(...bareYears(text, found), ...holidayDates(text, published));
  return found;
}

/**
 * "held on the first Sunday of the year", "on the last Saturday of July": a weekday counted within a year or a month is a
 * rule of the calendar, no day; chrono reads the bare weekday, the last one before the article (issue 12ba).
 */
function ordinalWeekdayOf(text: string, r: chrono.ParsedResult): boolean {
  if (r.start.isCertain('day') || !r.start.isCertain('weekday')) return false;
  const before = text.slice(Math.max(0, r.index - 30), r.index + r.text.length);
  const rest = text.slice(r.index + r.text.length);
  return ORDINAL_WEEKDAY.test(before.trimEnd()) && OF_YEAR_OR_MONTH.test(rest);
}

/** "the first Sunday", "the last Saturday" ending the text before ({@link ordinalWeekdayOf}). */
const ORDINAL_WEEKDAY = new RegExp(String.raw`\bthe\s+(?:first|second|third|fourth|last)\s+${WEEKDAY}$`, 'u');
/** " of the year", " of every month", " of July" after it ({@link ordinalWeekdayOf}). */
const OF_YEAR_OR_MONTH = new RegExp(String.raw`^\s+of\s+(?:the\s+(?:year|month)\b|every\s+|each\s+|${MONTH}\b)`, 'u');

/**
 * "Samples were taken yesterday, with results expected on Monday", "The lift was shut on Wednesday pending a check on
 * Monday": a trailing absolute phrase (", with", a noun phrase and a verb or adjective after it, read from compromise's
 * tags) or a "pending" phrase tells what follows the main clause, so its bare weekday cannot lie before the day of the
 * clause (`found`, the dates read before it); a "pending" phrase awaits its happening, the coming one (issue 12ba).
 */
const SEQUEL_PHRASE = /(?:,\s+(with)|\b(pending))\s+((?:[\p{L}’'-]+\s+){1,5}?)(?:(?:on|by|for)\s+)?$/u;

function sequelAhead(text: string, r: chrono.ParsedResult, found: FoundDate[], published: Date): boolean {
  if (r.start.isCertain('day') || !r.start.isCertain('weekday')) return false;
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  const m = SEQUEL_PHRASE.exec(before);
  if (!m) return false;
  if (m[2]) return true;
  const at = r.index - before.length + m.index + m[0].length - m[3]!.length;
  const words = termsOf(text).filter((t) => t.start >= at && t.end <= r.index);
  const last = words.filter((t) => !t.tags.has('Preposition')).at(-1);
  if (!words[0]?.tags.has('Noun') && !words[0]?.tags.has('Determiner')) return false;
  if (!last || last === words[0] || !(last.tags.has('Verb') || last.tags.has('Adjective'))) return false;
  if (last.tags.has('Copula') || last.tags.has('Auxiliary')) return false;
  const past = isoDay(direct(r, text, published, false));
  return found.some((f) => f.precision === 'day' && !f.future && f.date > past);
}

/**
 * "last closed in 2019, when it reopened on 2 March": a day or month without a year in a "when"
 * clause right after "in <year>," is in that year, not the last one before the publication (issue 12ac).
 * "in 2019, and it reopened on 2 March" is no "when" clause and reads as before.
 */
function whenOfYear(r: chrono.ParsedResult, text: string): Date | null {
  if (!r.start.isCertain('month') || r.start.isCertain('year')) return null;
  const year = /\bin\s+((?:1[7-9]|20)\d{2}),\s+when\s[^.;,]*$/u.exec(text.slice(0, r.index))?.[1];
  if (!year) return null;
  const d = r.start.date();
  d.setUTCFullYear(Number(year));
  return d;
}

/**
 * "received its first complaint in February 2024 and opened an investigation that June": "that
 * <month>" is in the year the sentence named last before it.
 */
function thatMonth(r: chrono.ParsedResult, text: string): Date | null {
  // "in June of that year" as well as "that June".
  const ofThatYear = /^\s+of\s+that\s+year\b/iu.test(text.slice(r.index + r.text.length));
  if (
    !r.start.isCertain('month') ||
    r.start.isCertain('year') ||
    (!/\bthat\s+$/iu.test(text.slice(0, r.index)) && !ofThatYear)
  )
    return null;
  const year = [...text.slice(0, r.index).matchAll(/\b(?:1[7-9]|20)\d{2}\b/gu)].at(-1)?.[0];
  if (!year) return null;
  const d = r.start.date();
  d.setUTCFullYear(Number(year));
  return d;
}

/**
 * "last Thursday" in a Friday's article: the day before publication would be "yesterday" or "on Thursday", so
 * "last" names the Thursday of the week before (issue 12ae); so does "last Thursday night" (review of 12ae).
 */
const LAST_WEEKDAY = new RegExp(
  String.raw`^last\s+${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b[,.;]?$`,
  'iu',
);

/**
 * A weekday or a month without a year points back in a report of what happened ("on Sunday" is
 * the last Sunday, "in March" the last March) and forward in a clause about the future.
 */
function direct(r: chrono.ParsedResult, text: string, published: Date, future: boolean): Date {
  let d = r.start.date();
  const explicit = /\b(?:next|coming|this|last)\b/i.test(r.text + text.slice(Math.max(0, r.index - 14), r.index));
  // Days are compared, not instants ({@link isoDay}): "on Tuesday afternoon" in a Tuesday's article is that Tuesday.
  if (LAST_WEEKDAY.test(r.text) && !r.start.isCertain('day') && isoDay(addDays(d, 1)) === isoDay(published))
    return addDays(d, -7);
  if (r.start.isCertain('weekday') && !r.start.isCertain('day') && !explicit) {
    if (!future && isoDay(d) > isoDay(published)) d = addDays(d, -7);
    if (future && isoDay(d) <= isoDay(published)) d = addDays(d, 7);
  } else if (r.start.isCertain('month') && !r.start.isCertain('year')) {
    // "in March last year", "in May next year": the year named after the month.
    const year = YEAR_AFTER_MONTH.exec(text.slice(r.index + r.text.length));
    if (year) {
      const shift = { last: -1, this: 0, next: 1 }[year[1]!.toLowerCase() as 'last' | 'this' | 'next'];
      d.setUTCFullYear(published.getUTCFullYear() + shift);
      return d;
    }
    if (!future && d > published) d = addYears(d, -1);
    if (future && d < published) d = addYears(d, 1);
  }
  return d;
}

/** The most precise of several dates; the date of a noun ("Friday's earthquake", "a letter dated 2 May") only when there is no other. */
const best = (found: FoundDate[]) => {
  // "closed last week …, and three dropped out through Wednesday": a bound never outranks the time of a happening.
  const own = found.filter((f) => !f.attributive && !f.written && !f.bound);
  const pool = own.length ? own : found;
  return pool.length ? pool.reduce((b, f) => (RANK[f.precision] > RANK[b.precision] ? f : b)) : null;
};

/**
 * "The statue, dug up near Orrin in 1954, was lent to Tarvik in 1993": a past participle's clause set
 * off by commas after the subject tells of the subject, and the main verb's date dates the sentence
 * (issue 12ac). The sentence without the aside, or null when there is none.
 */
const PARTICIPLE_ASIDE =
  /^(\s*[^,;]{1,60}?),\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|ound|ught|lt|nt)\s[^,;]*,\s+(?=(?:was|were|has|had|is|are)\s)/u;

function withoutParticipleAside(main: string): string | null {
  const m = PARTICIPLE_ASIDE.exec(main) ?? participleAside(main);
  return m ? `${m[1]} ${main.slice(m[0].length)}` : null;
}

/**
 * "The fair, held on the first Saturday of the month since 1998, opens on 6 June", "The regatta, run on …, is set for
 * …": the aside of {@link PARTICIPLE_ASIDE} opened by any past participle compromise tags (#PastTense or #Participle,
 * not only the regular endings, so "held", "run", "made", "kept", "shut" too) is read the same way (issue 12ba).
 */
const ANY_WORD_ASIDE = /^(\s*[^,;]{1,60}?),\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s[^,;]*,\s+(?=(?:was|were|has|had|is|are)\s)/u;

function participleAside(main: string): RegExpExecArray | null {
  const m = ANY_WORD_ASIDE.exec(main);
  if (!m) return null;
  const at = m[0].indexOf(m[2]!, m[1]!.length);
  const word = termsOf(main).find((t) => t.start === at);
  return word?.tags.has('Verb') && (word.tags.has('PastTense') || word.tags.has('Participle')) ? m : null;
}

/**
 * The date of a sentence's event, resolved with chrono-node against the publication date ("on
 * Sunday", "Nov. 25", "February 2022", "three years ago", "last week", "in 2014"). The date of
 * the main clause wins; a date in a relative or background clause (", which invaded … four
 * years ago", "that began on March 3") never dates the sentence; a reporting clause ("…, an
 * official told X on Tuesday") dates it only when the main clause has no date. Tense and
 * modality ("will", "is due to", "plans to") turn "on Monday" into the next Monday and mark the
 * date `future`. Returns null when the sentence has no date of its own.
 */
export function findDate(sentence: string, published: Date): FoundDate | null {
  const key = `${published.toISOString()} ${sentence}`;
  if (MEMO.size > 2000) MEMO.clear();
  if (!MEMO.has(key)) MEMO.set(key, readDate(sentence, published));
  return MEMO.get(key)!;
}

const MEMO = new Map<string, FoundDate | null>();

/**
 * "had reached 2,000 names by last night", "had raised £4,000 by Friday": a perfect with "by" before the date tells a
 * tally up to then (not of a future "will have" nor an expectation "is expected to have … by"), no happening of that
 * day (issue 12aj). An active perfect only: a passive "had been charged by Tuesday" tells a deed done by then (review
 * of 12aj).
 */
const TALLY_UP_TO =
  /(?<!\b(?:will|would|should|could|may|might|must|to)\s+(?:\p{Ll}+ly\s+)?)\b(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?(?!been\b)\p{Ll}+(?:ed|en|wn|ne|ght|lt|nt)\b(?:[^,;]|,(?=\d)){0,60}\bby\s+$/u;

/** True when `found` is the date of a tally "had reached … by <date>" in `text` ({@link TALLY_UP_TO}). */
const tallyUpTo = (text: string, found: FoundDate) => {
  const at = text.indexOf(found.text);
  return at >= 0 && TALLY_UP_TO.test(text.slice(Math.max(0, at - 100), at));
};

/**
 * The date of a main clause read without its participle aside ({@link withoutParticipleAside}), unless all it has is
 * a tally's ({@link TALLY_UP_TO}): "A petition, started last week by parents, had reached 900 names by last night" is
 * dated by the aside's "last week", the start of what the sentence tells of (issue 12aj).
 */
function leanDate(lean: string | null, main: string, published: Date): FoundDate | null {
  const own = lean ? best(datesIn(lean, published)) : null;
  if (!lean || !own || !tallyUpTo(lean, own)) return own;
  const aside = datesIn(main, published).filter((d) => !d.future && !d.bound && !tallyUpTo(main, d));
  return best(aside) ?? own;
}

function readDate(sentence: string, published: Date): FoundDate | null {
  const { main, reporting } = clauses(sentence);
  const lean = withoutParticipleAside(main);
  const main1 = leanDate(lean, main, published) || best(datesIn(main, published));
  if (main1) return { ...main1, clause: 'main' };
  // "…, officials said on Tuesday" is past; "…, and Vell said teams would start next week" reports a future.
  const reported = /\b(?:said|says|told|announced|added)\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:will|would|shall)\s/u.exec(
    reporting,
  );
  // "…, filed for bankruptcy late Wednesday and said it would close …": a date before the speech verb is
  // the past happening's, read without the reported future after it.
  const before = reported ? reporting.slice(0, reported.index) : '';
  const early = reported ? datesIn(before, published).filter((d) => !d.future) : [];
  const rep = reporting
    ? best(
        early.length
          ? early
          : datesIn(reporting, published).map((d) => ({ ...d, future: !!reported && d.future === true })),
      )
    : null;
  return rep ? { ...rep, clause: 'reporting' } : null;
}

/**
 * True when sentence `i` opens the paragraph right after `paragraph` with a quotation mark: the speaker of the scene
 * goes on talking (""…," he said" after "Speaking at his home yesterday, he said …"), so the scene runs on into it
 * (issue 12ay). A paragraph that opens with narration starts a scene of its own.
 */
const quoteOpensNextParagraph = (sents: Array<{ text: string; paragraph: number }>, i: number, paragraph: number) =>
  sents[i]!.paragraph === paragraph + 1 &&
  sents[i - 1]?.paragraph === paragraph &&
  /^\s*["“]/u.test(sents[i]!.text) &&
  PRONOUN_ATTRIBUTION.test(blankQuoted(sents[i]!.text)) &&
  SCENE_OF_SPEAKING.test(blankQuoted(sents[i - 1]!.text));

/** Outside its quotes, a sentence attributed by a pronoun alone or not at all: ""…," he said." (not "said islander X"). */
const PRONOUN_ATTRIBUTION =
  /^[\s,]*(?:(?:he|she|they)\s+(?:said|says|added|adds)|(?:said|added)\s+(?:he|she))?[\s,.!?]*$/u;
/** A verb of speaking outside quotes: the paragraph before ends with someone speaking ({@link quoteOpensNextParagraph}). */
const SCENE_OF_SPEAKING = /\b(?:said|says|told|tells|added|speaking|Speaking|spoke)\b/u;

/**
 * The sentence with its quoted words blanked: ""… between Oct. 28 and Nov. 20," X told reporters on Wednesday" sets
 * a scene on Wednesday, the days inside the quote being the speaker's words (issue 12ay). A sentence of quotes only is
 * kept whole.
 */
function outsideItsQuotes(text: string): string {
  const blank = blankQuoted(text);
  return blank.trim() ? blank : text;
}

/**
 * For each sentence, the date of the scene it belongs to: the date an earlier sentence of the
 * same paragraph set ("… met in Orsa on Wednesday. “…,” Marr said."), for the quotes that follow
 * it in that paragraph. Null where no earlier sentence of the paragraph gives a past date.
 */
export function sceneDatesOf(
  sents: Array<{ text: string; paragraph: number }>,
  published: Date,
): Array<FoundDate | null> {
  let scene: { paragraph: number; date: FoundDate } | null = null;
  return sents.map((s, i) => {
    if (scene?.date.precision === 'day' && quoteOpensNextParagraph(sents, i, scene.paragraph))
      scene = { ...scene, paragraph: s.paragraph };
    const carried = scene && scene.paragraph === s.paragraph ? scene.date : null;
    // "…, the authority said in a statement late Wednesday. It said …": the day of the speaking, not of what it told.
    const { reporting } = clauses(s.text);
    const told = reporting.trim() ? findDate(reporting, published) : null;
    const own = told && !told.future && told.precision === 'day' ? told : findDate(outsideItsQuotes(s.text), published);
    if (own && !own.future) scene = { paragraph: s.paragraph, date: own };
    else if (scene?.paragraph !== s.paragraph) scene = null;
    return carried;
  });
}

/**
 * "carried 21 million passengers last year", "which delivered 212 babies last year", "scored 19
 * goals last season": a count just before a period (no day) is a figure of that period, no happening.
 */
export function countOfPeriod(text: string, found: Pick<FoundDate, 'text'>): boolean {
  const at = text.indexOf(found.text);
  if (at < 0 || !/^(?:last|this|the\s+past)\s+(?:year|season)$/iu.test(found.text.trim())) return false;
  // "was scaled back from 22 turbines last year" is a change, not a count.
  return /(?<![\p{L}\p{N}-]|\b(?:from|to|by)\s)\d[\d,.]*\s*(?:%|per\s+cent|percent|million|billion|thousand|m|bn|k)?\s+(?:[\p{L}’'-]+\s+){1,3}$/u.test(
    text.slice(Math.max(0, at - 80), at),
  );
}
