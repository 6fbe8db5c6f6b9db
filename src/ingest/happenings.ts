/**
 * What a sentence reports as happening, for event drafts. Reported speech is a remark, not an
 * event: a sentence whose main verb is a speech verb ("X said on Tuesday that …", "Y, the
 * commander of …, told parliament …", "The draft, seen by …, states that …") is an event only
 * when the reported clause dates a happening of its own (then that date, never the date of the
 * speaking), or states a completed action ("… said on Monday that the government had released
 * 40 million marks"; then the date of the speaking). A clause "after <something happened on
 * a day>" is a happening of its own, cut from the sentence's main one.
 */
import {
  backgroundDates,
  countOfPeriod,
  DATELINE,
  findDate,
  hasFiniteVerb,
  NEGATED,
  NUMBER,
  overtakenPlan,
  sequelThings,
  wordsOf,
  type FoundDate,
  MONTH_ABBR,
  WEEKDAY,
} from './dates';
import { hasAgentEnding, isFuture, isPersonNoun, termsOf, wordTags } from './nlp';

/** A happening a sentence reports: a verbatim part of the sentence and its date. */
export interface Happening {
  excerpt: string;
  date: FoundDate;
}

/** Verbs of saying and stating. */
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|added|adds|warned|warns|argued|argues|stated|states|insisted|insists|stressed|stresses|noted|notes|claimed|claims|wrote|writes|suggested|suggests|promised|promises|announced|announces|admitted|admits|conceded|concedes|acknowledged|acknowledges|reminded|reminds|confirmed|confirms|congratulated|thanked|(?:denied|denies)(?=\s+(?:that|it|this|any|wrongdoing|(?:on|in)\s[^,.;]*?\b(?:that|any|wrongdoing|claims?|allegations?|reports?|accusations?|suggestions?|charges?)|the\s+(?:claims?|allegations?|reports?|accusations?|suggestions?|charges?))\b)|reported(?=\s+(?:[^\s,.;]+\s+){0,3}?that\b))\b/u;
/**
 * The listener and the time of the speaking right after the verb: "told parliament on Saturday", "said in a
 * statement on Monday", "said Tuesday", "told the Herald yesterday" (a bare day, "yesterday", "last night",
 * "last week" or "last month" too: "said last week it would not appeal" negates its clause), "denied
 * wrongdoing in a video on his channel Tuesday night" (a medium of a few words before the day).
 */
const SPEAKING_ADJUNCT =
  /^\s+(?:[^\s,.;]+\s+){0,7}?(?:(?:late|early)\s+)?(?:on\s+\p{Lu}\p{L}+(?:\s+\d{1,2})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+(?:night|week|month))(?![\p{L}’'-])/u;
/** Verbs of thinking and showing: what they report is an opinion, not an action. */
const NOT_ACTION =
  /^(?:respect|respected|regret|regretted|understand|understood|appreciate|appreciated|value|valued|suggest|suggested|show|showed|shown|indicate|indicated|mean|meant|believe|believed|think|thought|consider|considered|regard|regarded|view|viewed|expect|expected|want|wanted|hope|hoped|need|needed|seem|seemed|remain|remained|stood|held|said|told|include|included|includes|comprise|comprised|contain|contained|numbered)$/i;

/**
 * A long stretch of time an action went on for ("had reported the leaks for years", "had worked night
 * shifts for 31 years"): a practice, not a happening on the day it was told.
 */
const LONG_RUNNING =
  /\bfor\s+(?:(?:many|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty)\s+)?(?:years|decades|months)\b/u;

/** {@link LONG_RUNNING} outside a relative clause: "had sold the depot, which it had owned for decades" tells a sale. */
const longRunning = (clause: string) => LONG_RUNNING.test(clause.replace(/,\s+(?:which|who)\s[^,;]*(?:,|$)/gu, ','));

const blankQuotes = (text: string) => text.replace(/["“][^"”]*(?:["”]|$)/gu, (q) => ' '.repeat(q.length));

/**
 * The text with every quotation that holds a verb blanked, and every one longer than a date of a
 * few words ("a deficit "equal to 4 per cent of GDP by 2040"" is the speaker's words, "would resume
 * "this coming Friday"" a date).
 */
const blankQuotedClauses = (text: string) =>
  text.replace(/["“][^"”]*(?:["”]|$)/gu, (q) =>
    termsOf(q.replace(/["“”]/gu, '')).some((t) => t.tags.has('Verb')) || q.trim().split(/\s+/).length > 4
      ? ' '.repeat(q.length)
      : q,
  );

/** True for a term that is a finite verb (not a participle, gerund or capitalised word). */
const finiteTerm = (t: ReturnType<typeof termsOf>[number]) =>
  t.tags.has('Verb') &&
  !t.tags.has('Participle') &&
  !t.tags.has('Noun') &&
  !t.tags.has('Gerund') &&
  !/^\p{Lu}/u.test(t.text);

/** True when a text holds a finite verb ({@link finiteTerm}). */
const hasFinite = (text: string) => termsOf(text).some(finiteTerm);

/**
 * True when a verb tagged in a noun compound is a noun ("Varnley transport ministry", "the state police chief", once
 * the possessive is dropped): a base form in the present, between a singular noun and a noun (non-news sweep 12sn).
 * "Ferry users fear cuts" keeps its verb: a plural noun before it.
 */
function nounBeforeNoun(text: string, terms: ReturnType<typeof termsOf>, i: number): boolean {
  const [before, verb, after] = [terms[i - 1], terms[i]!, terms[i + 1]];
  return (
    !!before &&
    !!after &&
    verb.tags.has('PresentTense') &&
    !/s$/u.test(verb.text) &&
    before.tags.has('Noun') &&
    !before.tags.has('Pronoun') &&
    !before.tags.has('Plural') &&
    !/s$/u.test(before.text) &&
    // (No comma nor other stop between the three words.)
    !/[^\p{L}\s’'-]/u.test(text.slice(before.end, after.start)) &&
    after.tags.has('Noun') &&
    !after.tags.has('Verb')
  );
}

/** {@link hasFinite} of the words before a speech verb, with a verb in a noun compound ({@link nounBeforeNoun}) read as a noun. */
const finiteInSubject = (text: string) =>
  termsOf(text).some((t, i, all) => finiteTerm(t) && !nounBeforeNoun(text, all, i));

/**
 * A phrase before the subject that says where the words were written or spoken: "In a letter to
 * growers sent last week, ", "In its notice, published on Tuesday, ", "In a radio interview on Tuesday, ".
 */
const FRONTED =
  /^\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:letter|statement|filing|post|email|memo|submission|bulletin|report|notice|interview|speech|address|podcast|briefing|reasons|findings|ruling|decision|judgm?ent|order|directive|opinion|survey|study|poll|evaluation|audit|analysis|assessment)\b[^,;]*,\s*(?:(?:published|released|issued|posted|sent|dated|filed)\b[^,;]*,\s*)?/u;

/** An apposition whose verb is in a relative clause or tells a text's publishing: ", who …,", ", the operator that runs …,", ", released Tuesday night,". */
const APPOSED_CLAUSE =
  /^,\s+(?:(?:who|which|whose|where|published|released|issued|posted|dated)\b|(?:the|a|an)\s[^,]*?\b(?:that|who|which)\s)/u;

/** "Asked on Tuesday whether he would stand again, ": the question a speaker answers, before the subject. */
const ASKED = /^\s*(?:Asked|Pressed|Questioned)\b[^,;]*,\s*/u;

/** Reported speech: the text up to the end of the speaking (its time included) and the reported clause after it. */
export function reportedSpeech(sentence: string): { speaking: string; reported: string } | null {
  const masked = blankQuotes(sentence);
  // "In their written reasons, published on Saturday, the stewards found that …": a text named in front reports findings.
  const verb = SPEECH_VERB.exec(masked) ?? (FRONTED.test(masked) ? /\bfound(?=\s+that\b)/u.exec(masked) : null);
  if (!verb) return null;
  // The subject: the words before the verb, without a dateline and appositions (", the commander of …,").
  const subject = masked
    .slice(0, verb.index)
    .replace(DATELINE, '')
    // "11:48 — Finance Minister X told …": the time stamp of a live blog's entry.
    .replace(/^\s*\d{1,2}[:.]\d{2}\s+[—–-]\s+/u, '')
    .replace(FRONTED, '')
    .replace(ASKED, '')
    // "Dahl had warned", "the minister has said": an auxiliary before the speech verb.
    .replace(/\s+(?:had|has|have)(?:\s+\p{Ll}+ly)?\s*$/u, '')
    // ", the operator that runs the city's 1,400 bikes,": a noun phrase with a relative clause is an apposition too.
    .replace(/,\s(?:[^,]|,(?=\d{3}))*,\s*/gu, (m) => (APPOSED_CLAUSE.test(m) || !hasFinite(m) ? ' ' : m))
    .trim();
  // "Mirgania's Foreign Minister": a possessive is no "is" (compromise reads one alone before a title).
  const possessed = subject.replace(/(?<=\p{L})[’']s\b/gu, '');
  if (!subject || subject.split(/\s+/).length > 14 || /[;:]/.test(subject) || finiteInSubject(possessed)) return null;
  const after = masked.slice(verb.index + verb[0].length);
  // "denied that on Tuesday evening": a "that" with no verb after it is a pronoun, no reported clause.
  // ("said in a bulletin issued at 6 a.m. Saturday that …": the full stops of a clock time end nothing.)
  const conj = /^(?:[^,.;]|\b[ap]\.m\.){0,60}?\bthat\b/u.exec(after);
  // ("said … that gusts "could exceed …"": the verb of the reported clause may be in the quoted words.)
  const quotedVerb = (rest: string) =>
    /^\s*(?:\p{L}+\s+){1,3}["“]/u.test(rest) && hasFinite(rest.replace(/["“”]/gu, ''));
  const rest = sentence.slice(verb.index + verb[0].length + (conj?.[0].length ?? 0));
  const that = conj && (hasFinite(after.slice(conj[0].length)) || quotedVerb(rest)) ? conj : null;
  // The listener and place hold no verb: in "said talks would resume on Thursday" the day is the talks'.
  const adjunct = that ? null : SPEAKING_ADJUNCT.exec(after);
  // "denied wrongdoing in a video …": a gerund the speech verb takes as its object is a noun.
  const listener =
    adjunct && !termsOf(adjunct[0]).some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !/ing$/u.test(t.text));
  const cut = verb.index + verb[0].length + (that?.[0].length ?? (listener ? adjunct[0].length : 0));
  return { speaking: sentence.slice(0, cut), reported: sentence.slice(cut) };
}

/**
 * True when a clause states a completed action with an object: a past or perfect verb, not a
 * copula, modal or verb of thinking, followed by what it acted on ("the government had released
 * 40 million marks"); false for states ("the offer still stood", "tonnes were stuck").
 */
export function completedAction(clause: string): boolean {
  const terms = termsOf(blankQuotes(clause).replace(/,.*$/su, ''));
  const i = terms.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  const verb = terms[i];
  if (!verb || verb.tags.has('Copula') || verb.tags.has('Modal')) return false;
  if (NOT_ACTION.test(verb.text) && !lookedAt(terms, i)) {
    // "he regretted the decision and had sacked the coach": an action joined after the attitude is one.
    const and = terms.findIndex((t, k) => k > i && /^and$/i.test(t.text));
    const next = terms[and + 1];
    return (
      and > 0 &&
      !!next &&
      (next.tags.has('Verb') || next.tags.has('Auxiliary')) &&
      completedAction(
        terms
          .slice(and + 1)
          .map((t) => t.text)
          .join(' '),
      )
    );
  }
  if (terms.slice(0, i).some((t) => t.tags.has('Modal') || /^(?:will|would|could|may|might)$/i.test(t.text)))
    return false;
  if (!verb.tags.has('PastTense') && !verb.tags.has('Participle')) return false;
  const next = terms[i + 1];
  return !!next && ['Noun', 'Determiner', 'Value', 'Possessive', 'Adjective'].some((tag) => next.tags.has(tag));
}

/**
 * "had viewed CCTV footage", "had considered the bid": "considered", "regarded", "viewed" with a plain object, no "as",
 * "to be" nor an adjective after it ("regarded the vote as …", "considered the plan unworkable"), tell of an action.
 */
function lookedAt(terms: ReturnType<typeof termsOf>, i: number): boolean {
  const rest = terms.slice(i + 1);
  return (
    (/^(?:considered|regarded|viewed)$/i.test(terms[i]!.text) &&
      !rest.some((t) => /^(?:as|to|be)$/i.test(t.text) || t.tags.has('Adjective'))) ||
    // "valued the bank at 3 billion pounds": a valuation, not an attitude.
    (/^valued$/i.test(terms[i]!.text) && rest.some((t, k) => /^at$/i.test(t.text) && !!rest[k + 1]?.tags.has('Value')))
  );
}

/** A clause's first verb that is not an auxiliary, outside its quotes and dateline. */
const firstVerb = (clause: string) =>
  termsOf(blankQuotes(clause).replace(DATELINE, '')).find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));

/**
 * True when a clause's first verb is a past progressive ("Crews were working on Sunday to restore
 * power", "Volunteers were clearing the beach on Monday"): an activity going on at the time, the
 * scene of the news, no happening of its own. A state kept up ("was still working at a fraction of
 * its capacity on Wednesday, three days after …") and an activity a happening broke into ("was
 * carrying 40 passengers when it sank") stay news.
 */
const PROGRESSIVE = /^(?:[^,;"“]*,\s+)?[^,;"“]*?\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?!being\b)\p{Ll}{2,}ing\b/u;
// (A happening told in a clause after "when" or "as" breaks in: "were digging on Monday as the death toll rose
// to 40" is news; "were working Sunday after an ice storm coated lines" is not: the storm came before.)
// `blanked` is the clause with its quotes blanked (blankQuotes), as its caller already has it.
const progressiveClause = (clause: string, blanked: string) => {
  if (!PROGRESSIVE.test(blanked.replace(DATELINE, ''))) return false;
  const broken = /\s(?:when|as)\s+([^,;]+)/u.exec(clause);
  // (compromise reads "the death toll rose" as nouns: a few past tenses of a change are verbs here.)
  const told = (b: string) => hasFiniteVerb(b) || /\b(?:rose|fell|grew|struck|hit|came|began|broke)\b/u.test(b);
  return !broken || (!/^when\s/u.test(broken[0].trim()) && !told(broken[1]!));
};

/** True when a clause's first verb judges in words: "She called Monday's failure "embarrassing"". */
function judgedClause(clause: string): boolean {
  const verb = firstVerb(clause);
  return (
    !!verb &&
    /^(?:called|calls|described|describes|branded|brands|dubbed|labell?ed|hailed|praised|criticised|criticized|condemned)$/i.test(
      verb.text,
    )
  );
}

/** True when a clause's first verb is a copula or a verb of thinking: "the two sides are close to a deal". */
function stateClause(clause: string): boolean {
  const verb = firstVerb(clause);
  return !!verb && (verb.tags.has('Copula') || NOT_ACTION.test(verb.text));
}

/** A time of day by the clock: "9am", "11.30pm", "7 p.m.". */
export const CLOCK_TIME = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)`;

/**
 * "after" or "when" opening a clause ("halted on Tuesday after fishermen moored …"), but not "after" before a
 * time of day: "stopped work shortly after 9am yesterday when …", "left just after midnight" tell when the main
 * clause happened, no clause of their own (issue 12af).
 */
const AFTER_OR_WHEN = new RegExp(
  String.raw`\s(?:after(?!\s+(?:about\s+|around\s+)?(?:${CLOCK_TIME}|midnight|midday|noon|dawn|dark|nightfall)(?![\p{L}-]))|when)\s+([^,;]+)`,
  'u',
);

/**
 * "after her car hit a pothole on 14 September", "after a branch cut the line on 2 March": a verb whose past is
 * spelt as its present (compromise tags it present), with no "-s" and no modal, in a clause with a day of its own
 * before the publication, is past (issue 12af). "after the plan sets out cuts on 2 March" is not.
 */
function pastSpeltPresent(terms: ReturnType<typeof termsOf>, own: FoundDate | null, published: Date): boolean {
  const verbs = terms.filter((t) => t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Gerund'));
  return (
    !!own &&
    own.precision === 'day' &&
    !own.future &&
    own.date < published.toISOString().slice(0, 10) &&
    verbs.length > 0 &&
    verbs.every(
      (t) => t.tags.has('PresentTense') && !/s$/u.test(t.text) && !t.tags.has('Modal') && !t.tags.has('Copula'),
    )
  );
}

/**
 * "…, after talks broke down late on Wednesday": the dated clause a happening followed, with its start;
 * `told` for a telling ("after the board confirmed on Wednesday that the light will be automated": the news is
 * what it told, no happening beside a dated main clause; see happeningsOf).
 */
function afterClause(
  sentence: string,
  published: Date,
): { at: number; happening: Happening | null; told?: boolean } | null {
  const m = AFTER_OR_WHEN.exec(sentence);
  if (!m) return null;
  const clause = m[1]!.replace(/[\s.!?]+$/u, '');
  // "since 1994, when the arena was still a cattle market": a state at that time is background, no happening.
  if (/\b(?:was|were)\s+(?:still|only|then|already|not\s+yet)\b/u.test(clause)) return null;
  const terms = termsOf(clause);
  const own = findDate(clause, published);
  if (
    !terms.some((t) => t.tags.has('PastTense') && !t.tags.has('Participle')) &&
    !pastSpeltPresent(terms, own, published)
  )
    return null;
  const date = (own && findDate(whenInYear(sentence, m) ?? clause, published)) ?? whenThen(sentence, m, published);
  if (!date) return yearsAfter(sentence, m.index, clause, published);
  if (date.future || date.bound) return null;
  // "called the plan "…" when she spoke to reporters on Monday": a scene of speaking dates the remark, no happening
  // (non-news sweep 12sn); the main clause before it keeps its own date, if any. A main clause that is no remark
  // ("He collapsed when he addressed the crowd on Monday") has its day from the scene (review of 12sn).
  const main = sentence.slice(0, m.index);
  const remark = /["“]/u.test(main) || SPEECH_VERB.test(main) || !!findDate(main, published);
  if (remark && sceneOfSpeech(clause)) return { at: m.index, happening: null };
  const told = SPEECH_VERB.test(clause) && !!reportedSpeech(clause)?.speaking.endsWith('that');
  return { at: m.index, happening: { excerpt: clause, date: { ...date, clause: 'main' } }, told };
}

/**
 * "last closed in 2019, when it reopened on 2 March": the "when" clause with the year before it, so
 * its day without a year is read in that year (`whenOfYear` in dates.ts, issue 12ac).
 */
function whenInYear(sentence: string, m: RegExpExecArray): string | null {
  const year = /\bin\s+((?:1[7-9]|20)\d{2}),$/u.exec(sentence.slice(0, m.index))?.[1];
  return year && /^\s+when\s/u.test(m[0]) ? `in ${year}, when ${m[1]!.replace(/[\s.!?]+$/u, '')}` : null;
}

/**
 * "…, down from 7.02 million at the previous count in 2015": the earlier figure's happening (a
 * count, a vote, a survey "at" which it was measured), dated by its year, is a happening of its own.
 */
function measuredAt(sentence: string, published: Date): { at: number; happening: Happening } | null {
  // So is the record a figure beat (", beating a record set in July 2019").
  const m =
    /,\s+((?:down|up)\s+from\s+[^,;"“”]*?\bat\s+(?:the|its|their|a|an)\s+[^,;"“”]*?\bin\s+(?:1[89]|20)\d{2})\b/u.exec(
      sentence,
    ) ??
    /,\s+((?:beating|breaking|surpassing|eclipsing|topping)\s+(?:a|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?record\s+(?:set|established)\s+(?:in|on)\s+[^,;"“”]+?)(?=[,;.]|$)/u.exec(
      sentence,
    );
  if (!m) return null;
  const date = findDate(m[1]!, published);
  if (!date || date.future || date.bound) return null;
  return { at: m.index, happening: { excerpt: m[1]!, date: { ...date, clause: 'main' } } };
}

/**
 * "the largest since 1987, when 23 pilot whales died at Gallow Point": "when" after a year (or a
 * month and year) that dates no happening of its own is dated by it.
 */
function whenThen(sentence: string, m: RegExpExecArray, published: Date): FoundDate | null {
  // Only when the clause before is no happening of its own ("the largest since 1987" is a comparison point).
  if (!/^\s+when\s/u.test(m[0]) || findDate(sentence.slice(0, m.index), published)) return null;
  const year = /\b((?:\p{Lu}\p{Ll}+\s+)?(?:1[7-9]|20)\d{2}),$/u.exec(sentence.slice(0, m.index));
  const date = year ? findDate(`in ${year[1]}`, published) : null;
  return date && !date.future ? date : null;
}

/**
 * "… on Tuesday, … nearly three years after it stopped paying its creditors": a past clause a
 * count of years (or months) before a happening of the article's week is dated that long before
 * the publication, approximately, at the precision of its unit.
 */
function yearsAfter(
  sentence: string,
  at: number,
  clause: string,
  published: Date,
): { at: number; happening: Happening } | null {
  const m =
    /(?:\b(?:nearly|almost|about|around|some|roughly|more than|over|just)\s+)?\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(years|months)\s*$/iu.exec(
      sentence.slice(0, at),
    );
  if (!m) return null;
  const head = findDate(sentence.slice(0, m.index), published);
  if (!head || head.future || head.precision !== 'day') return null;
  if (published.getTime() - new Date(`${head.date}T12:00:00Z`).getTime() > 6 * 86_400_000) return null;
  const n = NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
  const d = new Date(published);
  if (/^years$/i.test(m[2]!)) d.setUTCFullYear(d.getUTCFullYear() - n);
  else d.setUTCMonth(d.getUTCMonth() - n);
  const precision = /^years$/i.test(m[2]!) ? 'year' : 'month';
  const date = d.toISOString().slice(0, precision === 'year' ? 4 : 7);
  const excerpt = `${sentence.slice(m.index, at)} after ${clause}`.replace(/\s+/gu, ' ');
  if (!sentence.includes(excerpt)) return null;
  return {
    at: m.index,
    happening: {
      excerpt,
      date: { date, precision, approximate: true, text: m[0].trim(), future: false, clause: 'main' },
    },
  };
}

/** A hearing body that heard or was told what the sentence reports: "…, the inquest heard on Tuesday", "…, a jury was told". */
const HEARD_BY =
  /,\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}?(?:inquiry|inquest|court|jury|tribunal|hearing|committee|trial)\s+(?:(?:into|of)\s+(?:[\p{L}’'-]+\s+){1,4}?)?(?:heard|was\s+told)\b/u;

/**
 * The date of a part of a sentence that is not reported speech: none when only the speaking is
 * dated and nothing was done, nor in a lead under a dateline ("X caused Y, investigators said on Thursday").
 */
function plainDate(text: string, published: Date, lead = false): FoundDate | null {
  const found = findDate(text, published);
  // "The report, dated 30 June, described …": the date of a text is no happening's.
  if (!found || found.bound || found.written) return null;
  // "The count was due in 2023 but was postponed": a schedule the past superseded is no happening.
  // ("X, who was due to stand trial in June, died on Tuesday": a relative clause's plan supersedes nothing of the main one.)
  if (
    found.date < published.toISOString().slice(0, found.date.length) &&
    SUPERSEDED.test(text.replace(RELATIVE_ASIDE, ','))
  )
    return null;
  // "It had hoped to open a second site next year": a plan the news overtook is no happening, past or planned;
  // another date may still tell what became of it ("… due on Monday will now be held on Thursday", "… was cancelled on Friday").
  if (overtakenPlan(text, found.text)) {
    const at = text.indexOf(found.text);
    return plainDate(
      text.slice(0, at) + ' '.repeat(found.text.length) + text.slice(at + found.text.length),
      published,
      lead,
    );
  }
  // ("…, the inquiry heard on Monday": a hearing that heard it is a happening of its own, in a lead too.)
  if (found.clause === 'reporting' && ((lead && !HEARD_BY.test(text)) || stateClause(text))) return null;
  // "Sunday's defeat was their fourth in six games": what a dated thing was is no happening of its own.
  if (found.attributive && (stateClause(text) || judgedClause(text))) return null;
  // "The subsidy cost the state about 3% of economic output last year": a figure of a period, no happening.
  if (found.precision !== 'day' && (measureClause(text) || countOfPeriod(text, found))) return null;
  return found;
}

/** Verbs that give a figure: "cost", "totalled", "accounted for", "amounted to". */
const MEASURE =
  /^(?:cost|costs|totall?ed|totals|amounted|amounts|accounted|accounts|equall?ed|equals|represented|represents|averaged|averages)$/i;

/** True when a clause's first verb gives a figure ("the subsidy cost the state about 3% …"). */
function measureClause(clause: string): boolean {
  const verb = firstVerb(clause);
  return !!verb && MEASURE.test(verb.text);
}

/**
 * A speech act carried in a text or a broadcast: "apologised in a post on social media on Saturday",
 * "thanked his hosts in a video posted on Tuesday night", "defended the decision on a call with analysts on
 * Wednesday", "defended his staff at a news conference": a remark, drafted as a statement if quoted, no happening.
 */
const SPEECH_ACT_IN_TEXT =
  /\b(?:apologi[sz]ed|thanked|congratulated|praised|critici[sz]ed|condemned|defended)\b[^,;.]{0,40}?\b(?:in|at|on|during)\s+(?:a|an|his|her|its|their|the)\s+(?:\p{Ll}+\s+){0,2}?(?:post|video|message|tweet|statement|interview|letter|email|broadcast|news\s+conference|press\s+conference|briefing|call|radio|television)\b/u;

/**
 * {@link SPEECH_ACT_IN_TEXT} with no action joined after it ("apologised in a statement on Saturday and resigned",
 * "defended the decision at a news conference on Friday and announced 200 job cuts" tell one).
 */
function speechActOnly(part: string): boolean {
  const plain = blankQuotes(part);
  const m = SPEECH_ACT_IN_TEXT.exec(plain);
  if (!m) return false;
  const joined = /\s(?:and|then)\s+(.*)$/su.exec(plain.slice(m.index + m[0].length));
  return !joined || !termsOf(joined[1]!).some((t) => t.tags.has('Verb') && t.tags.has('PastTense'));
}

/**
 * A conjunct that only tells the happening before it: "… was agreed at a board meeting on Monday and announced in a
 * statement on Tuesday evening", "The deal was signed on Monday and announced on Tuesday". A bare verb of making known,
 * with no subject nor object, only where, when and in what ("announced a review on Tuesday", "announced on Tuesday that
 * …" tell news of their own).
 */
const BARE_TELLING =
  /^(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:announced|made\s+public|disclosed|revealed|confirmed|publicised|publicized)\s+(?:(?:in|on|at|during|via|through|by|late|early|last|yesterday)\b[^;:"“”]*)?$/u;

/** True when a conjunct is a bare telling ({@link BARE_TELLING}), with no "that", "to" nor second verb after the verb (non-news sweep 12sn). */
function toldOnly(part: string): boolean {
  const plain = blankQuotes(part)
    .trim()
    .replace(/[.!?]+$/u, '');
  const m = BARE_TELLING.exec(plain);
  if (!m) return false;
  const rest = plain
    .slice(plain.search(/\b(?:announced|made|disclosed|revealed|confirmed|publici[sz]ed)\b/u))
    .replace(/^\S+(?:\s+public)?/u, '');
  return !/\b(?:that|to|it|they|and|but|after|when|because)\b/u.test(rest) && !hasFinite(rest);
}

/**
 * A count or a ranking told with a copula: "It is the third conviction quashed this year", "It was the
 * first title fight in the city since 1994": a comparison, no happening of its own (a clause inside it
 * that tells one, "since the league was founded in 1962", is drafted from backgroundDates).
 */
const RANKED =
  /^\s*(?:It|This|That)\s+(?:is|was|would\s+have\s+been|will\s+be)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|only|\p{Ll}+est)\b/u;

/**
 * {@link RANKED}, alone in its clause ("It is the second school shut in five years; X closed in 2021", "It is the only
 * hospital in the region, and it closed on Monday", "…: he was detained on 3 March" tell one).
 */
const ranked = (clause: string) => {
  if (!RANKED.test(clause) || /[;:]/u.test(clause)) return false;
  // (", and the worst", ", and the longest sentence served among them" add a ranking, no clause.)
  const joined = /,\s+(?:and|but)\s+(?!(?:the|its)\s+(?:\p{Ll}+est|most|least|first|last|only|latest)\b)(.*)$/su.exec(
    clause,
  );
  return !joined || !hasFinite(joined[1]!);
};

/**
 * A text set off after the subject, before words it quotes: "The adviser X, in a report to clients
 * issued Nov. 12, called the award "…"", "X, in a statement on Monday, said the deal was "…"": the
 * words are the text's (a statement dated by it), no happening. Only with a verb of saying after the text: "The
 * regulator, in a notice issued on Monday, fined the bank 3 million pounds, calling its controls "…"" tells a fine.
 */
const TEXT_ASIDE =
  /^[^,;"“]{2,80},\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:letter|statement|report|note|memo|post|email|filing|submission|bulletin|notice|review|study|survey)\b[^,;"“]*,\s+(?:\p{Ll}+ly\s+)?(?:said|says|called|calls|described|describes|warned|warns|argued|argues|urged|urges|wrote|writes|told|tells|accused|accuses|claimed|claims|insisted|insists|added|branded|dubbed|labell?ed|declared|stated)\b[^"“]*["“][^"”]*\s[^"”]*["”]/u;

/** A relative clause set off by commas: ", which declined to comment,", ", who was due to stand trial in June,". */
const RELATIVE_ASIDE = /,\s+(?:which|who)\s[^,;]*,/gu;

const SUPERSEDED =
  /\b(?:was|were)\s+(?:originally\s+|first\s+)?(?:due|scheduled|slated|supposed)\s+(?:in|on|for|to)\b/u;

/**
 * True when a date lies before the article's week, or names no day ("last week", "in March"):
 * a remark made then is a happening the article recalls, not one of its own quotes.
 */
function earlier(found: FoundDate, published: Date): boolean {
  if (found.precision !== 'day') return true;
  return published.getTime() - new Date(`${found.date}T12:00:00Z`).getTime() > 6 * 86_400_000;
}

/**
 * ", compared with 60 in 2024", "compared to 31 in 2023", ", against £200 in 2022": a figure set against an earlier
 * one right before the date, so the date is the base of the comparison, no happening (non-news sweep 12so; "up from"
 * and "down from" are read in dates.ts). Not a count taken at a happening: "at the last census in 2015", "when …".
 * After "against" or "versus" the figure stands alone: "won their first away game, against 10 men on Saturday" tells
 * a match (review of 12so).
 */
const COMPARED_WITH_FIGURE =
  /,\s+(?:(?:as\s+)?compared\s+(?:with|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[$€£]?\d[\d,.]*(?:\s?(?:m|bn|k|%|million|billion))?(?:\s+(?!(?:at|when|after|before|during)\b)[\p{Ll}-]+){0,3}|(?:against|versus)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[$€£]?\d[\d,.]*(?:\s?(?:m|bn|k|%|million|billion))?)\s+(?:in\s+|on\s+|during\s+)?$/u;

/**
 * ", compared with three in 2023", "compared to a dozen in 2021": {@link COMPARED_WITH_FIGURE} with the figure written
 * as a number word, the base of a comparison, no happening (12an).
 */
const COMPARED_WITH_NUMBER_WORD =
  /,\s+(?:as\s+)?compared\s+(?:with|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+|only\s+)?(?:a\s+)?(?:none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|handful)(?:\s+[\p{Ll}-]+){0,2}\s+(?:in\s+|during\s+)?$/u;

/**
 * ", compared with more than 400 in 2010", "compared to just over 2,000 in 2019": {@link COMPARED_WITH_FIGURE} with
 * the figure rounded by "more/fewer/less than", "over", "under", "almost", "roughly" or "only", the base of a
 * comparison, no happening (non-news sweep 12st).
 */
const COMPARED_WITH_ROUGH_FIGURE =
  /,\s+(?:as\s+)?compared\s+(?:with|to)\s+(?:(?:just\s+)?(?:more|fewer|less)\s+than|(?:just\s+)?(?:over|under)|almost|roughly|only)\s+[$€£]?\d[\d,.]*(?:\s?(?:m|bn|k|%|million|billion))?(?:\s+(?!(?:at|when|after|before|during)\b)[\p{Ll}-]+){0,3}\s+(?:in\s+|during\s+)?$/u;

/**
 * "The lido recorded more than 40,000 visits in 2019", "had about 12,000 visitors in the 2021 season": a count a body
 * had, recorded, drew or welcomed in a year, a tally of that year, no happening (non-news sweep 12st). Only a year (see
 * {@link figureOrRecordDate}), and the words after the figure may not end in "-ed" ("had 3 boats stolen in 2019" is a
 * theft); a deed with a figure ("destroyed more than 300 homes in 2019") is left alone, and so is a tally followed by
 * a happening of its own ({@link TALLY_IN_YEAR_THEN}: "drew 40,000 fans in 2024 and was cancelled in 2025", 12ah).
 */
const TALLY_IN_YEAR =
  /\b(?:had|has|recorded|records|drew|attracted|welcomed|logged|counted|received)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|(?:just\s+)?(?:more|fewer|less)\s+than\s+|(?:just\s+)?(?:over|under)\s+)?\d[\d,.]*\s+(?:(?![\p{Ll}-]*ed\s)[\p{Ll}-]+\s+){1,2}?(?:in\s+(?:the\s+)?)?$/u;

/**
 * "after its intake this year passed 600", "had spent about €11,000 on feed this year": a bare "this year" (the year so
 * far) in a clause that holds a figure is a running total, no happening (non-news sweep 12st). No answer event of any
 * set is dated by a bare "this year" to the year alone; "earlier this year" is (seven answer events: "Earlier this year
 * it paid a 4 million-mark fine"), and so is a plan "later this year", so a word of time right before it, a day beside
 * it or a future leaves the date alone ({@link figureOrRecordDate}).
 */
const TALLY_THIS_YEAR = /^(?:in\s+)?this\s+year$/iu;

/** A figure in a clause, in digits or in words ({@link TALLY_THIS_YEAR}). */
const FIGURE_IN_CLAUSE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds|thousands)\b/iu;

/**
 * Where `date` is read in `sentence`: the first place its text stands at or after the start of `clause` (from the
 * start of the sentence when `clause` is not in it), or -1 when it is not there.
 */
function dateAt(sentence: string, clause: string, date: FoundDate): number {
  return sentence.indexOf(date.text, Math.max(0, sentence.indexOf(clause)));
}

/**
 * True when `re` matches the `n` characters of `sentence` right before `at` (fewer at the start of the sentence), and
 * `at` is past the sentence's first character.
 */
function readBefore(sentence: string, at: number, n: number, re: RegExp): boolean {
  return at > 0 && re.test(sentence.slice(Math.max(0, at - n), at));
}

/** True when `date` is a year before the year of `published` ("in 2019" in an article of 2026). */
function pastYear(date: FoundDate, published: Date): boolean {
  return date.precision === 'year' && !(Number(date.date.slice(0, 4)) >= published.getUTCFullYear());
}

/**
 * True when `date`, read in `clause` of `sentence`, is a bare "this year" of a clause with a figure, not a plan and
 * with no word of time right before it ({@link TALLY_THIS_YEAR}); read for an "after" clause too ("asked for help after
 * its intake this year passed 600").
 */
function soFarThisYear(sentence: string, clause: string, date: FoundDate): boolean {
  if (date.precision !== 'year' || date.future || !TALLY_THIS_YEAR.test(date.text.trim())) return false;
  const at = dateAt(sentence, clause, date);
  if (at < 0) return false;
  return (
    !/\b(?:earlier|later|early|late|of|for)\s+$/iu.test(sentence.slice(0, at)) &&
    FIGURE_IN_CLAUSE.test(ownClause(clause, date.text)) &&
    !CHANGE_THIS_YEAR.test(clause)
  );
}

/** Where one clause of a sentence ends and another begins: ", and", ", but" or a semicolon ({@link ownClause}). */
const COORDINATE_BREAK = /,\s+(?:and|but)\s+|;/gu;

/**
 * The part of `clause` that holds `text`, cut at {@link COORDINATE_BREAK}: "The pool closed this year, and 40 staff
 * lost their jobs" gives "The pool closed this year", so a figure of the second clause makes no tally of the first
 * (review of round 41). The whole clause when `text` is not in it.
 */
function ownClause(clause: string, text: string): string {
  const at = clause.indexOf(text);
  if (at < 0) return clause;
  let start = 0;
  for (const m of clause.matchAll(COORDINATE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + text.length) return clause.slice(start, m.index);
  }
  return clause.slice(start);
}

/**
 * A change told in the past beside "this year" ("Fares rose by 5% this year", 12ab) is news, not a running total
 * ({@link soFarThisYear}).
 */
const CHANGE_THIS_YEAR =
  /\b(?:rose|risen|fell|fallen|increased|decreased|doubled|tripled|halved|grew|grown|dropped|climbed|jumped|soared|slumped|raised|lowered)\b/u;

/** What may not follow a {@link TALLY_IN_YEAR} date: a second clause ("and …", "but …") or a happening ("when …"). */
const TALLY_IN_YEAR_THEN = /\b(?:and|but|when|while|before|after|until)\b/u;

/**
 * "traffic counts from 2024", "a text message from 2019", "tide data from 2019", "an email dating from 2021": a record,
 * a count or a message "from" a year or month bears that date; what is told of it (relied on, found, based on) is no
 * happening of that date (non-news sweep 12so). Not from a day ("CCTV footage from Saturday"), whose record is of a
 * happening of that day (review of 12so).
 */
const RECORD_FROM =
  /\b(?:counts?|figures|data|records|statistics|numbers|surveys?|readings|estimates|census|photographs?|photos|pictures|footage|videos?|e-?mails?|messages?|letters|texts|minutes|notes|diaries|receipts|invoices|logs)\s+(?:dating\s+)?(?:from\s+)?$/u;

/**
 * "Its records go back to a handwritten ledger from 1888", "its archive goes back to 1903": how far back a body's
 * records reach, the age of a record, no happening of that year (12an). Only a year or a month, and only within the
 * clause (no comma, semicolon, full stop, nor "and", "but", "while" or "whereas" between: review 39); the first word
 * may open the sentence ("Records go back to 1874"). The date stands right after "back to" or after "from": "the
 * archive went back to the museum in 2021" is a real return (review 39).
 */
const RECORDS_GO_BACK =
  /\b(?:[Rr]ecords?|[Aa]rchives?|[Mm]inutes|[Rr]egisters?|[Ll]edgers?)\s+(?:go|goes|went|stretch|stretches|reach|reaches)\s+back\s+to\b(?:(?!\s(?:and|but|while|whereas)\s)[^.;,]){0,60}$/u;

/**
 * "the petition had 1,200 names by Tuesday": a count standing on a day ("had" + figure + noun + "by"), a tally, no
 * happening (12an). Only a bare "had": "had gathered 1,200 names by Tuesday" is left alone.
 */
const HAD_COUNT_BY =
  /\bhad\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d[\d,]*\s+[\p{Ll}-]+\s+(?:by\s+)?$/u;

/**
 * A running total for a month or a year: "had reached 212 so far this year", "counted 17 … in October alone", "collected
 * $18,400 in fines in the 2025 fiscal year" (non-news sweep 12so): read before the date (`before`) and after it
 * (`after`). A day is left alone ("signed up 60,000 customers on Thursday alone" is news).
 */
const TALLY_FOR_PERIOD = {
  before: /\bso\s+far\s+(?:in\s+|this\s+)?$/u,
  after: /^\s*(?:alone\b|so\s+far\b|(?:fiscal|financial|tax)\s+year\b)/u,
};

/**
 * "had 31 members at its peak in 1996", "at their height in 2008": the year of a peak figure, no happening (12ak).
 * Only a year (see {@link figureOrRecordDate}): "forced 400 people from their homes at its height in March" is a
 * deed of that month (review of 12ak).
 */
const AT_PEAK = /\bat\s+(?:its|their|the|his|her)\s+(?:peak|height|highest|busiest)\s+(?:in\s+)?$/u;

/**
 * "38 fines were issued in the year to March", "profit … for the year to February": the month a yearly count runs up
 * to, a tally, no happening (12ak). Read right before the date or in its text ("in the year to March"). Not "in the
 * three months to September": a quarterly figure is the news of a statistics release (ostravel's answer event).
 */
const YEAR_TO_MONTH = {
  before: /\byear\s+(?:up\s+)?to\s+(?:the\s+end\s+of\s+)?$/u,
  text: /^(?:in|for)\s+the\s+(?:(?:financial|fiscal|tax)\s+)?year\s+(?:up\s+)?to\s/u,
};

/**
 * True when `date`, read in `clause` (a happening's excerpt or a background clause) of `sentence`, is that of the
 * figure a count is compared with ({@link COMPARED_WITH_FIGURE}, {@link COMPARED_WITH_NUMBER_WORD},
 * {@link COMPARED_WITH_ROUGH_FIGURE}), the year of a count a body had ({@link TALLY_IN_YEAR}) or of a count of the
 * year so far ({@link TALLY_THIS_YEAR}), of a record
 * "from" it ({@link RECORD_FROM}) or records going back to it ({@link RECORDS_GO_BACK}), the period of a running total ({@link TALLY_FOR_PERIOD}, {@link YEAR_TO_MONTH}) or a peak ({@link AT_PEAK}).
 */
export function figureOrRecordDate(sentence: string, clause: string, date: FoundDate): boolean {
  const start = Math.max(0, sentence.indexOf(clause));
  const at = sentence.indexOf(date.text, start);
  // A date opening the sentence is read too (12st): "Last month alone, volunteers mended 71 items" is a running total.
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 80), at);
  // (A record "from Saturday" is of that day's happening: "footage from Saturday showed the man running".)
  const record =
    date.precision !== 'day' && RECORD_FROM.test(before) && (/\bfrom\s+$/u.test(before) || /^from\s/u.test(date.text));
  const after = sentence.slice(at + date.text.length);
  const tally =
    date.precision !== 'day' &&
    (TALLY_FOR_PERIOD.before.test(before) ||
      (RECORDS_GO_BACK.test(before) &&
        (/\b(?:back\s+to|from)\s+(?:at\s+least\s+|the\s+)?$/u.test(before) || /^from\s/u.test(date.text))) ||
      TALLY_FOR_PERIOD.after.test(after) ||
      (AT_PEAK.test(before) && date.precision === 'year') ||
      YEAR_TO_MONTH.before.test(before) ||
      YEAR_TO_MONTH.text.test(date.text) ||
      /\b(?:fiscal|financial|tax)\s+year$/u.test(date.text));
  const countBy = HAD_COUNT_BY.test(before) && (/\bby\s+$/u.test(before) || /^by\s/u.test(date.text));
  const yearTally =
    date.precision === 'year' &&
    TALLY_IN_YEAR.test(before) &&
    (/\bin\s+(?:the\s+)?$/u.test(before) || /^in\s/iu.test(date.text)) &&
    !TALLY_IN_YEAR_THEN.test(after);
  return (
    record ||
    tally ||
    countBy ||
    yearTally ||
    soFarThisYear(sentence, clause, date) ||
    COMPARED_WITH_FIGURE.test(before) ||
    COMPARED_WITH_NUMBER_WORD.test(before) ||
    COMPARED_WITH_ROUGH_FIGURE.test(before)
  );
}

/**
 * The announcing of a thing the article names with a definite article, told again in a "since" clause or set off
 * as an aside (non-news sweep 12so): "… since the closure was announced on Monday", "The cuts, announced to staff on
 * Tuesday, will cost …". The thing announced is the news, told elsewhere with its own date; its announcing read here
 * dates nothing. Not a thing new to the reader ("A rescue package was announced on Tuesday"), an announcer ("The
 * council announced on Monday that …") nor an "after" clause ("Shares fell after the cuts were announced on Tuesday").
 */
const ANNOUNCED_THING =
  /(?:\bsince\s+(?:the|its|their|his|her|this|these)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:was|were|had\s+been)\s+|^(?:The|Its|Their|His|Her|This|These)\s+[^,;"“”]{1,40},\s+)(?:first\s+|publicly\s+)?announced\s+(?:to\s+(?:[\p{L}’'-]+\s+){1,2}?)?(?:on\s+|last\s+)?$/u;

/** True when `date`, read in `clause` of `sentence`, is the day a thing told elsewhere was announced ({@link ANNOUNCED_THING}). */
function announcedThing(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return at > 0 && ANNOUNCED_THING.test(sentence.slice(0, at));
}

/**
 * "Dettweiler, reached by phone Sunday, said …", "The owner, contacted by email on Monday, said …": the day a reporter
 * reached the speaker dates the speaking (the quote), no happening of the sentence (12ak). Only an aside between
 * commas right after the subject, before a verb of saying, and with no agent but a phone, an email or a text: "The
 * driver, approached by officers on Saturday, refused to stop" is a deed of Saturday (review of 12ak).
 */
const REACHED_FOR_COMMENT =
  /^([^;"“”]{2,90}?),(\s+(?:when\s+)?(?:reached|contacted|interviewed|approached|asked)\s+(?:by\s+(?:tele)?phone|by\s+e-?mail|by\s+text|for\s+comment|at\s+(?:home|her\s+home|his\s+home|work))?\s*(?:on\s+|late\s+|early\s+|last\s+)?(?![^,;"“”]*\bby\s)[^,;"“”]{0,25}),(?=\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|declined|refused|confirmed|insisted|added|denied)\b)/u;

/** `head` with a {@link REACHED_FOR_COMMENT} aside blanked to spaces (so offsets stay), or `head` itself. */
export function withoutReachedAside(head: string): string {
  const m = REACHED_FOR_COMMENT.exec(head);
  return m ? head.replace(m[2]!, ' '.repeat(m[2]!.length)) : head;
}

/** True when `date` is read inside a {@link REACHED_FOR_COMMENT} aside of `sentence` (for background clauses). */
export function inReachedAside(sentence: string, date: FoundDate): boolean {
  const m = REACHED_FOR_COMMENT.exec(sentence);
  if (!m) return false;
  const from = m[1]!.length + 1;
  const at = sentence.indexOf(date.text, from);
  return at >= from && at < from + m[2]!.length;
}

/**
 * A background clause that is no happening: the news's announcing told again ({@link announcedThing}), a span of years
 * ({@link yearSpan}, issue 12sr), the old start of a duration ({@link durationSince}, issue 12ss) or a habit
 * ({@link everyPeriod}, issue 12ss) or a hope for a vague period ({@link hopedVague}, issue 12st), a past span closed
 * by "until" ({@link untilPastYear}), a year set against another figure ({@link comparedAfterYear}), the start hour of
 * a dated meeting ({@link meetingStartTime}, issue 12su), a past year's figure set against another later in its clause
 * ({@link comparedLaterInClause}), how the news got about ({@link newsSpread}), a refusal to comment
 * ({@link refusedComment}), opening hours kept each day ({@link openingHoursHabit}), the year so far after "since the
 * start of" ({@link sinceYearStart}), an outlet's report citing a source ({@link reportedCiting}) or a habit told with
 * "normally/usually" ({@link habitAdverb}), money set aside for a period ({@link budgetSetAside}), a trade's busiest
 * month ({@link busiestPeriod}), the deadline of a demand ({@link calledForBy}) or the day a thing had been booked
 * for ({@link oncePlanned}, issue 12sv), a running count in a relative clause ({@link relativeTallyBy}), a place's
 * season ({@link openSeason}), the year of a figure a change started from ({@link fromFigureInYear}), a survey's share
 * ({@link surveyFoundShare}), a trade figure's move in a past year ({@link tradeFigureInYear}), the time a model shows
 * ({@link asItLooked}) or evidence told to a committee ({@link committeeHeard}, issue 12sw). {@link happeningsOf}
 * drops such a happening of the main clause too, and `plan.ts` such a background clause.
 */
export function backgroundRetold(sentence: string, clause: string, date: FoundDate, published: Date): boolean {
  return (
    announcedThing(sentence, clause, date) ||
    yearSpan(clause, date, published) ||
    durationSince(sentence, date, published) ||
    everyPeriod(clause, date) ||
    hopedVague(sentence, clause, date) ||
    untilPastYear(sentence, clause, date, published) ||
    comparedAfterYear(sentence, clause, date, published) ||
    meetingStartTime(sentence, date) ||
    comparedLaterInClause(sentence, clause, date, published) ||
    newsSpread(sentence, clause, date) ||
    refusedComment(sentence, clause, date) ||
    openingHoursHabit(clause, date) ||
    sinceYearStart(sentence, clause, date) ||
    reportedCiting(sentence, clause, date) ||
    habitAdverb(sentence, clause, date) ||
    budgetSetAside(sentence, clause, date) ||
    busiestPeriod(sentence, clause, date) ||
    calledForBy(sentence, clause, date) ||
    oncePlanned(sentence, clause, date) ||
    relativeTallyBy(sentence, clause, date) ||
    openSeason(sentence, clause, date) ||
    fromFigureInYear(sentence, clause, date) ||
    surveyFoundShare(sentence, clause, date) ||
    tradeFigureInYear(sentence, clause, date, published) ||
    asItLooked(sentence, clause, date) ||
    committeeHeard(sentence, clause, date) ||
    unnamedToldNamed(sentence, clause, date) ||
    roughCountInYear(clause, date) ||
    countHeldBy(sentence, clause, date) ||
    hedgedIfThen(sentence, clause, date) ||
    relativeReportedThat(sentence, clause, date) ||
    negatedSubject(clause, date) ||
    toldNothing(sentence, clause, date) ||
    hedgedModal(clause, date) ||
    standingFigure(sentence, clause, date) ||
    countHadBy(sentence, clause, date)
  );
}

/** "… and says work cannot start before April": a verb of saying joined by "and" or "but" after a clause. */
const SAID_AFTER_AND = new RegExp(String.raw`\s(?:and|but)\s+${SPEECH_VERB.source}`, 'u');

/**
 * "The council pays wardens £11.40 an hour, according to a report sent on 5 May", "The trust puts the cost of the
 * repairs at £2.1 million", "Tickets sold in April total more than 3,000": a main clause whose verb is in the present
 * simple (compromise's #PresentTense; a past participle right after a noun, "sold in April", is a reduced relative of
 * the subject and skipped) with a figure after it (#Money, or a #Value written with digits) states a standing figure,
 * a price, a rate, a cost or a total, no happening; the dates of its sentence date no event (issue 12sy). Only the
 * first clause of the excerpt (up to its first comma) is read. Must not fire: a verb of saying ("says 300 jobs will
 * go"), a copula, auxiliary or modal, a past verb ("paid £4,000 on Monday"), a date that starts or ends a change
 * ("charges £4 a head from 1 June").
 */
function standingFigure(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at < 0 || readBefore(sentence, at, 12, /\b(?:from|starting|until|till)\s+$/iu)) return false;
  const head = /^(?:(?![,;:](?:\s|$)|["“”]).)*/u.exec(clause)![0];
  const terms = termsOf(head);
  const verbAt = (from: number) =>
    terms.findIndex((t, i) => i >= from && t.tags.has('Verb') && !t.tags.has('Particle'));
  const first = verbAt(0);
  // One past participle right after a short subject's noun is its reduced relative ("Tickets sold in April total").
  // It takes no object (a preposition follows it) and nothing joins a clause between it and the main verb.
  const participle =
    first > 0 &&
    first <= 4 &&
    terms[first]!.tags.has('PastTense') &&
    terms[first - 1]!.tags.has('Noun') &&
    ['Preposition', 'Particle'].some((tag) => terms[first + 1]?.tags.has(tag));
  const v = participle ? verbAt(first + 1) : first;
  if (
    participle &&
    /\b(?:and|but|or|that|which|who|whose|when|if)\b/u.test(
      head.slice(terms[first]!.end, terms[v]?.start ?? head.length),
    )
  )
    return false;
  const verb = terms[v];
  if (
    !verb ||
    v === 0 ||
    !/^\p{Ll}/u.test(verb.text) ||
    !verb.tags.has('PresentTense') ||
    ['Copula', 'Auxiliary', 'Modal', 'Gerund'].some((tag) => verb.tags.has(tag)) ||
    SPEECH_VERB.test(verb.text) ||
    /^(?:to|not)$/iu.test(terms[v - 1]!.text)
  )
    return false;
  // The date is no part of the figure's own clause: after it (an adjunct, "according to a memo sent on 5 May", or a
  // clause joined after it) or in a reduced relative of its subject ("Tickets sold in April total …").
  const from = sentence.indexOf(clause);
  const after = sentence.slice(from + verb.end, Math.max(at, 0));
  const inHead = at >= from && at < from + head.length && !SAID_AFTER_AND.test(after);
  if (inHead && !(participle && at < from + verb.start)) return false;
  // A clause of its own joined after the figure ("…, and police arrested 12 people on Wednesday") keeps its date.
  if (!inHead && /\s(?:and|but|or)\s/u.test(after) && !SAID_AFTER_AND.test(after)) return false;
  return terms
    .slice(v + 1)
    .some(
      (t) =>
        (t.tags.has('Money') || (t.tags.has('Value') && /\d/u.test(t.text) && !t.tags.has('Year'))) &&
        !date.text.includes(t.text),
    );
}

/**
 * "Forty volunteers had signed up by Tuesday evening", "More than 60 shops have joined the scheme by Friday": a clause
 * whose subject is a count (a #Value, a rough word before it allowed, then a #Plural noun) and whose verb is a perfect
 * ("had" / "have" / "has" and a participle), dated by a time read with "by", is a running tally of how many had done
 * it so far, no happening (issue 12sy; {@link countHeldBy} reads a count held as the object). Must not fire: a subject
 * that is no count ("The council had closed the road by Monday").
 */
function countHadBy(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at < 0 || !(/^by\s/iu.test(date.text) || readBefore(sentence, at, 8, /\bby\s+(?:the\s+)?$/iu))) return false;
  const own = ownClause(clause, date.text);
  const terms = termsOf(own);
  let i = 0;
  while (i < terms.length && !terms[i]!.tags.has('Value')) {
    if (
      !ROUGH_BEFORE_VALUE.test(`${own.slice(0, terms[i]!.end)} `) &&
      !/^(?:more|fewer|less|than)$/iu.test(terms[i]!.text)
    )
      return false;
    i++;
  }
  while (terms[i]?.tags.has('Value')) i++;
  if (terms[i]?.tags.has('Adjective')) i++;
  // compromise may tag a plural noun after a number as a verb ("Forty volunteers"): read the word on its own too.
  if (!terms[i] || !(terms[i]!.tags.has('Plural') || wordTags(terms[i]!.text).has('Plural'))) return false;
  return /^(?:had|have|has)$/iu.test(terms[i + 1]?.text ?? '') && terms[i + 2]?.tags.has('PastTense') === true;
}

/**
 * "The market's 140 stallholders were told by text message last night.", "Suppliers were told last week.": a passive
 * "told" with nothing told after it (only a means "by …" and the date, then the end of the sentence) is how the news
 * reached people, told elsewhere with its content; its day is no happening (issue 12sx). Must not fire: a telling
 * with its content ("were told on Tuesday that …", "were told of the closure on Monday"), nor one set after what was
 * told ("The chef moved money offshore, a jury was told on Wednesday": a comma before it; review 12s), so the subject
 * opens the sentence with no comma, colon or quotation mark.
 */
const TOLD_NOTHING =
  /^[^,;:"“”]{1,80}?\b(?:was|were|been)\s+told\s+(?:by\s+[^,;.:"“”]{1,40}?\s+)?(?:on\s+|last\s+|late\s+|early\s+)?$/u;

/**
 * "The bakery told its staff on Monday.", "The school notified parents by email last week.": the active telling of
 * {@link TOLD_NOTHING}, a verb of telling whose listeners are written in small letters (a determiner and up to two
 * words: people, not an outlet or a body named with a capital) and nothing told after the date, is how the news
 * reached them; its day is no happening (issue 12sy). Must not fire: "told police on Monday that …" (its content),
 * "told the Varnley Echo on Monday." (an outlet, named), a passive ("Members were told at a meeting on Sunday",
 * "Schools were not told until last week": no listener after the verb, only a preposition).
 */
const TOLD_WHOM_NOTHING =
  /^[^,;:"“”]{1,80}?(?<!\b(?:was|were|been|be|being|not)\s+)\b(?:told|informed|notified|briefed)\s+(?!(?:until|at|in|on|by|about|of|for|to|after|before|during|over|last|late|early)\b)(?:(?:its|their|his|her|the|all)\s+)?(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:by\s+[^,;.:"“”]{1,40}?\s+)?(?:on\s+|last\s+|late\s+|early\s+)?$/u;

/**
 * True when `date`, read in `clause` of `sentence`, is the day of a {@link TOLD_NOTHING} or {@link TOLD_WHOM_NOTHING}
 * telling ending its sentence.
 */
function toldNothing(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at <= 0 || !/^\s*[.!]?\s*$/u.test(sentence.slice(at + date.text.length))) return false;
  const before = sentence.slice(0, at);
  return TOLD_NOTHING.test(before) || TOLD_WHOM_NOTHING.test(before);
}

/**
 * "a laboratory, which reported on 20 November that …", "a survey, which found last week that …": a relative "which"
 * whose one verb (compromise's #Verb) takes a "that" clause right after the date is a body or a paper telling or
 * finding; the day it did so is no happening, what it told keeps its own date (issue 12sx). Not a deed in the
 * relative clause ("the brigade, which put out a blaze on 4 May"): no "that" follows the date.
 */
function relativeReportedThat(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at < 0 || !/^,?\s+that\b/u.test(sentence.slice(at + date.text.length))) return false;
  const m = /\bwhich\s+(\p{Ll}+)\s+(?:on\s+|last\s+|late\s+|early\s+)?$/u.exec(
    sentence.slice(Math.max(0, at - 40), at),
  );
  return m !== null && termsOf(`It ${m[1]!} that`)[1]?.tags.has('Verb') === true;
}

/**
 * "Police said no one was injured in Tuesday's collision", "Nobody was hurt in Monday's blaze": a clause whose subject
 * is a negative ("no one", "nobody", "none", "no" and a noun) before a copula or passive "was" / "were", dated by a
 * day in the possessive (the happening named as one already told: "Friday's storm dates the noun"), tells that
 * something did not happen in it, no happening of its own (issue 12sx). Not "no one was injured in the blast on
 * Monday" (review of 12p: the blast's only telling keeps its day), nor an active verb ("No buses ran on Tuesday", a
 * strike's effect); only a date after the negative in the clause of the date ({@link ownClause}).
 */
function negatedSubject(clause: string, date: FoundDate): boolean {
  const own = ownClause(clause, date.text);
  const neg =
    /(?:^|[\s,])(?:[Nn]o\s+one|[Nn]obody|[Nn]one(?:\s+of\s+[\p{L}\s’'-]{1,40}?)?|[Nn]o\s+\p{Ll}+)\s+(?:was|were)\b/u.exec(
      own,
    );
  if (!neg) return false;
  const at = own.indexOf(date.text, neg.index);
  const possessive = /[’']s$/u.test(date.text) || /^[’']s\b/u.test(own.slice(at + date.text.length));
  return at > neg.index && possessive;
}

/**
 * "A former employee told WKHR-TV last week that …", "A person familiar with the deal told radio station KQRB on
 * Tuesday that …", "One supplier, who asked not to be named, told the Post on Monday that …": an unnamed source (a
 * subject opened by "A", "An" or "One" and written in small letters, an aside set off by commas allowed) telling a
 * recipient named with a capital is how the news reached another outlet, no happening; what was told keeps its own
 * date (issue 12sx). Only a date between "told" and the "that" of the telling.
 */
const UNNAMED_TOLD_NAMED =
  /^(?:A|An|One)\s+(?:[\p{Ll}’'-]+\s+){0,7}?[\p{Ll}’'-]+(?:,[^,;"“”]{3,80},)?\s+told\s+(?:[\p{Ll}]+\s+){0,2}\p{Lu}[^;"“”]{0,60}$/u;

/** True when `date`, read in `clause` of `sentence`, dates an {@link UNNAMED_TOLD_NAMED} telling before its "that". */
function unnamedToldNamed(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return (
    at > 0 &&
    UNNAMED_TOLD_NAMED.test(sentence.slice(0, at)) &&
    /^,?\s+that\b/u.test(sentence.slice(at + date.text.length))
  );
}

/**
 * Words that make a figure rough ("about 22,000", "some 600", "nearly 90,000", "more than 1,400"): a closed class of
 * grammar, read right before a word compromise tags #Value ({@link roughCountInYear}).
 */
const ROUGH_BEFORE_VALUE =
  /\b(?:about|around|some|nearly|almost|roughly|approximately|estimated|over|under|upwards\s+of|close\s+to|(?:more|fewer|less)\s+than)\s+$/iu;

/**
 * "About 22,000 people visited the gallery last year", "Last year some 600 runners took part", "charged $1,100 a month
 * for a berth last year", "carries out about 900 cremations a year": a whole year dating a clause whose subject is a
 * rough figure (a word of {@link ROUGH_BEFORE_VALUE} before a #Value of compromise opening the clause, a plural noun,
 * then a verb that is no copula) or that holds a rate (a #Value then "a" / "per" and a #Duration: "a month") is a
 * statistic of that year, no happening (issue 12sx). Only a year, not a future one, and only when the figure and the
 * date stand in one simple clause (no comma, "and", "but", "which", "who" between them). Must not fire on a rough
 * object ("A fire destroyed more than 300 hectares in 2019" is a deed), a rough subject of a state ("In 2023, about
 * 8,000 homes were under a notice", an older answer event), an exact sum ("paid a £4,000 fine in 2024") nor a day or
 * a month ("About 40 people were moved out on Tuesday").
 */
function roughCountInYear(clause: string, date: FoundDate): boolean {
  if (date.precision !== 'year' || date.future) return false;
  const own = ownClause(clause, date.text);
  const at = own.indexOf(date.text);
  if (at < 0) return false;
  const terms = termsOf(own);
  return terms.some((t, i) => {
    if (!t.tags.has('Value') || !/\d/u.test(t.text) || date.text.includes(t.text)) return false;
    const between = t.start < at ? own.slice(t.end, at) : own.slice(at + date.text.length, t.start);
    if (/[,;]|\b(?:and|but|which|who|while|when|whose)\b/u.test(between)) return false;
    const rate = /^(?:a|per)$/iu.test(terms[i + 1]?.text ?? '') && terms[i + 2]?.tags.has('Duration') === true;
    if (rate) return true;
    // The rough figure opens the clause (a date before it allowed: "Last year about 1,400 people …").
    const head = own.slice(0, t.start);
    const rough = ROUGH_BEFORE_VALUE.exec(head);
    if (
      !rough ||
      head
        .slice(0, rough.index)
        .replace(date.text, '')
        .replace(/[\s,]+/gu, '')
    )
      return false;
    const noun = terms[i + 1];
    const verb = terms[i + 2];
    return (
      noun?.tags.has('Plural') === true &&
      verb !== undefined &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Copula') &&
      !verb.tags.has('Auxiliary')
    );
  });
}

/**
 * "By this morning the petition had about 2,300 signatures", "By Friday the fund has £9,000": a count held ("had" /
 * "has" / "have" as the main verb, right before a figure, a rough word allowed) by a time read with "by" is a running
 * tally, no happening (issue 12sx; {@link HAD_COUNT_BY} reads the count before the date). "had raised £3,000 by
 * Tuesday" (an auxiliary, a deed) is left alone.
 */
function countHeldBy(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at < 0 || !(/^by\s/iu.test(date.text) || readBefore(sentence, at, 4, /\bby\s+$/iu))) return false;
  const own = ownClause(clause, date.text);
  const terms = termsOf(own);
  return terms.some(
    (t, i) =>
      /^(?:had|has|have)$/iu.test(t.text) &&
      ((terms[i + 1]?.tags.has('Value') ?? false) ||
        (ROUGH_BEFORE_VALUE.test(`${terms[i + 1]?.text ?? ''} `) && (terms[i + 2]?.tags.has('Value') ?? false))),
  );
}

/**
 * "If it is approved, the new system could be installed by April", "If councillors agree, the market would return in
 * July": a main clause with a hedged modal ("could", "would", "might", "may"; compromise's #Modal) after an opening
 * "If" clause is a possibility, no drafted event (issue 12sx). Not "will" ("If approved, the works will start in
 * July" is a plan), and only a date after the condition's comma.
 */
function hedgedIfThen(sentence: string, clause: string, date: FoundDate): boolean {
  if (!/^If\s/u.test(sentence)) return false;
  const comma = sentence.indexOf(',');
  const at = dateAt(sentence, clause, date);
  if (comma < 0 || at < comma) return false;
  return termsOf(sentence.slice(comma, at)).some(
    (t) => t.tags.has('Modal') && /^(?:could|would|might|may)$/iu.test(t.text),
  );
}

/**
 * "The bridge could reopen by the end of June", "Work might start in September, the council said", "A ruling may come
 * in March": a clause whose verb is hedged by a #Modal "could", "might" or "may" before its date is a possibility,
 * no drafted event, with or without an "If" clause ({@link hedgedIfThen}, issue 12sy). Not "will" or "would" (a plan,
 * or a plan reported), nor a hedge about the past ("may have started in 2023": "have" after the modal), and only a
 * modal in the date's own clause ({@link ownClause}) before the date, with no "until" / "from" between (a window of
 * permission: "customers could collect their gowns from 10 a.m. on Saturday", an older answer event).
 */
function hedgedModal(clause: string, date: FoundDate): boolean {
  const own = ownClause(clause, date.text);
  const at = own.indexOf(date.text);
  if (at < 0) return false;
  const terms = termsOf(own.slice(0, at));
  return terms.some(
    (t, i) =>
      t.tags.has('Modal') &&
      /^(?:could|might|may)$/iu.test(t.text) &&
      !/^(?:have|not)$/iu.test(terms[i + 1]?.text ?? '') &&
      // "could ask for a refund until 31 January", "could collect gowns from 10 a.m. on Saturday": a window of
      // permission, whose bound or start older answers keep.
      !/\b(?:until|till|from|through)\b/iu.test(own.slice(t.end, at) + date.text),
  );
}

/**
 * The happenings a sentence reports, each with its date read against the publication date:
 * the sentence's own (or the part before a dated "after" clause) and the "after" clause's.
 */
export function happeningsOf(sentence: string, published: Date): Happening[] {
  const after = afterClause(sentence, published) ?? measuredAt(sentence, published);
  const head = after ? sentence.slice(0, after.at).replace(/[\s,;]+$/u, '') : sentence;
  // A lead under a dateline that tells a finding in the past ("X caused Y, investigators said on Thursday"):
  // the speaking does not date what they report; news told in the present ("is recalling", "has agreed") it does.
  const lead = DATELINE.test(sentence) && !/\b(?:is|are|has|have)\b/u.test(blankQuotes(sentence));
  const out = conjuncts(head, published)
    .map(withoutReachedAside)
    .filter(
      (part) =>
        !speechActOnly(part) &&
        !ranked(part) &&
        !TEXT_ASIDE.test(part) &&
        !FRONTED_MESSAGE.test(part) &&
        !toldOnly(part),
    )
    .flatMap((part) => clauseHappening(part, published, lead))
    .filter(
      (h) =>
        !figureOrRecordDate(sentence, h.excerpt, h.date) &&
        !backgroundRetold(sentence, h.excerpt, h.date, published) &&
        !quotedDeadline(h) &&
        !deniedClaims(h.excerpt, h.date),
    )
    .map((h) => ({ ...h, excerpt: withoutSequel(withoutFutureRelative(h.excerpt, h.date), h.date, published) }))
    .map((h, k, all) => thatMonthOf(h, all[k - 1]));
  // A telling in the "after" clause is no happening beside a dated main clause; alone ("Shares fell sharply after the
  // company announced on Monday that it would cut 300 jobs") it is the news's only day.
  if (
    after?.happening &&
    !('told' in after && after.told && out.length) &&
    !soFarThisYear(sentence, after.happening.excerpt, after.happening.date)
  )
    out.push(after.happening);
  // "said the rent "…" and gave her until 31 December to sign": a deadline joined after words quoted (issue 12aw).
  if (!out.length) out.push(...deadlineGiven(sentence, published));
  return out.flatMap((h) => decidedFrom(h, published) ?? followingYear(h) ?? [h]);
}

/** "the following year", "the next year", "a year later": a year counted from the year told before it (issue 12aw). */
const FOLLOWING_YEAR = /\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later)\b/u;

/**
 * "It was cancelled outright in 2020 and ran at half size the following year": the clause after "and" is a happening
 * of its own, a year after the year before it; with no "and" ("The club, founded in 1921, built the pavilion the
 * following year") the happening is that later year. Null when no past year is told before the words (issue 12aw).
 */
function followingYear(h: Happening): Happening[] | null {
  const m = FOLLOWING_YEAR.exec(h.excerpt);
  const at = h.excerpt.indexOf(h.date.text);
  if (!m || h.date.future || h.date.bound || at < 0 || at + h.date.text.length > m.index) return null;
  if (!/^\d{4}/u.test(h.date.date) || !/\b\d{4}\b/u.test(h.date.text)) return null;
  const date: FoundDate = {
    ...h.date,
    date: String(Number(h.date.date.slice(0, 4)) + 1),
    precision: 'year',
    text: m[0],
  };
  const between = h.excerpt.slice(at + h.date.text.length, m.index);
  const and = /\s+and\s+/u.exec(between);
  if (!and) return [{ ...h, date }];
  const cut = at + h.date.text.length + and.index;
  const tail = h.excerpt.slice(cut + and[0].length).replace(/[\s.]+$/u, '');
  return [
    { ...h, excerpt: h.excerpt.slice(0, cut) },
    { excerpt: tail, date },
  ];
}

/**
 * A decision or a letter's telling on a past day of a change that starts "from" a day ahead: "voted on Thursday to
 * introduce a fee … from 1 January", "agreed last week to raise the fee … from September 2027", "received a letter on
 * 9 November telling her the rent would rise … from 1 January" (issue 12aw). The verb before the change; a telling is
 * a remark, so only its change is drafted.
 */
const DECIDED_FROM = /\b(?:voted|agreed|decided|resolved|approved|telling|told)\b/u;

/** The first infinitive, "would" or "will" after {@link DECIDED_FROM}: where the change it tells begins. */
const CHANGE_START = /\b(?:to|would|will)\s+\p{Ll}+/u;

/**
 * {@link DECIDED_FROM}: the happening `h`, dated on a past day, split in two: the decision (the words before the
 * change) and the change, planned on the day after its last "from" (a day or month with no year that lies before the
 * publication is next year's); null when there is no such change, the day has a year already past, or quotes are in it.
 */
function decidedFrom(h: Happening, published: Date): Happening[] | null {
  if (h.date.future || h.date.bound || /["“”]/u.test(h.excerpt)) return null;
  const decided = DECIDED_FROM.exec(h.excerpt);
  if (!decided) return null;
  const rest = h.excerpt.slice(decided.index + decided[0].length);
  const change = CHANGE_START.exec(rest);
  const from = [...rest.matchAll(/\bfrom\s+/gu)].at(-1);
  if (!change || !from || from.index < change.index) return null;
  // ("voted on Thursday not to introduce …", "voted against a plan to …": no change is planned, review of round 44.)
  if (/\b(?:not|never|against)\b/u.test(rest.slice(0, change.index))) return null;
  const tail = rest.slice(from.index + from[0].length).replace(/[\s.]+$/u, '');
  const date = findDate(tail, published);
  if (!date || date.precision === 'year' || !tail.startsWith(date.text)) return null;
  const now = published.toISOString().slice(0, 10);
  // ("voted in March to shut it from 1 April", told in May: a start between the decision and the telling is past.)
  const ahead =
    date.date.slice(0, 7) >= now.slice(0, 7) || /\b\d{4}\b/u.test(date.text) || date.date > h.date.date
      ? date.date
      : `${Number(date.date.slice(0, 4)) + 1}${date.date.slice(4)}`;
  if (ahead <= now) return null;
  const start = decided.index + decided[0].length + change.index;
  const end = decided.index + decided[0].length + from.index + from[0].length + date.text.length;
  const head = h.excerpt.slice(0, start).replace(/[\s,;]+$/u, '');
  // ("received a letter on 9 November telling her the rent would rise …": the telling is a remark, the rise the news.)
  return [
    ...(/^told|^telling/u.test(decided[0]) ? [] : [{ ...h, excerpt: head }]),
    {
      excerpt: h.excerpt.slice(start, end),
      date: { ...date, date: ahead, future: true, bound: false, clause: 'main' },
    },
  ];
}

/**
 * "… and that it hoped to have the fleet running again "by the end of January at the latest"", "promised that grit
 * bins would be "refilled by the end of December"": a deadline ("by …", "by the end of …") inside quoted words is
 * part of the hope or promise quoted, no happening (issue 12sr); a quoted day with no "by" ("would resume "this
 * coming Friday"") and a deadline outside quotes still date the plan.
 */
const QUOTED_DEADLINE = /\bby\s+(?:the\s+)?(?:(?:very\s+)?(?:end|middle|start|beginning|close)\s+of\s+)?(?:the\s+)?$/iu;

/** True when the date of `h` sits inside quoted words right after "by" or "by the end of" ({@link QUOTED_DEADLINE}). */
function quotedDeadline(h: Happening): boolean {
  const text = h.date.text.toLowerCase();
  const excerpt = h.excerpt.toLowerCase();
  for (const m of excerpt.matchAll(/["“]([^"”]*)(?:["”]|$)/gu)) {
    const inner = m[1]!;
    const at = inner.indexOf(text);
    if (at < 0) continue;
    if (/^by\b/u.test(text) || QUOTED_DEADLINE.test(inner.slice(0, at))) return true;
  }
  return false;
}

/**
 * "The trust hopes to finish the slipway by the end of September", "are hoping to buy a second boat early next year",
 * "she hoped work could start in January": a hope (the verb "hope", then "to", "that" or a subject and a modal) for a
 * month, a season or a year is a wish, no plan (non-news sweep 12st); "for" a thing too ("She hopes for a reply by the
 * end of the month", non-news sweep 12sw; no answer excerpt of any set holds "hope(s/d) for"). The hope and the date stand in one clause (no
 * comma, semicolon, full stop, quote mark, " and " or " but " between). A day is left alone: "hoped to appoint an
 * interim caterer by 18 December" is an answer event (see {@link hopedVague}).
 */
const HOPED_VAGUE =
  /\b(?:hope|hopes|hoped|hoping)\s+(?:to\s|that\s|for\s|(?:[\p{L}’'-]+\s+){1,4}?(?:could|would|can|will|might|may)\s)(?:(?!\s(?:and|but)\s)[^,.;"“”]){0,100}$/u;

/** True when `date`, not a day, is read in `clause` of `sentence` right after a hope ({@link HOPED_VAGUE}). */
function hopedVague(sentence: string, clause: string, date: FoundDate): boolean {
  if (date.precision === 'day') return false;
  const at = dateAt(sentence, clause, date);
  return at > 0 && HOPED_VAGUE.test(sentence.slice(0, at));
}

/**
 * "who ran it out of a garden shed until 2019", "ran the kiosk until 2021": a past span closed by "until" (or "till")
 * and a year before the year of publication is background, a tenure or a state that ended, no happening of that year
 * (non-news sweep 12su; no answer excerpt of any set holds "until" and a past year). Not a span yet to come ("will stay
 * closed until 2028"), nor one whose end is told as a happening (", when it was sold …", see {@link untilPastYear}).
 */
const UNTIL_PAST_YEAR = /\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$/iu;

/** True when `date`, a past year, closes a {@link UNTIL_PAST_YEAR} span in `clause` of `sentence`. */
function untilPastYear(sentence: string, clause: string, date: FoundDate, published: Date): boolean {
  if (!pastYear(date, published)) return false;
  const at = dateAt(sentence, clause, date);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const spanned = UNTIL_PAST_YEAR.test(before) || /^(?:until|till)\s/iu.test(date.text);
  return spanned && !/^,?\s+(?:when|after|before|and)\b/u.test(sentence.slice(at + date.text.length));
}

/**
 * "compared with about 4,400", "up from £950", "against 2,040": a comparison and the figure it sets a count against,
 * shared by {@link COMPARED_AFTER_YEAR} and {@link COMPARED_LATER_IN_CLAUSE}.
 */
const COMPARED_FIGURE = String.raw`(?:(?:as\s+)?compared\s+(?:with|to)|up\s+from|down\s+from|against)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+|over\s+|under\s+)?[$€£]?\d`;

/**
 * "3,100 boats passed through in 2025, compared with 4,400 in 2015", "were sold in 2024, up from 950 in 2021": a year
 * set right away against another figure is the year of a count, no happening (non-news sweep 12su; no answer excerpt
 * of any set holds "compared with", "up from" or "down from"). Only a year: "900 came on Saturday, compared with …"
 * keeps its day. A financial year's second half may follow the year ("were lodged in 2025-26, against 2,040 the year
 * before", non-news sweep 12sv).
 */
const COMPARED_AFTER_YEAR = new RegExp(String.raw`^(?:[-–/]\d\d(?!\d))?,?\s+${COMPARED_FIGURE}`, 'u');

/**
 * True when `date`, a year before that of `published` read in `clause` of `sentence`, is followed by a
 * {@link COMPARED_AFTER_YEAR} figure (a year to come keeps its plan: "will get 1.2 billion next year, down from …").
 */
function comparedAfterYear(sentence: string, clause: string, date: FoundDate, published: Date): boolean {
  if (!pastYear(date, published)) return false;
  const at = dateAt(sentence, clause, date);
  return at >= 0 && COMPARED_AFTER_YEAR.test(sentence.slice(at + date.text.length));
}

/**
 * "Last year the collections raised 212,000, against 140,000 in 2018", "In 2024 the stall took £9,000, down from
 * £12,000 in 2020": a past year whose clause sets a figure against another figure further on (not right after the
 * year, as {@link COMPARED_AFTER_YEAR} reads) is the year of a count, no happening (non-news sweep 12sv; no answer
 * excerpt of any set holds such a comparison). The stretch between the year and the comparison holds a figure and no
 * comma, "and", "but" or semicolon: a year in an aside before the count's verb ("The pool, which opened in 2008, drew
 * 90,000 visitors last year, up from …") is a happening of its own. Only a year that opens the sentence ("Last year
 * …", "In 2024 …"): a deed with its year inside the clause ("The marina was sold in 2023 for £2m, compared with £3m
 * asked", a test of 12so) keeps it.
 */
const COMPARED_LATER_IN_CLAUSE = new RegExp(
  String.raw`^,?(?:(?!,\s|\s(?:and|but)\s)[^;"“”]){0,80}?\d(?:(?!,\s|\s(?:and|but)\s)[^;"“”]){0,40}?,\s+${COMPARED_FIGURE}`,
  'u',
);

/**
 * True when `date`, a year before that of `published` that opens `sentence` (read in `clause`), is the year of a
 * figure set against another further on in its clause ({@link COMPARED_LATER_IN_CLAUSE}); a year to come keeps its
 * plan.
 */
function comparedLaterInClause(sentence: string, clause: string, date: FoundDate, published: Date): boolean {
  if (!pastYear(date, published)) return false;
  const at = dateAt(sentence, clause, date);
  return (
    at >= 0 &&
    /^\s*(?:in\s+)?$/iu.test(sentence.slice(0, at)) &&
    COMPARED_LATER_IN_CLAUSE.test(sentence.slice(at + date.text.length))
  );
}

/**
 * "customers had been queuing since word got out last week", "since news of the sale spread on Monday": how the
 * news got about is no happening of its own; the news is told elsewhere with its own date (non-news sweep 12sv; no
 * answer excerpt of any set holds "word" or "news" with "got out", "spread", "leaked" or "broke"). Only "word" or
 * "news" (optionally "of …") as the subject of such a verb right before the date.
 */
const NEWS_SPREAD =
  /\b(?:[Ww]ord|[Nn]ews)(?:\s+of\s+[^,;"“”]{1,40}?)?\s+(?:first\s+)?(?:got|had\s+got|went|had\s+gone|leaked|had\s+leaked|spread|had\s+spread|broke|had\s+broken)(?:\s+(?:out|around|round|about))?\s+(?:on\s+|last\s+|late\s+|early\s+)?$/u;

/** True when `date`, read in `clause` of `sentence`, is the day the news got about ({@link NEWS_SPREAD}). */
function newsSpread(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 80, NEWS_SPREAD);
}

/**
 * "Police would not comment on that yesterday", "The agency declined to comment on Monday": a refusal to comment,
 * with the day it was made, is no happening (non-news sweep 12sv; no answer excerpt of any set holds "comment" as a
 * verb). Only "would not", "declined to", "refused to", "did not", "could not" or "was/were not available to" right
 * before "comment", optionally "on/about" a short object with no comma, and then the date.
 */
const REFUSED_COMMENT =
  /\b(?:would\s+not|wouldn['’]t|declined\s+to|refused\s+to|did\s+not|didn['’]t|could\s+not|couldn['’]t|(?:was|were)\s+not\s+(?:available|able)\s+to)\s+(?:immediately\s+|publicly\s+|further\s+)?comment(?:\s+(?:on|about)\s+[^,;"“”]{1,40}?)?\s+(?:on\s+|last\s+|late\s+|early\s+)?$/iu;

/** True when `date`, read in `clause` of `sentence`, closes a {@link REFUSED_COMMENT} refusal. */
function refusedComment(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 100, REFUSED_COMMENT);
}

/**
 * "The shop will open until 5pm each day this month", "opens from 9am to 1pm every weekday": the hours a place keeps
 * each day are a habit, no happening of the period they are told for (non-news sweep 12sv; no answer excerpt of any
 * set holds "open until" an hour or "each/every day"). An hour after "open(s)/close(s)/shut(s)" ("until", "till",
 * "to" or "at") and "each/every day/weekday/morning/evening/night" or "daily" in the date's own clause; a one-off late
 * opening on a day ("will stay open until 9pm on 29 May") has no such word and keeps its day, and a day with such
 * words is when new hours start ("will close at 10pm every night from 1 June", review of round 43).
 */
const OPENING_HOURS_HABIT =
  /\b(?:open|opens|close|closes|shut|shuts)\s+(?:from\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?(?:until|till|to|at)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?:[^;.]|\.m\.){0,30}?(?:\b(?:each|every)\s+(?:day|weekday|morning|evening|night)\b|\bdaily\b)/iu;

/** True when the own clause of `date` in `clause` tells opening hours kept as a habit ({@link OPENING_HOURS_HABIT}). */
function openingHoursHabit(clause: string, date: FoundDate): boolean {
  // "will close at 10pm every night from 1 June for repairs": a day is when the new hours start, a happening (review 43).
  return date.precision !== 'day' && OPENING_HOURS_HABIT.test(ownClause(clause, date.text));
}

/**
 * "recovered 71 items stolen since the start of the year": the year so far, read from "since the start (beginning) of
 * the year", is the period of a count, no happening of that year (non-news sweep 12sv; no answer excerpt of any set
 * holds "since the start of" or "since the beginning of").
 */
const SINCE_YEAR_START = /\bsince\s+(?:the\s+)?(?:very\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year\s*$/iu;

/** True when `date`, read in `clause` of `sentence`, is the year so far after "since the start of" ({@link SINCE_YEAR_START}). */
function sinceYearStart(sentence: string, clause: string, date: FoundDate): boolean {
  if (date.precision !== 'year') return false;
  const at = dateAt(sentence, clause, date);
  return at >= 0 && SINCE_YEAR_START.test(sentence.slice(Math.max(0, at - 40), at + date.text.length));
}

/**
 * "The Harth Courier reported on Monday, citing a person it did not name, that …": the day an outlet reported,
 * told with the source it cited, is the telling of the news, no happening; what it reports keeps its own date
 * (non-news sweep 12sv; no answer excerpt of any set holds "citing" or "cited" for a source). Only "reported" right
 * before the date and ", citing" right after it: "A rival bakery opened on Monday, citing demand …" keeps Monday.
 */
const REPORTED_CITING = /\breported\s+(?:on\s+|last\s+|late\s+|early\s+)?$/u;

/** True when `date`, read in `clause` of `sentence`, is the day of a {@link REPORTED_CITING} report citing a source. */
function reportedCiting(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return (
    at > 0 &&
    REPORTED_CITING.test(sentence.slice(Math.max(0, at - 30), at)) &&
    /^,?\s+citing\b/u.test(sentence.slice(at + date.text.length))
  );
}

/**
 * "Licences are normally granted only between July and November", "The fair is usually held in June": a passive or
 * copular verb with "normally", "usually", "typically", "generally", "ordinarily" or "traditionally" tells a habit,
 * no happening of the period named (non-news sweep 12sv; no answer excerpt of any set holds such an adverb after
 * "is/are/was/were/be"). The adverb must follow "is/are/was/were/be" (so "The usually quiet lane was closed on
 * Monday" keeps Monday) and stand within 50 characters before the date, with no comma, " and " or " but " between
 * ("The lane is usually quiet but was flooded on Monday" keeps Monday, review of round 43).
 */
const HABIT_ADVERB =
  /\b(?:is|are|was|were|be)\s+(?:normally|usually|typically|generally|ordinarily|traditionally)\s+(?:(?!\s(?:and|but)\s)[^,;"“”]){0,50}$/iu;

/** True when `date`, read in `clause` of `sentence`, is the period of a {@link HABIT_ADVERB} habit. */
function habitAdverb(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 80, HABIT_ADVERB);
}

/**
 * "The city has set aside $85,000 for track work next year", "has earmarked £2m for repairs in 2027": a sum of money
 * set aside for a period is a budget, no happening of that period (non-news sweep 12sv; no answer excerpt of any set
 * holds "set aside", "earmarked", "budgeted" or "allocated"). Only the verb, a sum right after it, a "for" and the date
 * with no comma between, and no single day; "will buy new ovens next year" keeps its plan, and so do the day or month
 * the money was given ("set aside £50,000 on Monday for …", "allocated £2m to the scheme in March", review of round 43).
 */
const BUDGET_SET_ASIDE =
  /\b(?:set\s+aside|earmarked|budgeted|allocated)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?[$€£]?\d[\d,.]*[^,;"“”]{0,60}?\bfor\s[^,;"“”]{0,56}$/iu;

/** True when `date`, read in `clause` of `sentence`, is the period of a {@link BUDGET_SET_ASIDE} budget. */
function budgetSetAside(sentence: string, clause: string, date: FoundDate): boolean {
  // "set aside £50,000 on Monday": a day is when the money was set aside, a happening (review 43).
  if (date.precision === 'day') return false;
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 100, BUDGET_SET_ASIDE);
}

/**
 * "She says December is her busiest month", "July is usually the quietest time of the year": a period named as a
 * trade's busiest or quietest is a habit, no happening of that period (non-news sweep 12sv; the two answer excerpts
 * of any set with "busiest" are "the busiest day on record", a day set off by a comma, and "busiest container port").
 * Only the date right before "is/are/was" (optionally "usually/always/normally") and a determiner with "busiest",
 * "quietest" or "slowest" and a period noun; not one past day ("Monday was the worst day of the flooding", review of
 * round 43).
 */
const BUSIEST_PERIOD =
  /^\s+(?:is|are|was|were)\s+(?:usually\s+|always\s+|normally\s+|often\s+|typically\s+)?(?:her|his|their|our|its|my|the|a)\s+(?:busiest|quietest|slowest|best|worst)\s+(?:month|months|week|weeks|time|season|period|day|days)\b/iu;

/** True when `date`, read in `clause` of `sentence`, is named a {@link BUSIEST_PERIOD} of a trade. */
function busiestPeriod(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  const m = at >= 0 ? BUSIEST_PERIOD.exec(sentence.slice(at + date.text.length)) : null;
  // "Monday was the worst day of the flooding": one past day is a happening of its own, no habit (review 43).
  return !!m && !(date.precision === 'day' && /^\s+(?:was|were)\b/iu.test(m[0]));
}

/**
 * "The cooperative called for the rebuild to start by March", "urged the council to act by June": the deadline of a
 * demand is what someone asked for, no happening of that period (non-news sweep 12sv; no answer excerpt of any set
 * holds "called for", "urged", "demanded" or "asked" with "by"). Only "called/calls/calling for" or
 * "urged/urges/urging/demanded/demands" and a "by" right before the date, within 80 characters and no comma, " and "
 * or " but "; a firm plan with a deadline ("will finish the repairs by September", "called for repairs and the council
 * finished them by June", review of round 43) keeps it.
 */
const CALLED_FOR_BY =
  /\b(?:call(?:ed|s|ing)\s+for|urg(?:ed|es|ing)|demand(?:ed|s|ing))\s(?:(?!\s(?:and|but)\s)[^,;"“”]){0,80}?\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/iu;

/** True when `date`, read in `clause` of `sentence`, is the deadline of a {@link CALLED_FOR_BY} demand. */
function calledForBy(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 120, CALLED_FOR_BY);
}

/**
 * "The festival had been booked for 16 and 17 January", "The sale had been scheduled for Dec. 12": the day a thing
 * had been booked for, told in the past perfect, is a plan no longer in force (the news is its calling-off, told
 * elsewhere), no happening of that day (non-news sweep 12sv; no answer excerpt of any set holds "had been booked,
 * scheduled, planned, due, set or arranged"). Only that verb and "for" (or "to take place/run/open/start/be held",
 * optionally "on/in/from"), and a first day's number with "and/to" for a span, right before the date.
 */
const ONCE_PLANNED =
  /\bhad\s+been\s+(?:booked|scheduled|planned|due|set|arranged|pencilled\s+in)\s+(?:for|to\s+(?:take\s+place|run|open|start|begin|be\s+held)(?:\s+(?:on|in|from))?)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?$/iu;

/** True when `date`, read in `clause` of `sentence`, is the day of an {@link ONCE_PLANNED} booking. */
function oncePlanned(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 100, ONCE_PLANNED);
}

/**
 * "a petition, which had gathered 1,200 signatures by Tuesday night": a running count told in a relative clause
 * ("which/that had gathered, collected, drawn, attracted, amassed, reached, topped or passed" a count and a noun,
 * then "by" the date) is a tally standing on that day, no happening (non-news sweep 12sw; the 12an
 * {@link HAD_COUNT_BY} and the 12sc `TALLY_GATHERED` read such a tally only as a main clause). Not money "raised" by
 * an appeal: one answer file lists "which had raised more than £6,000 by Thursday evening" as the appeal's reported
 * event. Must not fire: a petition handed in on a day.
 */
const RELATIVE_TALLY_BY =
  /\b(?:which|that)\s+had\s+(?:gathered|collected|drawn|attracted|amassed|reached|topped|passed)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:by\s+)?$/u;

/** True when `date`, read in `clause` of `sentence`, closes a {@link RELATIVE_TALLY_BY} running total. */
function relativeTallyBy(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  if (at <= 0) return false;
  const before = sentence.slice(Math.max(0, at - 100), at);
  return RELATIVE_TALLY_BY.test(before) && (/\bby\s+$/u.test(before) || /^by\s/iu.test(date.text));
}

/**
 * "It is open from April to October", "The pool is usually open between May and September": the months a place is
 * open each year, told in the present, are its season, no happening of the first month (non-news sweep 12sw; the one
 * answer excerpt with "open from" is a new shop's hours "will open from 7am to 7pm … from next month", a plan). Only
 * "is/are" (optionally "only") "open from/between" right before the date; "is usually/normally/generally open from" is
 * already a habit ({@link habitAdverb}, earlier in {@link backgroundRetold}).
 */
const OPEN_SEASON = /\b(?:is|are)\s+(?:only\s+)?open\s+(?:from\s+|between\s+)?$/iu;

/** True when `date`, read in `clause` of `sentence`, opens an {@link OPEN_SEASON} season. */
function openSeason(sentence: string, clause: string, date: FoundDate): boolean {
  // ("The museum is open from Monday after a refurbishment": a single day is a reopening, review of round 44.)
  if (date.precision === 'day') return false;
  const at = dateAt(sentence, clause, date);
  if (at <= 0) return false;
  const before = sentence.slice(Math.max(0, at - 60), at);
  return (
    OPEN_SEASON.test(before) && (/\b(?:from|between)\s+$/iu.test(before) || /^(?:from|between)\s/iu.test(date.text))
  );
}

/**
 * "numbers had fallen from 9,100 in 2019 to 6,350 this autumn": the year of the figure a change is counted from is
 * the start of a comparison, no happening of that year (non-news sweep 12sw; no answer excerpt of any set holds
 * "from <figure> in <year>"). Only "from" and a figure right before the year ("in" between) and "to" and a figure
 * right after it; "moved from Mill Lane in 2018 to …" has no figure and keeps its year.
 */
const FROM_FIGURE_IN_YEAR = {
  before:
    /\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?[$€£]?\d[\d,.]*(?:\s*(?:%|per\s+cent|percent|m|bn|million|billion))?\s+(?:in\s+)?$/u,
  after:
    /^,?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+|under\s+)?[$€£]?\d/u,
};

/** True when `date`, read in `clause` of `sentence`, is the year of a {@link FROM_FIGURE_IN_YEAR} starting figure. */
function fromFigureInYear(sentence: string, clause: string, date: FoundDate): boolean {
  if (date.precision !== 'year') return false;
  const at = dateAt(sentence, clause, date);
  if (at <= 0) return false;
  return (
    FROM_FIGURE_IN_YEAR.before.test(sentence.slice(Math.max(0, at - 60), at)) &&
    FROM_FIGURE_IN_YEAR.after.test(sentence.slice(at + date.text.length))
  );
}

/**
 * "A council survey earlier this year found 61 per cent of respondents backed …": the date of a survey or poll that
 * found a share is the time of a figure, no happening (non-news sweep 12sw; the answer excerpts with "survey … found"
 * tell a finding of things, "a walkover survey found fresh spoil heaps", never a share). Only "survey", "poll",
 * "consultation" or "questionnaire" right before the date and "found" (optionally "that") and a share in per cent
 * right after it.
 */
const SURVEY_FOUND_SHARE = {
  before:
    /\b(?:survey|poll|consultation|questionnaire)\s+(?:(?:carried\s+out|conducted|published|taken)\s+)?(?:in\s+|on\s+|earlier\s+|early\s+|late\s+|later\s+)?$/iu,
  after:
    /^,?\s+(?:had\s+)?found\s+(?:that\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+|over\s+|under\s+)?\d[\d.]*\s*(?:%|per\s+cent|percent)/iu,
};

/** True when `date`, read in `clause` of `sentence`, is the time of a {@link SURVEY_FOUND_SHARE} finding. */
function surveyFoundShare(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return (
    at > 0 &&
    SURVEY_FOUND_SHARE.before.test(sentence.slice(Math.max(0, at - 60), at)) &&
    SURVEY_FOUND_SHARE.after.test(sentence.slice(at + date.text.length))
  );
}

/**
 * "Sales fell by about a third in 2020", "Takings rose 12 per cent in 2019": how a trade's own figure (sales, takings,
 * turnover, revenue, footfall, bookings, trade, visitor or customer numbers) moved in a past year is background, no
 * happening of that year (non-news sweep 12sw; the answer excerpts with "fell/rose" tell shares, prices or a profit
 * reported in a month, each with a day or a month, none a trade figure in a year). Only a year before that of
 * publication, with "in" right before it.
 */
const TRADE_FIGURE_IN_YEAR =
  /\b(?:[Ss]ales|[Tt]akings|[Tt]urnover|[Rr]evenue|[Ff]ootfall|[Bb]ookings|[Tt]rade|(?:[Vv]isitor|[Cc]ustomer|[Pp]assenger)\s+numbers)\s+(?:had\s+)?(?:fell|rose|dropped|grew|climbed|slumped|jumped|plunged|halved|doubled|declined|increased|fallen|risen)\b[^,;"“”]{0,40}?\s+in\s+$/u;

/** True when `date`, a year before that of `published` read in `clause` of `sentence`, closes a {@link TRADE_FIGURE_IN_YEAR} move. */
function tradeFigureInYear(sentence: string, clause: string, date: FoundDate, published: Date): boolean {
  if (!pastYear(date, published)) return false;
  const at = dateAt(sentence, clause, date);
  const before = at > 0 ? sentence.slice(Math.max(0, at - 80), at) : '';
  return (
    at > 0 &&
    (TRADE_FIGURE_IN_YEAR.test(before) || (/^in\s/iu.test(date.text) && TRADE_FIGURE_IN_YEAR.test(before + 'in ')))
  );
}

/**
 * "a model of the branch line as it looked in 1957", "a painting of the harbour as it was in 1890": the time a model,
 * a picture or a reconstruction shows is no happening of that time (non-news sweep 12sw; no answer excerpt of any set
 * holds "as it/they looked, was, were, stood or appeared"). Only those words and "in" right before the date.
 */
const AS_IT_LOOKED = /\bas\s+(?:it|they)\s+(?:looked|was|were|stood|appeared)\s+(?:in\s+)?$/iu;

/** True when `date`, read in `clause` of `sentence`, is the time an {@link AS_IT_LOOKED} depiction shows. */
function asItLooked(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return readBefore(sentence, at, 40, AS_IT_LOOKED);
}

/**
 * "The committee heard that the chimes had been recorded at 8.40pm on a Tuesday in August": what a committee, a
 * panel, a meeting or councillors heard, told in the past perfect, is evidence laid before them, no happening of its
 * own (non-news sweep 12sw; no answer excerpt of any set holds "heard that"). Only those hearers (not a court, a jury
 * or an inquiry, whose findings of fact can be the news), "heard that/how" before the date with a "had" between and
 * no semicolon or quote mark; the day of the hearing ("The panel heard on Monday that …") comes before "that" and
 * keeps its date.
 */
const COMMITTEE_HEARD =
  /\b(?:[Cc]ommittee|[Pp]anel|[Mm]eeting|[Cc]ouncill?ors)\s+heard\s+(?:that|how)\s[^;"“”]*\bhad\b[^;"“”]*$/u;

/** True when `date`, read in `clause` of `sentence`, is told in {@link COMMITTEE_HEARD} evidence. */
function committeeHeard(sentence: string, clause: string, date: FoundDate): boolean {
  const at = dateAt(sentence, clause, date);
  return at > 0 && COMMITTEE_HEARD.test(afterLastStop(sentence.slice(0, at)));
}

/**
 * The words of `text` after its last quotation mark or semicolon: the only part an end-anchored regex that allows none
 * of them can match ({@link DEADLINE_GIVEN}, {@link COMMITTEE_HEARD}); cut first so that a long sentence is not
 * scanned again from every start (8,000 characters of "and gave her until … to …" took seconds; review of round 44).
 */
const afterLastStop = (text: string) => text.slice(Math.max(...[...'"“”;'].map((c) => text.lastIndexOf(c))) + 1);

/**
 * "X denied the allegations last night", "The manager rejected both accusations on Tuesday": a denial of claims as
 * the main verb is a reaction to the news, told with the day it was made, no happening of its own (non-news sweep
 * 12su; the one answer excerpt with "denied" is "denied bail", and "rejected" stands in answers only with an offer,
 * a bid, a claim for money or a vote). Only claims, allegations, accusations, suggestions, reports, criticism or
 * wrongdoing as the object, and nothing after it joined by " and " or " but " (review of round 42: "rejected the
 * claims on Tuesday and sacked its chief executive" is a deed of Tuesday).
 */
const DENIED_CLAIMS =
  /^[^;"“”]{2,80}?\s(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes)\s+(?:both\s+|all\s+|the\s+|these\s+|those\s+|any\s+|such\s+|her\s+|his\s+|their\s+)*(?:claims?|allegations?|accusations?|suggestions?|reports|criticism|wrongdoing)\b(?:(?!\s(?:and|but)\s)[^,;"“”]){0,40}$/u;

/** True when `clause`, cut at the date's own text, is a {@link DENIED_CLAIMS} denial (the date may close it). */
function deniedClaims(clause: string, date: FoundDate): boolean {
  const at = clause.indexOf(date.text);
  const head = (at >= 0 ? clause.slice(0, at) + clause.slice(at + date.text.length) : clause).replace(/[\s.]+$/u, '');
  return DENIED_CLAIMS.test(head.replace(/\s+/gu, ' '));
}

/**
 * "The council's Dec. 9 meeting starts at 6 p.m.", "Tuesday's hearing begins at 10am": the hour a meeting, named by its
 * day, starts is a practical detail of that meeting, drafted already from the sentence that tells it (non-news sweep
 * 12su; no answer excerpt holds "starts at" or "begins at" with an hour). A meeting planned for a day ("will meet on
 * June 3") is left alone. The day may be in the possessive ("Tuesday's hearing", review of round 42).
 */
const MEETING_START_TIME =
  /^(?:['’]s)?\s*(?:meeting|hearing|session|vote|briefing|consultation)\s+(?:(?:will\s+)?(?:starts?|begins?|opens?)|is\s+due\s+to\s+(?:start|begin))\s+at\s+\d/iu;

/** True when `date` in `sentence` names a meeting whose start hour the sentence tells ({@link MEETING_START_TIME}). */
function meetingStartTime(sentence: string, date: FoundDate): boolean {
  const at = sentence.indexOf(date.text);
  return at >= 0 && MEETING_START_TIME.test(sentence.slice(at + date.text.length));
}

/**
 * "X, who wrote more than 40 hymns, lived in Y from 1879 to 1886", "who ran the public evenings from 1974 until
 * 2011": a span from one year to another is a life, a tenure or a period told as background, no happening of its
 * first year (issue 12sr; no answer file counts one). A dated happening beside the span keeps its own date.
 */
const YEAR_SPAN = /\bfrom\s+((?:1[5-9]|20)\d\d)\s+(?:to|until|till|through)\s+(?:(?:1[5-9]|20)\d\d|\d\d)\b/u;

/**
 * True when `date` is the first year of a {@link YEAR_SPAN} in `excerpt` (a happening's or a background clause's)
 * and that year is before the year of `published`: a span yet to come ("will run the pilot from 2027 to 2030") is
 * the news's plan, not background (review of 12sr).
 */
function yearSpan(excerpt: string, date: FoundDate, published: Date): boolean {
  const m = YEAR_SPAN.exec(excerpt);
  return !!m && Number(m[1]) < published.getUTCFullYear() && date.date.startsWith(m[1]!) && date.text.includes(m[1]!);
}

/**
 * "opens to visitors on the first Sunday of every month", "clean the beach each weekend": a habit told with "every"
 * or "each" and a period (no answer excerpt of any set holds one); a relative clause set off by commas ("The ferry,
 * which sails every Sunday, ran aground on Tuesday") is cut first, so the main clause's happening keeps its date.
 * Not a one-off span ("every day last week") nor a compound subject ("every summer fete was cancelled on Monday"),
 * review of round 40.
 */
const EVERY_PERIOD = new RegExp(
  String.raw`\b(?:[Ee]very|[Ee]ach)\s+(?:(?:other|first|second|last)\s+)?(?:day|night|week|weekend|weekday|month|year|summer|winter|spring|autumn|${WEEKDAY})s?\b` +
    String.raw`(?!\s+(?:of\s+)?(?:last|this|that)\s+(?:week|weekend|month|year|summer|winter|spring|autumn)\b(?!['’]))(?!\s+\p{Ll}+\s+(?:was|were)\b)`,
  'u',
);

/**
 * True when the clause of `excerpt` that holds `date` (cut at "and", "but" or a subordinator such as "until" or
 * "when", review of round 40; its relative clauses between commas cut)
 * tells a habit ({@link EVERY_PERIOD}; issue 12ss): "bought their caravan in 1998 and have spent every summer there
 * since" keeps 1998.
 */
function everyPeriod(excerpt: string, date: FoundDate): boolean {
  const text = date.text.toLowerCase();
  return excerpt
    .replace(/,\s*(?:which|who|where|whose)\b[^,]*,/gu, ',')
    .split(/\s+(?:and|but|until|till|before|after|when|because|while)\s+/u)
    .some((part) => part.toLowerCase().includes(text) && EVERY_PERIOD.test(part) && !habitThenModal(part, text));
}

/**
 * "said it would not renew the policy when it lapses Dec. 31", "would not seek another term when her mandate ends
 * in March" (issue 12as): a refusal to go on, in the future, at the end of a term the sentence dates, is news of that
 * end (a plan), not a denial; the term's end is a present verb of a "when" clause after "will/would not".
 */
const REFUSED_AT_TERM_END =
  /\b(?:will|would|shall)\s+not\s+(?:[\p{L}’'-]+\s+){1,6}?(?:when|once)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:lapses|lapse|expires|expire|ends|end|runs\s+out|run\s+out|finishes|finish)\b/u;

/**
 * True when the reported clause `plain` is negated before its date `dated` (a refusal at a term's end excepted,
 * {@link REFUSED_AT_TERM_END}), or calls off the plan of that date.
 */
function deniedOrCalledOff(plain: string, dated: FoundDate | null): boolean {
  return (
    (NEGATED.test(plain.slice(0, dated ? Math.max(plain.indexOf(dated.text), 0) : /,|\sand\s/u.exec(plain)?.index)) &&
      !(dated?.future && REFUSED_AT_TERM_END.test(plain))) ||
    (!!dated?.future && calledOff(plain, dated.text))
  );
}

/**
 * A modal or future verb between a habit and the date (issue 12as): "A market that has filled the quay every
 * Saturday for nine years must stop from 1 January", "A club that meets every Tuesday will close on 3 March": the
 * habit is the subject's past, told in its relative clause, and the dated verb is a plan of its own.
 */
const HABIT_THEN_MODAL = /\b(?:will|would|shall|must|(?:has|have)\s+to|(?:is|are)\s+(?:due|set|expected)\s+to)\s/iu;

/**
 * True when {@link HABIT_THEN_MODAL} stands after the first habit of `part` and before the date `text` (lower case),
 * with no negation between.
 */
function habitThenModal(part: string, text: string): boolean {
  const m = EVERY_PERIOD.exec(part);
  const at = part.toLowerCase().indexOf(text);
  const between = part.slice(m ? m.index + m[0].length : 0, at);
  // ("… every summer since 1950, will not run in August": a denial stays no happening.)
  return !!m && at > m.index && HABIT_THEN_MODAL.test(between) && !NEGATED.test(between);
}

/**
 * "who has run the boatyard since 2008", "The regatta has been held since 1931", "fees have been frozen since last
 * year": "since" right before the date, which opens a duration. A clause of its own between ("since it opened in
 * 1968", "since the pier was shut on Wednesday") names a happening of its own and is left alone (see `durationSince`).
 */
const DURATION_SINCE = /\bsince\s+$/iu;

/**
 * True when `date` starts a {@link DURATION_SINCE} duration in `sentence` and lies before the year of `published` (a
 * month or day of the previous year excepted: "since November" is recent): the start of a state, a run, a tenure or a
 * count is background, no news (issue 12ss, the project's decision; the answers of sets 30–40 agree, about 20 older
 * answer events count it). "since Monday" keeps its day; "since the company listed in 2003" keeps its year: sets 30–40
 * list such a happening after "since" as an event ("since the fridge opened in March 2023").
 */
function durationSince(sentence: string, date: FoundDate, published: Date): boolean {
  const year = Number(date.date.slice(0, 4));
  const now = published.getUTCFullYear();
  const at = sentence.toLowerCase().indexOf(date.text.toLowerCase());
  const month = date.precision === 'month' && !date.future && at > 0 && sinceWithNoPerfect(sentence.slice(0, at));
  if (!(month || year < now - 1 || (year === now - 1 && date.precision === 'year'))) return false;
  if (/^since\s/iu.test(date.text)) return true;
  return at > 0 && DURATION_SINCE.test(sentence.slice(0, at));
}

/**
 * "the fourth serious injury there since June", "Anyone tattooed with the ink since September": a "since" that
 * follows a noun or a participle, with no perfect tense ("has", "have", "had") in its clause, only counts from a
 * month, however recent, and that month is no happening (issue 12sx). A perfect verb tells a state the answers date
 * from its start ("have been up for sale since March", "have intensified since November last year"), so a month of the
 * current year is kept there ({@link durationSince}). `before` is the sentence up to the date.
 */
function sinceWithNoPerfect(before: string): boolean {
  if (!/\bsince\s+$/iu.test(before)) return false;
  const clause = before.slice(Math.max(...[...',;'].map((c) => before.lastIndexOf(c))) + 1);
  return !/\b(?:has|have|had)\b|\p{L}[’']s\s+(?:been|\p{Ll}+ed)\b/iu.test(clause);
}

/**
 * "Teague's appeal brief, filed in September 2025, argued …", "The prohibition notice, served on the
 * operator late on Tuesday, says …", "The X Board, whose annual review was published on Monday,
 * said …", "The decree, published in the gazette on Monday, describes …", "The charge sheet, filed on
 * Monday, accuses …": a text that speaks, with the day it was filed, served or published set off after it, is
 * quoted as a document dated that day, no happening of its own, when the words it says have no
 * date of their own.
 */
const TEXT_SERVED =
  /^(?:(?:The|A|An|Its|Their|His|Her)\s+|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s\s+|(?:The\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*,\s+whose\s+)(?:[\p{L}-]+\s+){0,3}(?:brief|filing|letter|report|notice|order|ruling|statement|memo|submission|petition|opinion|judgment|audit|review|complaint|decree|directive|indictment|charge\s+sheet|lawsuit|summons|writ|survey|study|evaluation|forecast|assessment)(?:\s*,|\s+(?:was|were))\s+(?:filed|lodged|served|published|released|issued|posted|sent|dated|submitted|delivered|signed)\b[^,;"“”]*,\s+(?:\p{Ll}+ly\s+)?(?:says|said|argued|argues|argue|found|finds|warned|warns|states|stated|called|calls|describes|described|concluded|concludes|claims|claimed|declared|declares|accuses|accused|alleges|alleged)\b/u;

/**
 * "X, who chairs …, sent Y a letter Tuesday demanding …", "More than 300 farmers signed a petition …", "An open letter signed by 1,400 alumni …
 * was delivered to Z last week": the sending of a letter quoted next is no happening; the letter is
 * the document its words are quoted from, dated by this sentence.
 */
export const LETTER_SENT =
  /\b(?:sent|wrote|signed)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:a|an)\s+(?:open\s+)?(?:letter|petition)\b|^(?:An?|The)\s+(?:open\s+)?letter\b[^"“”]*?\b(?:was|were)\s+(?:delivered|sent|handed)\b/u;

/** "If your card was declined, …, you can blame …": a sentence that addresses the reader tells no happening of its own. */
export const READER_ADDRESS = /^If\s+(?:you|your)\b/u;

/** True for a text speaking with the day it was filed, served or published set off after it (TEXT_SERVED), when its words have no date of their own. */
export function textServed(sentence: string, published: Date): boolean {
  const m = TEXT_SERVED.exec(sentence);
  if (!m) return false;
  const rest = sentence.slice(m[0].length);
  // "The lawsuit, filed on Monday, accuses the company of fraud": a charge with no words quoted is the news itself.
  if (/(?:accuse[sd]|allege[sd])$/u.test(m[0]) && !/["“]/u.test(rest)) return false;
  return !findDate(blankQuotes(rest), published);
}

/**
 * "… in February 2024 and opened an investigation that June": a clause's "that <month>" is in the
 * year of the clause before it.
 */
function thatMonthOf(h: Happening, before: Happening | undefined): Happening {
  if (!before || h.date.precision !== 'month' || before.date.precision === 'day') return h;
  if (!new RegExp(String.raw`\bthat\s+${h.date.text}\b`, 'u').test(h.excerpt)) return h;
  return { ...h, date: { ...h.date, date: `${before.date.date.slice(0, 4)}${h.date.date.slice(4)}` } };
}

/**
 * "in protest at plans to dump the silt", "against the council's plans to close the pool", "over proposals to
 * …": a plan named as a noun after a preposition, at the end of a past happening, is what was protested, no
 * future of the happening; its "plans to" would make the checks read the excerpt as still to come (issue 12af).
 */
const PLANS_NOUN =
  /\s+(?:in\s+(?:protest|opposition)\s+(?:at|to|against)|over|against|amid|about)\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}?\p{L}+[’']s\s+)?(?:new\s+)?(?:plans?|proposals?)\s+to\s[^;"“”]*$/u;

/** The excerpt of a past happening cut before a {@link PLANS_NOUN} after its date; unchanged otherwise. */
function withoutPlansNoun(excerpt: string, date: FoundDate): string {
  const m = PLANS_NOUN.exec(excerpt);
  const at = excerpt.indexOf(date.text);
  return m && at >= 0 && at + date.text.length <= m.index ? excerpt.slice(0, m.index) : excerpt;
}

/** ", giving him until 30 June to clear the site" at the end of a deed's excerpt: the deadline of `GIVEN_UNTIL` (`dates.ts`). */
const GIVEN_UNTIL_TAIL = /,\s+giving\s+(?:[\p{L}’'-]+\s+){1,4}?until\s[^;"“”]*$/u;

/**
 * "Fresh samples were taken yesterday, with results expected on Monday": the trailing phrase drafted of its own
 * ({@link sequelThings}) is no part of the excerpt of the happening before it (issue 12ba).
 */
function withoutSequel(excerpt: string, date: FoundDate, published: Date): string {
  const sequel = sequelThings(blankQuotes(excerpt), published).find((s) => !s.clause.includes(date.text));
  const at = sequel ? excerpt.lastIndexOf(sequel.clause) : -1;
  return at > 0 ? excerpt.slice(0, at).replace(/,?\s+(?:with\s+)?$/u, '') : excerpt;
}

/**
 * ", who is due on site on 8 December", ", which is scheduled to open on 2 March": a relative clause set for a day of
 * its own (a number in it) at the end of a planned happening; drafted of its own from backgroundDates (issue 12aw).
 */
const FUTURE_RELATIVE_DAY =
  /,\s+(?:which|who)\s+(?:is|are)\s+(?:due|scheduled|set|expected)\b[^,;"“”]*\b\d{1,2}\b[^,;"“”]*$/u;

/**
 * "… was scrapped on Sunday under a deal with the Fund, which is due to release a loan in October",
 * "…, seven months before a general election due in September": a relative clause about the future,
 * or a phrase naming a thing set for a date, at the end of a past happening is a planned happening
 * of its own (drafted from backgroundDates), no part of the past one's excerpt; nor is a coordinated
 * clause "…, and was still run by them until this week" without the happening's date.
 */
function withoutFutureRelative(excerpt: string, date: FoundDate): string {
  if (date.future) {
    // "will close from Monday 30 November until …, who is due on site on 8 December": also after a plan (issue 12aw).
    const relative = FUTURE_RELATIVE_DAY.exec(excerpt);
    return relative && !relative[0].includes(date.text) ? excerpt.slice(0, relative.index) : excerpt;
  }
  const noun = withoutPlansNoun(excerpt, date);
  if (noun !== excerpt) return noun;
  // "…, seven months before a general election due in September": so is a phrase naming a thing set for a date.
  const m =
    /,\s+(?:which|who)\s+[^,;"“”]*$/u.exec(excerpt) ??
    /,\s+[^,;"“”]*\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:due|scheduled|slated)\s+(?:in|on|for|by)\s[^,;"“”]*$/u.exec(
      excerpt,
    );
  if (m && !m[0].includes(date.text) && isFuture(m[0])) return excerpt.slice(0, m.index);
  // "served a notice on Tuesday, giving him until 30 June to …": the deadline handed down is drafted of its own (GIVEN_UNTIL).
  const given = GIVEN_UNTIL_TAIL.exec(excerpt);
  if (given && !given[0].includes(date.text)) return excerpt.slice(0, given.index);
  // "founded in 1952 …, and was still run by his grandchildren until this week": a coordinated clause
  // without the happening's date, whose "this week" would read as the future, is no part of it.
  const joined = /,\s+(?:and|but)\s+(?:was|were|had|has|have|is|are)\b[^;"“”]*$/u.exec(excerpt);
  if (joined && !joined[0].includes(date.text) && /\b(?:this|next)\s+(?:week|month)\b/u.test(joined[0]))
    return excerpt.slice(0, joined.index);
  return excerpt;
}

/**
 * "A court order published this morning sheds more light", "The audit released on Monday shows …", "The
 * notice, issued late Monday, orders …": a text published on a day (the participle set off by commas or
 * not), subject of a verb in the present, speaks now; its publishing is no happening.
 */
const TEXT_NOW =
  /^(?:\s*\d{1,2}[:.]\d{2}\s+[—–-]\s+)?(?:A|An|The|Its|Their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:order|report|ruling|audit|review|letter|study|survey|filing|notice|statement|judgment|directive|guidance|decision|advisory)(?:,\s+|\s+)(?:published|released|issued|posted|filed)\s+[^,;"“”]*?,?\s(?:sheds|shows|reveals|suggests|says|finds|sets|lists|gives|paints|offers|orders|requires|tells|bans|instructs|directs|urges|warns)\b/u;

/**
 * "Parishioners heard the news at evensong on Sunday", "staff learned the news from a letter …": the
 * news reaching people is a scene of the news, told elsewhere, no happening of its own.
 */
const NEWS_REACHED =
  /\b(?:heard|learned|learnt|received|got|were\s+told)\s+(?:of\s+)?the\s+(?:news|decision|verdict)\b/u;

/**
 * "X did not respond to messages on Wednesday", "could not be reached for comment", "was unable to reach
 * him on Monday", "declined to comment": a request for comment unanswered is no news of its own.
 */
const NO_COMMENT =
  /\b(?:(?:did|does|do|has|have|had)\s+not|didn't|hasn't|haven't)\s+(?:yet\s+|immediately\s+)?(?:respond|responded|reply|replied|return(?:ed)?\s+(?:calls|messages|emails))\b|\b(?:could\s+not|couldn't|cannot|can't)\s+(?:immediately\s+)?be\s+reached\b(?!\s+by\s+(?:road|rail|boat|air|sea|land|helicopter|rescuers))|\b(?:was|were|is|are)\s+(?:unable|not\s+able)\s+to\s+(?:reach|contact)\b|\bdeclined\s+to\s+comment\b/u;

/**
 * True when the date of a reported clause is that of a possibility on a condition: "strikes could be called in
 * December if no offer is made", "the line might reopen on Friday unless …" (the modal in the date's own clause),
 * or of a possibility at a time vaguer than a day: "could publish proposals early next year", "might sell the
 * site in July" (no plan; "would publish … next year" is one, and "could have sold … in March" tells the past).
 */
function conditional(clause: string, date: FoundDate | null): boolean {
  const at = date ? clause.indexOf(date.text) : -1;
  if (at < 0) return false;
  const modal = /\b(?:could|might|may)\s[^,;]*$/u.exec(clause.slice(0, at));
  return (
    !!modal &&
    (/\b(?:if|unless)\s/u.test(clause.slice(0, modal.index).replace(/^.*[;]/su, '') + clause.slice(modal.index)) ||
      (date!.precision !== 'day' && !/^\S+\s+(?:not\s+)?have\b/u.test(modal[0])))
  );
}

/**
 * "The Courier asked the council for the report; it had not arrived by Friday", "We asked the firm
 * for its figures on Monday but have not received them": a request for words or papers and its want
 * of an answer are no news (not "The council asked the government for emergency funds on Monday but
 * has had no reply": a request for help or money is a happening).
 */
const REQUEST_UNANSWERED =
  /\basked\s+(?:[\p{L}’'-]+\s+){1,6}?(?:for\s+(?:(?:the|a|an|its|their|his|her|any|more)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:comments?|reports?|figures|data|details|cop(?:y|ies)|response|statement|documents|records|information|minutes|explanation|breakdown|answers?|list|numbers|accounts)|to\s+comment|whether|if)\b[^.;]*?(?:;|,?\s+but)\s+(?:(?:it|they|he|she|we|none|nothing|no\s+\p{Ll}+)\s+)?(?:(?:had|has|have|did|does|do)\s+not|hadn[’']t|hasn[’']t|haven[’']t|didn[’']t|(?:has|have|had)\s+yet\s+to)\b/u;

/**
 * A forecast told as the main clause: "Forecasters predict heavy snow on Saturday", "The weather
 * service forecasts more rain until …", "Officials forecast a dry Wednesday", "Temperatures were
 * forecast to drop …". What is foretold has not happened, and the foretelling is no news of its own
 * ("cut its profit forecast on Monday" is a noun: still news; so is a forecast told in the past, "The IMF
 * forecast a recession on Monday", "The central bank predicted a contraction on Monday": the day dates the telling).
 * So is a count expected in the present tense ({@link EXPECTED_COUNT}).
 */
const FORECAST_TOLD =
  /^(?:[^;"“]*?\s)?(?:(?<!\b(?:a|an|its|their|the|his|her|our|latest|own|profit|sales|growth|earnings|weather|storm)\s+)(?:forecasts|predicts?|(?<=\p{Ll}s\s)forecast)\s+(?:a|an|more|further|heavy|light|another|some|dry|wet|warm|cold|mild|strong|high|low|\d)\b|(?:is|are|was|were)\s+(?:now\s+)?(?:forecast|predicted)\s+to\s)/u;

/**
 * A count expected in the present tense is a forecast: "The council expects about 11,000 cars a day to pay,
 * falling to 4,000 by 2030" ("The council expects to open the bridge in 2030" is a plan, drafted as before). Read only in a clause of its own ({@link oneClause}): "The club expects 40,000 fans, and
 * police arrested 12 people on Wednesday" keeps the arrests.
 */
const EXPECTED_COUNT =
  /^(?:[^;"“]*?\s)?(?:(?:expects|projects|anticipates)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|at\s+least|more\s+than|fewer\s+than|over|under)\s+)?[\d£$€]|(?:expects|projects|anticipates)\s+(?:twice|half|double)\b)/u;

/** No second clause joined by ", and" / ", but" / ", while" / ", yet": "Prices looked higher than usual, but the bank cut rates on Wednesday". */
function oneClause(blanked: string): boolean {
  return !/,\s+(?:and|but|while|yet|whereas)\s/u.test(blanked);
}

/**
 * A general truth told as reported speech: "said tubers left in wet soil into December rarely stored
 * well", "said such cracks usually appear in the first winter". A date in it is part of the general
 * rule, no happening; "said the pump failed on Monday" keeps its day.
 */
const HABITUAL = /\b(?:rarely|seldom|usually|typically|generally|normally|invariably)\s+\p{Ll}+/u;

/**
 * True when the date of a reported clause is part of a general truth ({@link HABITUAL}) told in the same
 * conjunct: "said the man usually walked his dog in the park and was last seen on Monday" keeps Monday.
 */
function habitual(clause: string, date: FoundDate | null): boolean {
  const m = HABITUAL.exec(clause);
  const at = date ? clause.indexOf(date.text) : -1;
  if (!m || at < 0) return !!m;
  return !/\s(?:and|but)\s|;/u.test(at < m.index ? clause.slice(at, m.index) : clause.slice(m.index, at));
}

/**
 * True when the date of a reported clause is one of two offered: "would admit them in January or next
 * September", "could sail on Friday or Saturday". No one day is planned, so no happening is dated. (A past one, "said
 * the attack happened on Friday or Saturday", keeps the first.)
 */
function eitherDate(clause: string, date: FoundDate | null): boolean {
  const at = date ? clause.indexOf(date.text) : -1;
  return (
    at >= 0 &&
    !!date!.future &&
    /^,?\s+or\s+(?:in\s+|on\s+|by\s+)?(?:next\s+|the\s+following\s+)?(?:\p{Lu}\p{Ll}+|\d{1,4})\b/u.test(
      clause.slice(at + date!.text.length),
    )
  );
}

/**
 * The span a piece of research covered: "Researchers tracked 900 patients from March 2024 to March
 * 2025 and found …", "The survey, carried out from January to March, found …", "police had recorded 9,300
 * crossings between March and September" (in reported speech too). The span is the
 * method, no happening ("The strike ran from March to May" is news). Only a date inside the span is the method's:
 * "followed the suspect from Quillon to Harwick on Monday", "monitored the house from March to May before the raid
 * on June 2" keep their day ({@link outsideResearch}); "observed a ceasefire from Monday" is no research.
 */
const RESEARCH_SPAN =
  /\b(?:tracked|monitored|surveyed|studied|analy[sz]ed|followed|sampled|measured|recorded|interviewed|examined|tested|counted|collected|polled|(?:carried|conducted)\s+out|conducted)\s+(?:(?:[^;.]*?\s)?from\s+[^;.]*?\s(?:to|until|through)|(?:(?:(?!,\s|\s(?:and|but)\s)[^;.])*?\s)?between\s+[^;.]*?\sand)\s/u;

/** `date`, or null when it lies in the span a piece of research covered ({@link RESEARCH_SPAN}). */
function outsideResearch(head: string, date: FoundDate | null): FoundDate | null {
  const m = date && RESEARCH_SPAN.exec(blankQuotes(head));
  const at = date ? head.indexOf(date.text) : -1;
  const start = m ? m.index + Math.max(m[0].lastIndexOf('from'), m[0].lastIndexOf('between')) : 0;
  return m && at >= start && at <= m.index + m[0].length ? null : date;
}

/**
 * True when a clause with no speech in it describes rather than tells: a forecast ({@link FORECAST_TOLD}),
 * an activity going on ({@link progressiveClause}); the span of a piece of research is {@link outsideResearch}.
 * `blanked` is `head` with its quotes blanked ({@link blankQuotes}), computed once by the caller.
 */
function describesNoHappening(head: string, blanked: string): boolean {
  return (
    FORECAST_TOLD.test(blanked) ||
    ((EXPECTED_COUNT.test(blanked) ||
      APPEARANCE_TOLD.test(blanked) ||
      TREND_TOLD.test(blanked) ||
      TREND_SINCE.test(blanked)) &&
      oneClause(blanked)) ||
    progressiveClause(head, blanked)
  );
}

/**
 * A change measured in the present perfect over the period the article is in: "Arrivals have risen
 * sharply this year", "Sales have fallen by a third so far this month". A trend, no happening on a
 * day ("Fares rose by 5% this year" and "The firm has cut 200 jobs this year" are still news).
 */
const TREND_TOLD =
  /^(?:[^;"“]*?\s)?(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:risen|fallen|grown|increased|decreased|doubled|tripled|halved|climbed|dropped|declined|jumped|slumped|surged|soared|slipped|shrunk|tumbled|plunged)\b(?:\s+[^\s,;]+){0,5}?\s+(?:so\s+far\s+)?this\s+(?:year|month|week)\b/u;

/**
 * A change measured in the present perfect since a time, told as the sentence's own verb after its
 * subject (no comma but a figure's before it): "Average rainfall in March has fallen by a fifth since
 * the 1980s". A trend: the month in its subject is the season measured, no date of a happening (issue
 * 12ac). "Fares rose by 5% in March" in the simple past is still news, and so is "X is to close 63
 * branches by March, blaming a fee that it says has fallen 22 per cent since 2020".
 */
const TREND_SINCE =
  /^(?:(?:[^;"“,]|,(?=\d))*?\s)?(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:risen|fallen|grown|increased|decreased|doubled|tripled|halved|climbed|dropped|declined|shrunk)\b(?:\s+[^\s,;]+){0,6}?\s+since\s/u;

/**
 * A comparison seen, told as the main clause: "Traffic appeared lighter than usual on Monday", "The
 * beach looked busier than last year on Sunday", "Queues seemed far shorter than expected". How a
 * scene looked on a day is an observation, no happening ("The minister appeared in court on Monday" is news).
 */
const APPEARANCE_TOLD =
  /^(?:[^;"“]*?\s)?(?:appeared|appears|seemed|seems|looked|looks)\s+(?:(?:much|far|a\s+little|a\s+lot|slightly|somewhat|noticeably|markedly|visibly)\s+)?(?:\p{Ll}{3,}er|(?:more|less)\s+\p{Ll}+)\s+than\b/u;

/**
 * A reaction told as the main clause: "The minister welcomed the result on Friday", "Campaigners
 * welcomed the decision", "X welcomed the new figures". Welcoming an outcome told elsewhere is no
 * happening of its own ("The terminal welcomed its first passengers on Monday" is news).
 */
const WELCOMED =
  /\b(?:welcomed|welcomes)\s+(?:the|this|that|its|their|his|her|our|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\p{L}-]+\s+){0,2}?(?:results?|ruling|decision|verdict|judg(?:e)?ment|move|announcement|news|report|figures|findings|resignation|deal|agreement|plan|proposals?|call|audit|review|outcome|vote|offer|award|sentence|measures?|changes?|step|line-up|appointment|settlement|U-turn|climbdown|apology)\b/u;

/**
 * A count told as the main clause: "The closure is the third on the line this year", "It was the
 * fourth such fine in five years". Its date bounds the count, no happening of its own.
 */
const COUNT_TOLD =
  /^(?:[^,;"“]*?\s)?(?:is|was)\s+(?:the|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s/u;

/**
 * True when the date of a clause with no speech lies in a reaction ({@link WELCOMED}) or a count
 * ({@link COUNT_TOLD}), not before it nor in a clause of its own (after a semicolon, a colon, ", and").
 */
function reaction(clause: string, date: FoundDate): boolean {
  return [WELCOMED, COUNT_TOLD].some((pattern) => {
    const m = pattern.exec(clause);
    const at = m ? clause.indexOf(date.text, m.index) : -1;
    // (Not a date set off by a comma, "welcomed the decision, announced on Tuesday, to …", nor the count's own
    // happening, "was the third minister to resign on Tuesday", "the second person arrested on Monday".)
    return (
      at >= 0 &&
      !/[;:]|,\s+(?:and|but)\s/u.test(clause.slice(m!.index, at)) &&
      !/,|\bto\s+\p{Ll}{2,}\b|\b\p{Ll}{3,}ed\s+(?:(?:on|at|in)\s+)?$/u.test(clause.slice(m!.index + m![0].length, at))
    );
  });
}

/** A sentence opening with its condition: "If the vote fails, …", "Unless a buyer is found by Friday, …". */
const CONDITION_FIRST = /^(?!If\s+(?:anything|nothing\s+else),)(?:If|Unless|Should)\s[^,;]{2,100},\s/u;

/**
 * "Radio X will have more on this story on the Breakfast Show on Saturday", "There will be more on this story
 * in our evening edition": a news outlet's trail of its own coverage is no news (not "there will be more details on
 * the job cuts at its results on 30 July", "more on this issue at the council meeting on Tuesday": news to come).
 */
const OUTLET_TRAIL =
  /\b(?:will\s+(?:have|bring(?:\s+you)?)|will\s+be)\s+more\s+(?:on\s+(?:this|that|the)\s+(?:developing\s+)?story|(?:details\s+|on\s+this\s+)?later)\b|\bmore\s+on\s+this\s+story\b/iu;

/**
 * A plan called off: "a second race in January would not go ahead", "the March concert has been
 * cancelled". Its date is no planned happening.
 */
const PLAN_CALLED_OFF =
  /\b(?:(?:would|will|could)\s+not|won[’']t|wouldn[’']t)\s+(?:now\s+)?(?:go\s+ahead|take\s+place|proceed|happen)\b|\b(?:has|have|had)\s+been\s+(?:cancell?ed|called\s+off|scrapped|abandoned)\b/u;

/** Where another clause begins: a semicolon, or a conjunction ("after", "though", "but" …). */
const CLAUSE_BREAK = /;|,?\s+(?:after|before|though|although|but|while|whereas|because|since|once|until|when)\s+/gu;

/**
 * True when the plan dated by `dateText` in `text` is called off ({@link PLAN_CALLED_OFF}) in its own
 * clause: not in a relative clause ("The match, which had been cancelled in March, will be played on
 * Saturday") nor in another one ("The strike will go ahead on Monday after talks had been abandoned",
 * "The vote will go ahead on Sunday, though a recount will not take place").
 */
function calledOff(text: string, dateText: string): boolean {
  const aside = text.replace(RELATIVE_ASIDE, ',');
  const plain = aside.includes(dateText) ? aside : text;
  const at = plain.indexOf(dateText);
  if (at < 0) return PLAN_CALLED_OFF.test(plain);
  // (A date's text may end in the comma before another clause: "on Sunday,".)
  const end = at + dateText.replace(/[\s,;]+$/u, '').length;
  let [from, to] = [0, plain.length];
  for (const m of plain.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return PLAN_CALLED_OFF.test(plain.slice(from, to));
}

/** A count, not a year: "318", "2,300", "41%", "12.5%" ("2019" is a date). */
const COUNT_FIGURE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?%|\d{1,3}(?![\d,.]))`;

/** A rough count's lead word: "about 60", "more than 500", "just under 40". */
const COUNT_ABOUT = String.raw`(?:about|around|some|nearly|almost|over|roughly|(?:more|fewer)\s+than|just\s+(?:over|under))`;

/**
 * Records or figures that show a count: "Harbour records show 318 complaints were made … last year", "Figures from
 * the board show that 41% of berths …". Not figures with their publishing told ("Figures published in April show
 * …": the release is news), nor records that show no count ("Court records show he was jailed in 2019").
 */
const FIGURES_SHOW = new RegExp(
  String.raw`^(?:[^;"“]*?\s)?(?:[Rr]ecords|[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Ee]stimates)\b(?:(?!\b(?:published|released|issued|out|posted)\b)[^;"“]){0,60}?\s(?:show|shows|showed|suggest|suggests|indicate|indicates)\s+(?:that\s+)?(?:(?:the|a)\s+(?:number|total|share|proportion|rate|count)\s+of\s[^;"“]*?)?(?:${COUNT_ABOUT}\s+)?(?<![\d,.])${COUNT_FIGURE}`,
  'u',
);

/**
 * A count credited to its source: a subject led by a number ("About 60 marinas opened … last year, according to
 * X") or a count recorded ("Varnley recorded 2,300 rescues in 2025, according to X"), with "according to" after it.
 */
const COUNT_CREDITED = new RegExp(
  String.raw`^(?:(?:(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|[Oo]ver|[Rr]oughly|(?:[Mm]ore|[Ff]ewer)\s+than|[Jj]ust\s+(?:over|under))\s+)?${COUNT_FIGURE}\s|(?<recorded>[^;"“,]*?\b(?:recorded|registered|logged|counted)\s+(?:${COUNT_ABOUT}\s+)?${COUNT_FIGURE}))[^;"“]*?,\s+according\s+to\s`,
  'u',
);

/** ", according to council figures", "according to the latest official data": a source that is itself a count. */
const FIGURES_SOURCE =
  /,\s+according\s+to\s+(?:[\p{L}’'-]+\s+){0,4}?(?:figures|data|statistics|records|estimates|census|survey)\b/u;

/**
 * A count set against an earlier one: "The line carried 41,000 passengers in March, up from 33,500 in March 2025",
 * "handled 820 repairs in 2025, down from 1,140" (issue 12ah): a figure for its period, no happening.
 */
const COUNT_COMPARED = new RegExp(
  String.raw`^[^;"“]*?(?<![\d,.])${COUNT_FIGURE}\s[^;"“]*?,\s+(?:up|down)\s+from\s+(?:${COUNT_ABOUT}\s+)?${COUNT_FIGURE}`,
  'u',
);

/**
 * A deed done to a count right before it: "The factory cut 300 jobs in March, up from 120 a year earlier", "sacked 14
 * staff", "Flooding killed 12 people" (review of 12ah): a cut or a death toll set against an earlier one is still news,
 * so {@link COUNT_COMPARED} steps aside.
 */
const COUNT_DEED = new RegExp(
  String.raw`\b(?:cut|cuts|axed|axes|shed|sheds|sacked|sacks|fired|dismissed|laid\s+off|lays\s+off|killed|kills|closed|closes)\s+(?:${COUNT_ABOUT}\s+)?${COUNT_FIGURE}`,
  'u',
);

/**
 * True when a clause with no speech is a statistic (non-news sweep 12sn): a figure shown by records ({@link
 * FIGURES_SHOW}), a count credited to its source ({@link COUNT_CREDITED}) or set against an earlier one ({@link
 * COUNT_COMPARED}), dated by the year, month or weekend it
 * counts (not a day: "About 200 people were evacuated on Monday, according to police" is news), read in the clause
 * before any ", and" that holds the date.
 */
function countForPeriod(blanked: string, found: FoundDate): boolean {
  if (found.precision === 'day' || found.future) return false;
  const first = blanked.split(/,\s+(?:and|but|while|yet|whereas)\s/u)[0]!;
  if (!first.includes(found.text.trim())) return false;
  // A subject led by a number is a statistic over a year or when figures are its source; "About 200 people were
  // evacuated last week, according to the fire service", "12 people died in the crash last month, according to
  // police" are news (review of 12sn).
  const credited = COUNT_CREDITED.exec(first);
  return (
    FIGURES_SHOW.test(first) ||
    (COUNT_COMPARED.test(first) && !COUNT_DEED.test(first)) ||
    (!!credited && (!!credited.groups?.['recorded'] || found.precision === 'year' || FIGURES_SOURCE.test(first)))
  );
}

/**
 * Visitors, fans or passengers a place or an event drew in a period (issue 12ah): "… drew about 40,000 visitors in
 * 2018", "attracted 9,000 fans in 2024". A count of comers is a statistic; a crowd on a day is news.
 */
const COUNT_DRAWN = new RegExp(
  String.raw`\b(?:drew|attracted|welcomed|drawing|attracting)\s+(?:${COUNT_ABOUT}\s+)?${COUNT_FIGURE}\s+(?:\p{Ll}+\s+)?(?:visitors|spectators|fans|tourists|guests|passengers|readers|viewers|walkers|players)\b`,
  'u',
);

/**
 * True when the conjunct holding the year, month or weekend of `found` counts comers drawn ({@link COUNT_DRAWN}), ends
 * with that date and is the only dated one: "The festival drew 40,000 fans in 2024 and was cancelled in 2025", "The
 * ship welcomed 200 passengers in March when it sank" keep their happening (review of 12ah).
 */
function countDrawn(blanked: string, found: FoundDate, published: Date): boolean {
  if (found.precision === 'day' || found.future) return false;
  const parts = blanked.split(/,?\s+and\s+/u);
  const part = parts.find((p) => p.includes(found.text.trim()));
  return (
    !!part &&
    COUNT_DRAWN.test(part) &&
    part.replace(/[\s.!?]+$/u, '').endsWith(found.text.trim()) &&
    parts.every((p) => p === part || !findDate(p, published))
  );
}

/** ", according to a notice … published on Tuesday": a source cited at the end of a clause. */
const ACCORDING_TAIL = /,\s+according\s+to\s[^;"“”]*$/u;

/**
 * The date of a clause with no speech, or none when its only date is the day the source it cites came out (an
 * "according to" tail, {@link ACCORDING_TAIL}) and the clause before has no past verb: "The sale depends on …,
 * according to a notice published on Tuesday" is a state, no happening (non-news sweep 12sn). A finding in the past
 * keeps the source's day, as the answers date it ("Berth fees rose by 12% over the past year, according to figures
 * published on Tuesday"; "Two men were arrested, according to a statement issued on Tuesday").
 */
function sourceDate(head: string, found: FoundDate | null, published: Date): FoundDate | null {
  const m = found && ACCORDING_TAIL.exec(blankQuotes(head));
  if (!m || head.indexOf(found!.text, m.index) < 0) return found;
  const before = head.slice(0, m.index);
  return findDate(before, published) || NEWS_STATE.test(before) || termsOf(before).some((t) => t.tags.has('PastTense'))
    ? found
    : null;
}

/**
 * A state in the present that is the news of a happening: "The mayor is dead", "The skipper is missing", "Two men are
 * in custody, according to a statement issued on Tuesday" keep the source's day (review of 12sn).
 */
const NEWS_STATE =
  /\b(?:is|are)\s+(?:(?:now|still|feared|believed|presumed)\s+)?(?:dead|missing|in\s+custody|under\s+arrest)\b/u;

/**
 * A state or a deed told as what recurs (non-news sweep 12so): "is normally in service from April to October", "are
 * usually open from November", "typically closes in September". A season that comes round is no happening; a past
 * verb beside it ("normally sails until October but was laid up in April") and a negation ("is not normally shut")
 * leave the clause news, and a relative clause holding the adverb ("The pool, which is usually open late, closed on
 * Monday") is set aside first.
 */
const HABIT_STATE =
  /\b(?:(?:is|are)\s+(?:normally|usually|typically|generally|ordinarily|traditionally)|(?<!\b(?:is|are|was|were)\s+not\s+)(?:normally|usually|typically|generally|ordinarily|traditionally)\s+(?!\p{Ll}+ed\b)\p{Ll}+s)\b/u;

/**
 * True when a clause with no speech tells a recurring state or deed ({@link HABIT_STATE}) and nothing in the past nor
 * with "will", outside its relative clauses ("is due to sing on Jan. 1, a slot that traditionally goes to the winner" is a plan).
 */
function habitState(head: string): boolean {
  // (A habit inside a relative clause, ", a slot that usually goes to the winner", says nothing of the main clause.)
  const plain = blankQuotes(head)
    .replace(RELATIVE_ASIDE, ',')
    .replace(/\b(?:that|which|who)\s[^,;]*/gu, '');
  // "… usually runs until October, but will stop on Sunday": a future beside the habit is news (review of 12aj).
  return (
    HABIT_STATE.test(plain) &&
    !/\b(?:will|shall|won[’']t)\b/u.test(plain) &&
    !termsOf(plain).some((t) => t.tags.has('PastTense'))
  );
}

/** The dated happening of a clause with no speech in it: none when it describes, is called off or is a {@link reaction}. */
function unspokenHappening(head: string, published: Date, lead: boolean): Happening[] {
  const blanked = blankQuotes(head);
  const found =
    describesNoHappening(head, blanked) || habitState(head)
      ? null
      : outsideResearch(head, sourceDate(head, plainDate(head, published, lead), published));
  return found &&
    !(found.future && calledOff(blanked, found.text)) &&
    !reaction(head, found) &&
    !countForPeriod(blanked, found) &&
    !countDrawn(blanked, found, published)
    ? [{ excerpt: head, date: found }]
    : [];
}

/**
 * A reported clause whose only date is that of a noun, followed by what the noun would bring ("said it
 * hoped Monday's vote would encourage others", "said last week's ruling will force a rethink"): the
 * thing dated is one the article told already, and what is reported has not happened; no happening.
 * ("said Monday's fire destroyed 40 homes" still dates the fire; so does a modal perfect looking back on
 * it, "said Tuesday's crash could have killed more people".)
 */
function namedAhead(plain: string, dated: FoundDate | null): boolean {
  const at = dated?.attributive ? plain.indexOf(dated.text) : -1;
  return (
    at >= 0 &&
    /^[’']s\s+(?:[\p{L}-]+\s+){1,3}?(?:would|will|could|might|may|should|can)\s+(?!have\b)/u.test(
      plain.slice(at + dated!.text.length),
    )
  );
}

/** A reported clause whose date belongs to no happening: a condition, a habit, either of two dates, or {@link namedAhead}. */
function noHappeningDated(plain: string, dated: FoundDate | null): boolean {
  return conditional(plain, dated) || habitual(plain, dated) || eitherDate(plain, dated) || namedAhead(plain, dated);
}

/** A weekday, with "late" or "early" before it and a part of the day after it allowed (scene sweep 12sc). */
const DAY_PART = String.raw`(?:late\s+|early\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`;

/**
 * A tally reached by a day: "More than 2,000 people had registered interest by Sunday night", "By Wednesday evening
 * about 200 fans had gathered outside …", "1,240 applications had been approved by Friday". A count of sign-ups,
 * gatherings or approvals measured on a day is a figure, no happening ("three had been discharged by Sunday", "40
 * people had been arrested by Friday" are news: only verbs of signing up, gathering and counting in).
 */
const TALLY_BY = new RegExp(
  String.raw`^(?:By\s+${DAY_PART},?\s+)?(?:(?:[Mm]ore|[Ff]ewer)\s+than\s+|[Aa]bout\s+|[Aa]round\s+|[Nn]early\s+|[Aa]lmost\s+|[Oo]ver\s+|[Ss]ome\s+)?\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}?had\s+(?:been\s+)?(?:registered|signed|gathered|queued|applied|booked|joined|downloaded|donated|pledged|subscribed|approved|received|submitted|sold|raised|logged)\b`,
  'u',
);

/**
 * A tally a text or a fund had reached (issue 12ah): "An online petition had gathered more than 3,400 signatures by
 * Tuesday night", "The appeal had raised £18,000 by Monday". Only verbs of collecting a count, with the count right
 * after the verb ("had closed 12 stops by Monday" is news), and not when the subject tells its own start ("A fund
 * set up on Sunday … had raised …": the launch is news).
 */
const TALLY_GATHERED = new RegExp(
  String.raw`^(?:(?:(?!\b(?:launched|started|opened|set\s+up|begun)\b)[^;"“,])*?\s)?had\s+(?:gathered|collected|attracted|raised|drawn|amassed|topped|passed)\s+(?:${COUNT_ABOUT}\s+)?[£$€]?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?\s(?!(?:miles?|kilometres?|km|metres?|feet|yards)\b)`,
  'u',
);

/**
 * A state measured at a time of a day: "It was 94% contained Thursday evening", "the portal was running normally
 * Tuesday afternoon". How a fire or a service stood then is a reading, no happening ("The road was closed on
 * Wednesday morning", "Crews were called to the road on Wednesday morning" are news; so is a fire "fully" or "100%
 * contained", the end of it).
 */
const STATE_AT_TIME = new RegExp(
  String.raw`\b(?:was|were|is|are)\s+(?:(?:\d{1,2}(?:\.\d+)?\s?%|partly|largely|mostly)\s+contained|(?:running|operating|working|functioning)\s+(?:normally|smoothly|as\s+normal))\s+(?:on\s+)?${DAY_PART}\b`,
  'u',
);

/**
 * A person's posture in a scene: "X, whose husband was among the dead, sat holding his photograph". Sitting or
 * standing holding a thing is the colour of a scene, no happening ("X sat the exam on Monday", "stood down on
 * Monday" are no postures). Not a crowd: "Hundreds of nurses stood holding candles outside parliament on Tuesday
 * night", "About 300 protesters stood holding placards …" are a vigil and a protest (review of 12sc).
 */
const POSTURE_HOLDING =
  /^(?!(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|[Oo]ver|[Mm]ore\s+than|[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|\d)\b)[^;"“]*?\b(?:sat|stood|knelt)\s+(?:(?:quietly|silently|still|alone)\s+)?(?:holding|clutching|gripping|cradling)\b/u;

/**
 * A text asked for, in the present perfect: "The Daily has asked the board for the minutes of its March meeting",
 * "Tidewater News has asked the trust for a breakdown of the costs". A request for a document still open is no
 * happening, and the date in it is the document's ("asked the court on Monday to halt the sale" is news: no "for").
 */
const TEXT_ASKED_FOR =
  /^[^;"“]*?\b(?:has|have)\s+asked\s+(?:the\s+)?[^,;"“”]{1,40}?\s+for\s+(?:the|a|an|its|their|copies|sight)\s+(?:[\p{L}-]+\s+){0,2}?(?:minutes|breakdown|copy|copies|documents?|records?|report|details|figures|data|correspondence|emails?|letters?|accounts)\b/u;

/**
 * A scene lede told in the present after a place and a day in front: "At the Greyhollow car park on Wednesday morning,
 * frost is still on the windscreens and a ranger is pacing out …". Colour of the scene, no happening ("At the court on
 * Monday, the judge is to rule …" is a plan; a day alone in front, "On Monday, the board is …", no scene).
 */
const SCENE_PRESENT = new RegExp(
  String.raw`^(?:At|In|Outside|Inside|Near|Along|On)\s+[^,;"“”]{1,80}?\s(?:on\s+)?${DAY_PART},\s+[^,;"“”]*?\b(?:is|are)\s+(?!(?:to|due|expected|set|scheduled|likely|planned|being)\b)`,
  'u',
);

/**
 * A past happening told inside a scene lede: "In Kyiv on Monday, rescuers are still searching for survivors after a
 * missile strike killed 12". The day is the happening's, no scene's (review of 12ac and 12sc).
 */
const SCENE_CAUSE = /\b(?:after|when|since|following)\s+(?:[\p{L}-]+\s+){0,5}?\p{Ll}{3,}ed\b/u;

/** "by Sunday night", "By Wednesday evening": the day a tally was reached by. */
const BY_DAY = new RegExp(
  String.raw`\b[Bb]y\s+(?:${DAY_PART}|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b`,
  'u',
);

/**
 * A happening told after the day a tally was reached by: "had raised £40,000 by Friday, when the family handed it to
 * the hospital" (review of 12ah): the handing over is news, so {@link TALLY_GATHERED} steps aside.
 */
const TALLY_THEN = new RegExp(String.raw`${BY_DAY.source}[^,;]*,\s+(?:when|after|as|before)\s`, 'u');

/**
 * True when a clause is a scene or a measure, no happening (scene sweep 12sc): a tally reached by a day
 * ({@link TALLY_BY}, {@link TALLY_GATHERED}), a state at a time ({@link STATE_AT_TIME}), a posture ({@link POSTURE_HOLDING}), a text asked
 * for ({@link TEXT_ASKED_FOR}) or a scene lede in the present ({@link SCENE_PRESENT}), told in one clause ({@link oneClause}). `blanked` is the clause with its quotes blanked.
 */
export function sceneMeasure(blanked: string): boolean {
  // (A tally only with its day: "by Sunday night" after it or "By Sunday night," in front.)
  const tally =
    (TALLY_BY.test(blanked) || (TALLY_GATHERED.test(blanked) && !TALLY_THEN.test(blanked))) && BY_DAY.test(blanked);
  // (One clause only: "…, and the board sacked its chair on Tuesday" is news of its own.)
  return (
    oneClause(blanked) &&
    (tally ||
      [STATE_AT_TIME, POSTURE_HOLDING, TEXT_ASKED_FOR].some((pattern) => pattern.test(blanked)) ||
      (SCENE_PRESENT.test(blanked) && !DAY_ONLY_FRONT.test(blanked) && !SCENE_CAUSE.test(blanked)))
  );
}

/** A relative clause about a person set off by commas before the speech verb: ", who works at the hospital,". */
const SPEAKER_RELATIVE = /,\s+who\s[^,;"“”]*,/u;

/**
 * The reported speech of a clause ({@link reportedSpeech}), also when the speaker is introduced with a relative clause
 * after an age or a role (non-news sweep 12so): in "Nurse X, 42, who works at the hospital, told the agency on
 * Tuesday she had been paying …" the ", 42," apposition took the comma the relative clause starts with, so its verb
 * was read as the subject's and the whole sentence was dated by the telling. Only for event drafts (quote dates read
 * {@link reportedSpeech} as before).
 */
function speechPastAside(head: string): ReturnType<typeof reportedSpeech> {
  const speech = reportedSpeech(head);
  if (speech || !SPEAKER_RELATIVE.test(head)) return speech;
  return reportedSpeech(head.replace(SPEAKER_RELATIVE, ','));
}

/**
 * The happening of one clause: its own date, or for reported speech the reported clause's or a
 * completed action's (dated by the speaking, except in a lead under a dateline).
 */
function clauseHappening(head: string, published: Date, lead = false): Happening[] {
  const [speech, blanked] = [speechPastAside(head), blankQuotes(head)];
  // A scene of speaking is no news, but a dated happening its words report is ("Speaking in X on
  // Thursday, the minister said inspectors had flagged … last year").
  const scene = sceneOfSpeech(blanked);
  if (
    (scene && !speech) ||
    wordsOf(blanked) ||
    TEXT_SAYS.test(head) ||
    CALLED_IT.test(head) ||
    // "The bank, which declined to comment, cut 300 jobs on Tuesday": a relative clause leaves the main one news.
    NO_COMMENT.test(head.replace(RELATIVE_ASIDE, ',')) ||
    OUTLET_TRAIL.test(head) ||
    REQUEST_UNANSWERED.test(blanked) ||
    TEXT_NOW.test(head) ||
    NEWS_REACHED.test(head) ||
    sceneMeasure(blanked)
  )
    return [];
  // "If the talks fail, the strike will begin on Monday": what happens only on a condition is no happening.
  // ("If it goes ahead, the appeal will be heard on 12 March", "If approved, …": the condition is the plan itself, still news.)
  const condition = CONDITION_FIRST.exec(head)?.[0];
  if (
    !speech &&
    condition &&
    !/\b(?:go|goes|going)\s+ahead\b|\bproceeds?\b|\b(?:approved|confirmed|passed|agreed)\b/u.test(condition)
  )
    return [];
  if (!speech) return toldInLetter(head, published) ?? unspokenHappening(head, published, lead);
  // "In a ruling on Tuesday, the court said …": a court's ruling is a happening, its words a document's.
  // "In a 38-page ruling released Tuesday, the panel said …": a ruling's release is no ruling of its own.
  const ruling = RULING.exec(head.replace(RULING_RELEASED, ''));
  const ruled = ruling && findDate(ruling[1]!, published);
  if (ruled && !ruled.future && !ruled.bound) return [{ excerpt: ruling![1]!, date: { ...ruled, clause: 'main' } }];
  // A date inside quoted words with a verb of their own is part of the remark ("said traders were
  // "pricing a cut for May""); a quoted date alone ("would resume "this coming Friday"") is not.
  // "said in its weekly report, published on Thursday, that …": the day a text came out dates its words, no happening.
  const reported = speech.reported.replace(
    TEXT_PUBLISHED,
    (all, text: string) => text + ' '.repeat(all.length - text.length),
  );
  // "She said the nurses had not been paid for April": what did not happen is no happening ("would plead not
  // guilty at a hearing on …" and "would end in December and would not be renewed" still do).
  const dated = outsideResearch(reported, findDate(blankQuotedClauses(reported), published));
  // "said no one was injured in the blast on Monday", "would no longer lend … from January": the blast and the change happen.
  const plain = blankQuotes(reported).replace(
    /\bnot\s+guilty\b|\bno\s+longer\b|\bno\s+one\s+(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:injured|hurt|killed|harmed)\b/gu,
    '',
  );
  const negated = deniedOrCalledOff(plain, dated);
  // "The union has warned that strikes could be called in December if no offer is made": a possibility on a
  // condition is no happening, planned or past.
  const own = negated || noHappeningDated(plain, dated) ? null : dated;
  // (A practice kept up "for years" is not dated by the telling: no day of speaking for it.)
  const spoken = longRunning(plain) ? null : findDate(speech.speaking, published);
  // "X warned Y that …, an inquiry heard on Tuesday": a reporting clause at the end dates the telling, not the words.
  if (own && !own.bound && !own.written && own.clause !== 'reporting')
    return toldAndPlanned(speech, spoken, own, published) ?? ownOrLetter(speech, spoken, own, head);
  const first = own || negated ? null : firstOfTwoReported(speech.speaking, published);
  if (first) return [first];
  if (scene) return [];
  // Words written in a letter or a statement are a document's, drafted as a statement: only an action they report is news.
  // None is when the reported clause quotes words, spoken or written ("X told the Gazette on Monday that the board had
  // approved it "with regret"", "X reported on Thursday that …"…""): the draft is the quote's statement, dated by the telling.
  const written = IN_WRITING.test(speech.speaking) || /\breported\b/u.test(speech.speaking);
  // (A single spoken word is no statement: "said on Tuesday that they had arrested two men over the "brazen" raid" is news.)
  const text = written || FRONTED.test(speech.speaking);
  if (!own && (text ? /["“]/u : /["“][^"”]*\S\s+\S[^"”]*["”]/u).test(speech.reported)) return [];
  if (
    !own &&
    spoken &&
    !spoken.written &&
    !lead &&
    !negated &&
    (completedAction(speech.reported) || (!written && earlier(spoken, published)))
  )
    return [{ excerpt: head, date: { ...spoken, future: false } }];
  return own || negated ? [] : letterOf(speech, spoken, head);
}

/**
 * "X will close on 31 March, its owner told families in a letter on Wednesday": a plan told, with a trailing
 * clause naming a letter (an email, a memo) to the people concerned on a past day. The letter is a happening
 * of its own beside the plan (issue 12af); "…, its owner said in a statement on Tuesday" is no letter.
 */
const TOLD_IN_LETTER =
  /,\s+((?:[^,;"“”]{1,60}?\s)?(?:told|informed|wrote\s+to)\s+[^,;"“”]{1,40}?\s+(?:in\s+an?\s+(?:letter|email|e-mail|memo|note)|by\s+letter)\b[^,;"“”]*?)[.]?$/u;

/** The plan and the letter of a {@link TOLD_IN_LETTER} sentence without quotes, or null. */
function toldInLetter(head: string, published: Date): Happening[] | null {
  const m = /["“”]/u.test(head) ? null : TOLD_IN_LETTER.exec(head);
  if (!m) return null;
  const plan = findDate(head.slice(0, m.index), published);
  const told = findDate(m[1]!, published);
  if (told && told.date >= published.toISOString().slice(0, 10)) return null;
  if (!plan?.future || plan.bound || !told || told.future || told.precision !== 'day') return null;
  return [
    { excerpt: head.slice(0, m.index), date: { ...plan, clause: 'main' } },
    { excerpt: m[1]!, date: { ...told, clause: 'main' } },
  ];
}

/**
 * "X said consent had been sought in August and that the council expected …": the first of two reported
 * clauses joined by "and that" lies between the verb of saying and "and that", read as part of the speaking.
 * Its own past date (in a clause with a finite verb before the date and no quote) is a happening told (issue 12ae);
 * null otherwise.
 */
function firstOfTwoReported(speaking: string, published: Date): Happening | null {
  const m = FIRST_OF_TWO_REPORTED.exec(speaking);
  const clause = m?.[1];
  if (!clause || /["“”]/u.test(clause) || !hasFinite(clause) || NEGATED.test(clause)) return null;
  const date = findDate(clause, published);
  if (!date || date.future || date.bound || date.written || noHappeningDated(clause, date)) return null;
  // "said on Tuesday the council had bought …", "told councillors in March the site was …": a date before the
  // clause's own verb is the telling's (review of 12ae).
  if (!hasFinite(clause.slice(0, Math.max(clause.indexOf(date.text), 0)))) return null;
  return { excerpt: clause.trim(), date: { ...date, clause: 'main' } };
}

/** A verb of saying, a reported clause without "that", then "and that" closing the speaking part. */
const FIRST_OF_TWO_REPORTED =
  /\b(?:said|says|told\s+(?:(?:a|an|the|its|his|her|their)\s+)?\p{L}+|added|stated|confirmed|insisted|claimed|admitted|acknowledged)\s+(?!that\b)([^,;:"“”]+?)\s+and\s+that\s*$/u;

/** The words of a letter's purpose, "to say (that)", "to confirm that", "to warn": after "wrote to … on <day>". */
const LETTER_TO_SAY =
  /^\s*\bto\s+(?:say|tell|confirm|warn|explain|inform|announce|notify|advise)\b(?:\s+(?:\p{Ll}+\s+)?that\b)?\s*/u;

/**
 * "The water board wrote to the society on Monday to say the standpipe would be removed by June 30": a letter sent on
 * a past day, with a plan of its own later date as its purpose, is a happening of its day beside the plan (issue 12aq;
 * before, the one draft took the plan's date and the letter was lost). The speaking is the plain past "wrote to" of
 * {@link LETTER_SENT_ASKING} (no negation, no "will"); null for any other speaking, or a plan with no date of its own.
 */
function letterToSay(
  speech: { speaking: string; reported: string },
  spoken: FoundDate | null,
  own: FoundDate,
  published: Date,
): Happening[] | null {
  if (!own.future || !spoken || spoken.future || spoken.precision !== 'day') return null;
  if (spoken.date >= published.toISOString().slice(0, 10)) return null;
  const at = speech.speaking.indexOf(spoken.text);
  const rest = speech.speaking.slice(at + spoken.text.length) + speech.reported;
  const purpose = LETTER_TO_SAY.exec(rest);
  if (at < 0 || !purpose || !LETTER_SENT_ASKING.speaking.test(speech.speaking.slice(0, at + spoken.text.length)))
    return null;
  const plan = rest
    .slice(purpose[0].length)
    .replace(/[.!]\s*$/u, '')
    .trim();
  return [
    { excerpt: speech.speaking.slice(0, at + spoken.text.length).trim(), date: { ...spoken, clause: 'main' } },
    { excerpt: plan, date: { ...own, clause: 'main' } },
  ];
}

/**
 * "On 6 March, the ministry told the band that its grant would fall from April": a telling on a day
 * set off in front, before the article's week, is a happening recalled beside the plan its words
 * announce (both drafted); null for any other speaking.
 */
function toldAndPlanned(
  speech: { speaking: string; reported: string },
  spoken: FoundDate | null,
  own: FoundDate,
  published: Date,
): Happening[] | null {
  const letter = letterToSay(speech, spoken, own, published);
  if (letter) return letter;
  if (!own.future || !spoken || spoken.future || spoken.precision !== 'day' || !earlier(spoken, published)) return null;
  const at = speech.speaking.indexOf(spoken.text);
  const end = at + spoken.text.length;
  if (at < 0 || !/^\s*On\s[^,;]*$/u.test(speech.speaking.slice(0, end)) || !/^\s*,/u.test(speech.speaking.slice(end)))
    return null;
  return [
    { excerpt: speech.speaking.replace(/\s+that\s*$/u, '').trim(), date: { ...spoken, clause: 'main' } },
    { excerpt: speech.reported.trim(), date: { ...own, clause: 'main' } },
  ];
}

/** "In a ruling on Tuesday, …", "In its judgment last week, …": a decision that opens the sentence, with its time. */
const RULING = /^\s*(In\s+(?:a|an|its|the|their|his|her)\s+(?:\p{Ll}+\s+)?(?:ruling|judgment|verdict)\b[^,;"“”]*),\s/u;

/** A ruling named with the participle of its release: "In a 38-page ruling released Tuesday, ". */
const RULING_RELEASED =
  /^\s*In\s[^,;"“”]*\b(?:ruling|judgment|verdict)\s+(?:published|released|issued|posted)\b[^,;"“”]*,\s/u;

/** A text and the participle of its coming out: "its weekly drought report, published on Thursday". */
const TEXT_PUBLISHED =
  /(\b(?:report|letter|statement|ruling|filing|bulletin|notice|memo|study|survey|review)\b[^,;"“”]*),\s+(?:published|released|issued|posted|sent)\s+[^,;"“”]+/u;

/**
 * "The report published with the figures on Wednesday calls the fall "…"", "The assessment X
 * signed in May 2024 described the building as "…"", "Court papers describe him as "…"": a text's
 * words quoted, no happening (the text's date dates the words). Plural texts with no determiner only as the
 * subject of the verb, the quote in its clause ("Court records show he was jailed in 2019 for what the judge
 * called "…"", "Jail records say he was released on Friday, a move … called "…"" tell a happening).
 */
const TEXT_SAYS =
  /^(?:(?:The|Its|Their|His|Her|A|An)\s+(?:\p{Ll}+\s+){0,2}(?:report|statement|ruling|letter|review|study|survey|bulletin|certificate|assessment|memo|memorandum|filing|notice|audit|document|documents|papers|records|note|decree|directive|order|indictment)\b(?:(?!,\s+(?:and|but)\s)[^"“”;])*?\s(?:calls|called|call|describes|described|describe|says|said|say|warns|warned|declares|declared|rates|rated)\s[^"“”]*|(?:\p{Lu}\p{Ll}+\s+)?(?:documents|papers|records|filings)\s+(?:\p{Ll}+ly\s+)?(?:calls|called|call|describes|described|describe|says|said|say|warns|warned|declares|declared|rates|rated)\s[^"“”,;]*)["“]/u;

/**
 * A thing named in quoted words and nothing else, but where and when: "The minister called the ban
 * "an unfriendly act" in a post on Friday", "X described the ruling as "a disgrace" on Tuesday".
 * The naming is a remark, drafted as a statement; a happening after it ("… and sacked 300 staff") is not matched.
 */
const CALLED_IT =
  /^(?:[^,;"“]*,\s*)?[^,;"“]*?\b(?:called|calls|described|describes|branded|brands|dubbed|labell?ed)\s+(?:the|it|this|that|these|those|him|her|them|his|its|their)\b[^,;"“]{0,50}?\s(?:as\s+)?["“][^"”]+["”]\s*(?:(?:in|on|during|at|late|early|last|this)\s(?:(?!\b(?:and|but|then)\s)[^,;"“])*)?[.!]?\s*$/u;

/**
 * "In a message to parents sent on Tuesday, she asked families to "…"", "In a text message to players on Monday, the
 * captain urged them to "…"": a message named before the subject, with quoted words of two or more, is a text like a
 * letter ({@link TEXT_ASIDE}): its words are its statement, no happening of the day it was sent (12ak). A message
 * with no quoted words still tells what it tells, and so does a deed joined to the words by "and" ("In a message to
 * staff on Monday, the chief executive resigned and said "…"": review of 12ak).
 */
const FRONTED_MESSAGE =
  /^\s*In\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|voicemail)\b[^,;"“]*,\s+(?:(?!\band\s)[^"“])*["“][^"”]*\s[^"”]*["”]/u;

/**
 * "Local councillor X wrote to the chief officer on Monday asking for a meeting", "Residents wrote to their MP on
 * Tuesday urging her to intervene": a letter sent, its request told in a participle and not quoted, is a deed of that
 * day, not a remark (12ak). The speaking must be a plain past "wrote to" with no negation, in any case ("Nobody
 * wrote to …": review of 12ak).
 */
const LETTER_SENT_ASKING = {
  speaking:
    /^(?:(?!\b(?:not|never|nobody|none|no\s+one|will|would|to|if|unless)\b)[^,;"“”])*\bwrote\s+to\s[^,;"“”]*$/iu,
  reported: /^,?\s*(?:asking|urging|calling|demanding|requesting|seeking|inviting|offering)\b[^"“”]*$/u,
};

/**
 * "The council wrote to the club last Friday giving it ten weeks to move out", "… ordering it to leave by June": a
 * letter that gives notice or an order, told in a participle, is a deed of its day as {@link LETTER_SENT_ASKING} is
 * (issue 12ao); the speaking part is the same plain past "wrote to". "telling" only with an order ("telling it to
 * leave"): "telling them the marina was safe" is reported speech, no deed (review of round 40).
 */
const LETTER_SENT_ORDERING =
  /^,?\s*(?:(?:giving|granting|ordering|instructing|allowing)\b|telling\s+(?:\p{L}+\s+){1,3}?to\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll})[^"“”]*$/u;

/**
 * True when `speech` tells a letter sent on the non-future day `spoken`, its request or order unquoted
 * ({@link LETTER_SENT_ASKING}, {@link LETTER_SENT_ORDERING}).
 */
function letterSent(speech: { speaking: string; reported: string }, spoken: FoundDate | null): spoken is FoundDate {
  return (
    !!spoken &&
    !spoken.future &&
    LETTER_SENT_ASKING.speaking.test(speech.speaking) &&
    (LETTER_SENT_ASKING.reported.test(speech.reported) || LETTER_SENT_ORDERING.test(speech.reported))
  );
}

/**
 * The happening of a clause dated by its reported words' own past date `own`, or by `spoken` when it tells a letter
 * sent ({@link letterSent}): "wrote to the club on Friday ordering it to leave by June" is Friday's (review of round 40).
 */
function ownOrLetter(
  speech: { speaking: string; reported: string },
  spoken: FoundDate | null,
  own: FoundDate,
  head: string,
): Happening[] {
  return [{ excerpt: head, date: !own.future && letterSent(speech, spoken) ? spoken : { ...own, clause: 'main' } }];
}

/** The happening of a letter sent ({@link letterSent}), dated by `spoken`, or none. */
function letterOf(speech: { speaking: string; reported: string }, spoken: FoundDate | null, head: string): Happening[] {
  return letterSent(speech, spoken) ? [{ excerpt: head, date: spoken }] : [];
}

/** "In a letter to …", "said in a statement": the words that follow were written. */
const IN_WRITING =
  /\bin\s+(?:a|an|its|his|her|their|the)\s+(?:\p{Ll}+\s+){0,2}(?:letter|statement|filing|post|email|memo|submission|bulletin|notice|report|review|alert|reasons|findings)\b/iu;

/**
 * A scene of speaking is no happening: "On Sunday night, <Name> addressed a crowd …", "gave a
 * speech", "delivered an address", "held a news conference", "clashed over the loss on public
 * radio", "was describing the river as he found it", "spoke briefly to reporters" (an adverb first allowed):
 * the words said there are the news, as statements.
 */
const SCENE_OF_SPEECH =
  /^(?:(?!\b(?:who|which|that|after|before|when)\b)[^,;])*?(?:,\s+(?:(?!\b(?:who|which|that|after|before|when)\b)[^,;])*?){0,4}\b(?:addressed|addresses|addressing|(?:paid|pay|pays|paying)\s+(?:\p{Ll}+\s+)?tributes?\b|(?:was|were|is)\s+describing|(?:spoke|speaks|speaking)\s+(?:\p{Ll}+ly\s+)?(?:to|at|before|in|from|on|alongside|beside|with|outside)\s|(?:gave|gives|giving|delivered|delivers|delivering|held|holds|holding)\s+(?:a|an|his|her|their)\s+(?:\p{Ll}+\s+)?(?:speech|address|lecture|sermon|news conference|press conference|briefing|interview)|(?:clashed|clash|clashing|sparred|spar|sparring|argued|debated)\s+(?:over|about|on)\s[^,;]*?\bon\s+(?:public\s+|state\s+|national\s+)?(?:radio|television|TV|air|stage)\b|(?:clashed|clash|clashing|sparred|spar|sparring|debated)\s+on\s+(?:public\s+|state\s+|national\s+)?(?:radio|television|TV|air|stage)\b)/u;

/**
 * "X went further in a radio interview on Tuesday": the setting of a remark that goes beyond another's, no happening
 * (non-news sweep 12sn). Only with a medium of speaking after it ("went further on Tuesday and closed the marina" is news)
 * and no act after it ("… in an interview on Tuesday and quit", "…, announcing his resignation": review of 12sn).
 */
const WENT_FURTHER =
  /^[^;"“]*?\bwent\s+(?:(?:even|much|a\s+step)\s+)?further\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|statement|speech|post|briefing|press\s+conference|news\s+conference|podcast|broadcast|address)\b(?!.*\b(?:and|but)\s+(?:then\s+)?(?!(?:the|a|an|his|her|their|its|in|on|at|to|with|said|says|told|added|warned|called|described)\b)\p{Ll}|.*,\s+\p{Ll}+ing\b)/u;

/** True for a scene of speaking ({@link WENT_FURTHER} too), also at the start of a sentence ("Addressing a rally on Monday, …", "Speaking in Orsa on Friday, …"). */
const sceneOfSpeech = (text: string) =>
  SCENE_OF_SPEECH.test(
    // "X, who led the campaign, spoke to supporters …": the relative clause is no part of the scene.
    (text.charAt(0).toLowerCase() + text.slice(1)).replace(/,\s+(?:who|which)\b[^,;]*,/gu, ','),
  ) || WENT_FURTHER.test(text);

/**
 * A scene set for the voices that follow, not news of its own: a sentence alone in its paragraph,
 * or followed there only by quotes, that opens with its time (and place) set off by a comma ("On Friday evening, a queue formed outside
 * …", "Outside the court on Monday morning, supporters sang …"), whose subject is no name, and
 * whose verb acts on nothing ("settled over", "queued for", "were divided"), before a quote.
 */
export function setsTheScene(
  sentence: string,
  published: Date,
  aloneInParagraph: boolean,
  quoteNext: boolean,
): boolean {
  if (!aloneInParagraph || !quoteNext) return false;
  const m =
    /^([^,"“”]{3,80}),\s+((?:a|an|some|several|many|dozens|hundreds|thousands)\b|(?:\p{Ll}+\s+)?\p{Ll}+s\b)/u.exec(
      sentence,
    );
  if (!m || !findDate(m[1]!, published) || findDate(m[1]!, published)?.future) return false;
  const terms = termsOf(blankQuotes(sentence.slice(m[1]!.length + 1)).replace(/,.*$/su, ''));
  const verb = terms.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  const next = terms[verb + 1];
  // "settled over the town", "queued for trains", "waited": no object; "attacked the town": an action;
  // "were filling water butts": an activity going on, the scene's background.
  const progressive = verb > 0 && /^(?:was|were)$/i.test(terms[verb - 1]!.text) && /ing$/u.test(terms[verb]!.text);
  return (
    verb > 0 &&
    (progressive ||
      !next ||
      next.tags.has('Preposition') ||
      /^(?:over|across|along|around|outside|inside|into|onto|through|past|near|behind|beneath|under)$/i.test(next.text))
  );
}

/** A plural noun opening the sentence and a relative "who" right after it: "Fans who had gathered …". */
const WHO_AFTER = /^\p{L}+s\s+who\b/u;

/**
 * "Students gathered outside the building Thursday afternoon, …", "At the airport, hundreds of
 * passengers spent Sunday night on camp beds": a crowd of people named by a plural noun (after a
 * place set off by a comma), before the quotes of one of them, sets the scene of the day's news
 * when another sentence tells it.
 */
export function crowdScene(sentence: string): boolean {
  const body = sentence.replace(/^(?:At|In|Outside|Inside|On|Near)\s[^,;"“”]{1,60},\s+/u, '');
  const m = /^(?:(?:hundreds|thousands|dozens|scores)\s+of\s+)?(\p{L}+s)\s+\p{Ll}+/u.exec(body);
  if (!m) return false;
  const tags = wordTags(m[1]!);
  const one = m[1]!.toLowerCase().replace(/s$/u, '');
  // People, not things ("Tests taken Tuesday found …"): a noun for people, or one ending like one ("passengers").
  // A relative "who" after the noun tells people too ("Fans who had waited outside …", `WHO_AFTER`).
  const people =
    isPersonNoun(one) || hasAgentEnding(one) || /(?:er|ian)$/u.test(one) || WHO_AFTER.test(body.slice(m.index));
  return tags.has('Plural') && !tags.has('ProperNoun') && people;
}

/** A mood closing the sentence, a copula before it: "were less measured.", "were divided.", "was more sceptical.". */
const MOOD_END =
  /\b(?:was|were)\s+(?:(?:less|more|far|much|rather|equally|sharply|deeply|bitterly)\s+){0,2}(?:measured|divided|split|angry|angrier|furious|impressed|unimpressed|sceptical|skeptical|resigned|relieved|delighted|upset|worried|anxious|philosophical|unconvinced|forgiving|charitable|sanguine|blunt|blunter|frank|franker|candid|guarded|defiant|unmoved|diplomatic|positive|cautious|optimistic|pessimistic|enthusiastic|critical|bitter|scathing|gloomy|gloomier|hopeful|restrained)\s*[.!]?\s*$/u;

/**
 * "Passengers at the bus station on Tuesday evening were less measured.", "Shoppers in the market on
 * Saturday were divided.": a crowd's mood (a copula and a word of mood closing the sentence), before
 * the words of one of them, sets the scene of the reactions; no news of its own.
 */
export function moodScene(sentence: string): boolean {
  return crowdScene(sentence) && MOOD_END.test(blankQuotes(sentence));
}

/**
 * "Standing beside the tractor on Monday, X was blunter.", "At a shop in Y on Tuesday, customers were
 * unimpressed.": a sentence whose only predicate is a mood (a copula and a word of mood closing it,
 * {@link MOOD_END}) after a scene set off in front describes how someone took the news; no happening,
 * whoever the subject and whatever follows. ("The road was closed on Monday" is no mood: still news; nor is a
 * day alone a scene: "On Monday, the council was divided" keeps its day.)
 */
export function moodOfScene(sentence: string): boolean {
  const blanked = blankQuotes(sentence);
  return (
    /^[^,;]{3,120},\s/u.test(blanked) &&
    !DAY_ONLY_FRONT.test(blanked) &&
    MOOD_END.test(blanked) &&
    !/\b(?:and|but)\s+\p{Ll}+ed\b/u.test(blanked)
  );
}

/** A day alone set off in front, no scene: "On Monday, the council was divided." ("On May 3,", "Late on Friday evening,"). */
const DAY_ONLY_FRONT =
  /^(?:(?:Late|Early)\s+)?(?:(?:On|on|By|by)\s+)?(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:\s+(?:morning|afternoon|evening|night))?,/u;

/** A modal or "to" before the last verb of a clause: "it would cut 800 jobs", "plans to sell the ferry". */
const SHARED_MODAL = /\b(?:will|would|shall|could|can|must|may|might|to)\s+\p{Ll}+\b[^,;.]*$/u;

/** "and again in 2011", "and again on Friday": the verb before repeated with a date of its own. */
const AGAIN_DATED = /^again\s+(?:in|on|at|last|this)\s+[^,;]+(?:[.]?|,\s+(?:when|after|before|while|as)\s[^;]*)$/u;

/**
 * Both dates of an {@link AGAIN_DATED} pair lie in the past: "again on Sunday" has no verb of its own,
 * so after "will close on Friday" its Sunday would be read as the last one.
 */
function againPast(left: string, right: string, published: Date): boolean {
  const [l, r] = [findDate(left, published), findDate(right, published)];
  return !!l && !!r && !l.future && !r.future;
}

/**
 * The members before "and" of a series of past predicates, each with a date of its own ("adopted
 * the rule in 1921 as a trial, dropped it in 1925 and restored it in 1960"): split at the last
 * comma before a past-tense verb (`seriesHead`); one clause otherwise.
 */
function seriesHead(left: string, published: Date): string[] {
  const at = [...left.matchAll(/,\s+(?=\p{Ll}+\s)/gu)].pop();
  if (!at) return [left];
  const [head, tail] = [left.slice(0, at.index), left.slice(at.index + at[0].length)];
  const first = termsOf(tail).find((t) => /\p{L}/u.test(t.text));
  if (!first?.tags.has('PastTense') || !hasFinite(blankQuotes(head))) return [left];
  const [h, t] = [findDate(head, published), findDate(tail, published)];
  return h && t && !h.bound && !t.bound && !h.future && !t.future ? [head, tail] : [left];
}

/**
 * "… was set up last night and had gathered more than 2,000 signatures by this morning": a past perfect
 * counted up to a time ("by") is a tally of the happening before, no clause of its own (issue 12ac).
 */
const TALLY_CLAUSE =
  /^(?:it\s+|they\s+)?had\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|t)\s+(?=[^;]*\d)(?:[^;,]|,(?=\d))*?\bby\s+(?:[^;,]|,(?=\d))+$/u;

/**
 * A sentence of coordinated clauses, each with a verb and a date of its own ("… will vote on
 * October 30, and the companies plan to complete it by March", "… in January and has been
 * suspended since Feb. 3"), split into them: each is a happening of its own; a verb with no
 * subject after a modal ("would cut … and close … by March") is no clause of its own.
 */
function conjuncts(text: string, published: Date): string[] {
  const masked = blankQuotes(text);
  for (const m of masked.matchAll(/,?\s+(?:and|but)\s+/gu)) {
    const [left, right] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    // "between Friday and Sunday", "between January and October": the two ends of one span, no two clauses.
    if (/\bbetween\s+[^\s,;]+(?:\s+[^\s,;]+)?$/u.test(left)) continue;
    // "won the title in 1998 and again in 2011": "again" with a date of its own repeats the verb before (`AGAIN_DATED`).
    // (Not after a day to come: "will close on Friday and again on Sunday" would read the Sunday as past, `againPast`.)
    if (AGAIN_DATED.test(right) && againPast(left, right, published))
      return [left, text.slice(m.index).replace(/^,?\s+/u, '')];
    if (!hasFinite(blankQuotes(right)) || !hasFinite(blankQuotes(left))) continue;
    if (TALLY_CLAUSE.test(right)) continue;
    // "it would cut 800 jobs and close its plant by …": a verb with no subject of its own shares the modal before
    // it, when the verb before has no date of its own ("will rise from 1 January 2028 and reach 67 in 2039" has).
    const modal = SHARED_MODAL.exec(left);
    const base = termsOf(right)
      .find((t) => /\p{L}/u.test(t.text))
      ?.tags.has('Infinitive');
    if (modal && base && !findDate(modal[0], published)) continue;
    // "… and has been suspended since Feb. 3": the start of a state dates its clause too (drafted from backgroundDates).
    // "…, which is expected to vote in July, and …": so does a planned happening in a relative clause.
    const since = (t: string) =>
      backgroundDates(t, published).find((b) => /\bsince\s/u.test(b.clause) || b.date.future)?.date ?? null;
    const [l, r] = [findDate(left, published) ?? since(left), findDate(right, published) ?? since(right)];
    // "… burying nine vehicles and killing four people, authorities said Wednesday": the telling dates no clause of its own.
    if (l && r && !l.bound && !r.bound && r.clause !== 'reporting')
      return [...seriesHead(left, published), ...conjuncts(right, published)];
  }
  return [text];
}

/**
 * The happening a sentence of quoted words adds in reported speech after the quote ("“…,” he
 * said, adding that the union would seek talks on Thursday"): the clause after "adding /
 * saying / noting that", when it has a date of its own. The quote itself is a remark.
 */
export function addedHappenings(sentence: string, published: Date): Happening[] {
  return [
    ...frontedParticiple(sentence, published),
    ...addedClause(sentence, published),
    ...relayedClause(sentence, published),
    ...deadlineGiven(sentence, published),
  ];
}

/**
 * "The letter said the new rent "…" and gave her until 31 December to sign": a time given after words quoted, in a
 * clause of its own joined by "and" and outside the quotes, is a deadline still to come (issue 12aw).
 */
const DEADLINE_GIVEN =
  /\s+and\s+((?:gave|gives)\s+(?:[\p{L}’'-]+\s+){1,3}?until\s+[^"“”;]*?\s+to\s+\p{Ll}+[^"“”;]*?)[\s.!?]*$/u;

/** The deadline of {@link DEADLINE_GIVEN} in a sentence of quoted words, dated on its day ahead, planned. */
function deadlineGiven(sentence: string, published: Date): Happening[] {
  const m = DEADLINE_GIVEN.exec(afterLastStop(blankQuotes(sentence)));
  if (!m) return [];
  const date = findDate(m[1]!, published);
  return date?.future ? [{ excerpt: m[1]!, date: { ...date, clause: 'main' } }] : [];
}

/**
 * "Treasure hunters tried to locate the wreck last year, according to the daily X, which quoted
 * an officer: “…”": a dated clause before "according to" in a sentence of quoted words is a happening.
 */
function relayedClause(sentence: string, published: Date): Happening[] {
  const m = /^([^"“”,;]+?),\s+according\s+to\b[^"“”]*:\s*["“]/u.exec(sentence);
  if (!m || !hasFinite(m[1]!)) return [];
  const date = findDate(m[1]!, published);
  return date && !date.bound && !date.future ? [{ excerpt: m[1]!, date: { ...date, clause: 'main' } }] : [];
}

/**
 * "Opening the first hearing on Monday, the chair said: …": a participle clause before the
 * speaker that dates an action of its own (not a verb of saying) is a happening.
 */
function frontedParticiple(sentence: string, published: Date): Happening[] {
  const m = /^(\p{Lu}\p{Ll}+ing\b[^,"“”]*),\s/u.exec(blankQuotes(sentence));
  if (!m || SPEECH_VERB.test(m[1]!) || sceneOfSpeech(m[1]!) || /^(?:speaking|talking|according|writing)\b/i.test(m[1]!))
    return [];
  const date = findDate(m[1]!, published);
  return date && !date.bound && !date.future ? [{ excerpt: m[1]!, date: { ...date, clause: 'main' } }] : [];
}

/** The clause after "…, adding that …" in a sentence of quoted words, when it has a date of its own. */
function addedClause(sentence: string, published: Date): Happening[] {
  const m = /,\s+(?:adding|saying|noting|announcing|explaining)\s+that\s+(\S[^"“”]*?)[\s.!?]*$/u.exec(
    blankQuotes(sentence),
  );
  if (!m) return [];
  const clause = sentence.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  const date = findDate(clause, published);
  return date && !date.bound ? [{ excerpt: clause, date: { ...date, clause: 'main' } }] : [];
}

/** "the previous day", "the day before" (not "the day before the vote"): a day counted back from the last day the text named. */
const DAY_BEFORE =
  /^(.*?\bthe\s+(?:previous|preceding)\s+day|.*?\bthe\s+day\s+before(?!\s+(?:the|a|an|his|her|its|their|\p{Lu}|\d)))/u;
/** "Prices rose 31 per cent the following day", "was arrested the next day": the day after the last one dated. */
const DAY_AFTER = /^(.*?\bthe\s+(?:following|next)\s+day\b)(?!\s+(?:of|to|after)\b)/u;

/**
 * "Administrators were appointed the same afternoon", "was released later that evening": the last day
 * dated (`SAME_DAY`); not "on the same day as the vote", a day compared with another.
 */
const TEXT_OUT_SAME = /^In\s|\b(?:published|(?<!\b(?:was|were|been)\s+)released|posted|issued|would|will|could)\b/u;
const SAME_DAY =
  /^(.*?\b(?:the\s+same|that\s+same|later\s+that)\s+(?:day|morning|afternoon|evening|night)\b)(?!\s+(?:as|that|of)\b)/u;

/**
 * "lodged a complaint that evening, claiming …", "were arrested that night and charged": a bare "that" before a part
 * of the day points back to the day last dated, as "later that evening" does (`SAME_DAY`, issue 12ay); only where
 * the words end the clause (a comma, a stop, "and", "but", "when", "after", "before", "at", "in"), so "announced
 * that evening classes would …" (a "that" clause) is none.
 */
const THAT_PART_OF_DAY =
  /^(.*?\bthat\s+(?:morning|afternoon|evening|night))(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|when|after|before|at|in)\b)/u;

/**
 * "The meeting began at 7pm", "Its chairman pressed the button at 10am, in a studio …": a clause up to a time of
 * day (`CLOCK_ONLY`), in the past, with no date of its own, tells a moment of the day the sentence before dated.
 */
const CLOCK_ONLY = new RegExp(
  String.raw`^([^"“”;]*?\bat\s+(?:about\s+|around\s+|precisely\s+)?${CLOCK_TIME})(?![\p{L}])(?!\s+(?:on\s+|last\s+|this\s+)?(?:${WEEKDAY}|yesterday|today|tonight|${MONTH_ABBR}\p{L}*\.?\s+\d|\d{1,2}\s+\p{Lu}))`,
  'u',
);

/**
 * A clause up to a time of day ({@link CLOCK_ONLY}) not on the day before it: another day told by its distance
 * ("The next morning", "Two days later", "The night before"), a habit ("usually") or a denial ("had not").
 */
const CLOCK_ELSEWHEN =
  /\b(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)\b|\b\w+\s+(?:days?|weeks?|months?)\s+(?:later|earlier|before)\b|\b(?:day|night|morning|evening)\s+before\b|\b(?:usually|normally|always|often|typically|routinely|daily|each|every|not|never)\b|n[’']t\b/u;

/** A habit right after the time of day: "opened at 9am every day for 40 years". */
const CLOCK_HABIT_AFTER = /^\s*(?:(?:each|every)\s+(?:day|morning|afternoon|evening|night|week)|daily)\b/u;

/**
 * The happening of a sentence with only a time of day ({@link CLOCK_ONLY}) on `last`, the day (past) of a
 * happening the sentence just before told (issue 12af); null when the clause is not in the past or names
 * another time. "The next debate will begin at 7pm", "The shop opens at 9am" and a time inside a quote give none;
 * nor do "The next morning a fire broke out at 3am" or "The doors usually opened at 9am" ({@link CLOCK_ELSEWHEN}).
 */
export function clockSameDay(sentence: string, last: FoundDate | undefined): Happening | null {
  const m = CLOCK_ONLY.exec(sentence);
  if (!m || !last || last.precision !== 'day' || last.future) return null;
  const clause = m[1]!;
  if (CLOCK_ELSEWHEN.test(clause) || CLOCK_HABIT_AFTER.test(sentence.slice(clause.length))) return null;
  const verbs = termsOf(clause).filter((t) => t.tags.has('Verb'));
  if (
    !verbs.some((t) => t.tags.has('PastTense')) ||
    verbs.some((t) => t.tags.has('PresentTense') || t.tags.has('Modal'))
  )
    return null;
  if (isFuture(clause)) return null;
  return {
    excerpt: clause,
    date: { ...last, text: clause.slice(clause.lastIndexOf('at ')), approximate: false, clause: 'main' },
  };
}

/**
 * The happening of a sentence dated only "the previous day" ("The agency received a warning the
 * previous day but …"): the clause up to those words, on the day before `last`, the last day an
 * earlier sentence dated a happening; "the following day", "the next day" ({@link DAY_AFTER}) the day after it. Null when the sentence holds no such words, or quotes them.
 */
export function dayBefore(sentence: string, last: FoundDate | undefined): Happening | null {
  const before = DAY_BEFORE.exec(blankQuotes(sentence));
  // (A text put out the same day, "In a notice posted the same evening", is its own day's telling, no happening.)
  const sameDay = before
    ? null
    : (SAME_DAY.exec(blankQuotes(sentence)) ?? THAT_PART_OF_DAY.exec(blankQuotes(sentence)));
  const same = sameDay && !TEXT_OUT_SAME.test(sameDay[1]!) ? sameDay : null;
  const m = before ?? same ?? DAY_AFTER.exec(blankQuotes(sentence));
  if (!m || !last || last.precision !== 'day' || last.future) return null;
  const d = new Date(`${last.date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (before ? -1 : same ? 0 : 1));
  const date = d.toISOString().slice(0, 10);
  return {
    excerpt: sentence.slice(0, m[1]!.length),
    date: { ...last, date, text: m[1]!, approximate: false, clause: 'main' },
  };
}
