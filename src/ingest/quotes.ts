import { paragraphs, quoteSpans, type Sentence } from './segment';

/** A direct quote in the article, before its speaker is known. */
export interface RawQuote {
  /** The quoted words as printed, without the quote marks and trailing , ; : */
  quote: string;
  start: number;
  end: number;
  /** Index of the sentence that holds it; its text is the excerpt. */
  sentence: number;
  paragraph: number;
  /** Quotes of one quotation running over several paragraphs share a run number. */
  run: number;
  /** Offsets of the quoted passage with its marks, within its sentence. */
  at: { index: number; end: number };
}

/** Small words a name of a thing may hold in lower case ("Coalition of the Willing"). */
const NAME_GLUE = /^(?:of|the|and|for|a|an|to|in|on|at|de|du|la|le)$/;

/**
 * True when quoted words are a statement: not a single word ("unworkable"), and not the name
 * of something written in title case ("Coalition of the Willing", "Harbour Shield"), also a
 * nickname led by a lower-case "the" ("nicknamed “the Iron Duke”", "known as “the Gap”").
 */
export function isStatement(quote: string): boolean {
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const name =
    words.length <= 6 &&
    !/[.!?]$/.test(quote) &&
    words.every((w, i) => /^\p{Lu}/u.test(w) || ((i > 0 || w === 'the') && NAME_GLUE.test(w)));
  return !name;
}

/** Words that present a quoted term as a name for something: "so-called", "what she calls a", "dubbed", "nicknamed", "has taken to calling the north the". */
const TERM_CUE =
  /\b(?:so-called|what\s+\p{L}+\s+(?:calls?|called|terms?|termed|dubs?|dubbed|describes?\s+as|described\s+as)|dubbed|termed|nicknamed|(?:known|billed)\s+as|(?:(?:taken|took|started|begun|began)\s+to\s+call(?:ing)?|(?:started|began)\s+calling)\s+(?:(?:the|its|their|his|her)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?=the|a|an))\s*(?:(?:a|an|the|its|their|his|her)\s+)?$/iu;

/**
 * True when a short quoted phrase is a coined term, not words someone said: "the so-called
 * “green corridor”", "what it called a “fair share”", a slogan ("placards reading “…”") or a name of
 * what follows ("its “Heritage at a price” fundraising campaign"). A phrase of up to four words with no
 * sentence-ending punctuation, after such a cue (or before such a noun).
 */
export function coinedTerm(quote: string, before: string, after = ''): boolean {
  return (
    (quote.split(/\s+/).length <= 4 &&
      !/[.!?]$/u.test(quote) &&
      (TERM_CUE.test(before) || RULE_ON_TERM.test(before) || NAMED_AFTER.test(after))) ||
    writtenSlogan(quote, before) ||
    heldEventName(quote, before, after)
  );
}

/**
 * "will hold a farewell", "hosted a", "staged its" (issue 12ar): a verb of holding an event and its article, with up to
 * two lower-case words, right before a quoted name ({@link heldEventName}).
 */
const HELD_EVENT_CUE =
  /\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|stage|stages|staged|staging|throw|throws|threw|put\s+on|puts\s+on|putting\s+on)\s+(?:a|an|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** After a held event's quoted name: the sentence ends, or a place, a time or a purpose follows ("at the old site"). */
const AFTER_HELD_EVENT_NAME =
  /^[”"]?(?:\s*$|\s*[,.;:!?]|\s+(?:at|on|in|for|from|to|next|this|last|with|outside|inside|near|by|until|before|after|every|each|later|tomorrow|tonight)\b)/u;

/**
 * True when a quoted name of up to four words with no sentence-ending punctuation is the event a body holds: "The
 * library will hold a farewell "garage night" at the old site" (issue 12ar; {@link HELD_EVENT_CUE}). Not words that
 * describe what was held, with its noun after them: "held a "very frank" meeting" stays a quote.
 */
function heldEventName(quote: string, before: string, after: string): boolean {
  return (
    quote.split(/\s+/).length <= 4 &&
    !/[.!?]$/u.test(quote) &&
    HELD_EVENT_CUE.test(before) &&
    AFTER_HELD_EVENT_NAME.test(after)
  );
}

/**
 * A rule's or a ban's quoted term: "breaks a rule on "permanent structures"", "a ban on "amplified music"" (the
 * words of a rule book, not of a speaker; {@link coinedTerm} keeps it to four words without a full stop).
 */
const RULE_ON_TERM =
  /\b(?:rules?|bans?|policy|policies|bylaws?|by-laws?|regulations?|restrictions?)\s+(?:on|against)\s*$/iu;

/** The most words of a slogan on a banner, a placard or a sign ({@link writtenSlogan}); longer text is read as a quote. */
const WRITTEN_SLOGAN_WORDS = 10;

/**
 * True when a quoted line of up to {@link WRITTEN_SLOGAN_WORDS} words stands right after a written slogan's cue
 * ("banners reading "Keep our lido open for everyone"", "placards that read "…""; {@link SLOGAN_CUE}): what a
 * banner says is no statement of a speaker (until 12ap only up to four words were). A slogan may end with its full
 * stop: "signs that read "Every Ballot, Every Voter."".
 */
function writtenSlogan(quote: string, before: string): boolean {
  return quote.split(/\s+/).length <= WRITTEN_SLOGAN_WORDS && SLOGAN_CUE.test(before);
}

/** Written slogans and screens: "placards reading", "a banner that read", "T-shirts bearing", "a page that read", "the slogan". */
const SLOGAN_CUE =
  /\b(?:(?:placards?|banners?|signs?|posters?|T-shirts?|badges?|stickers?|pages?|screens?)\s+(?:reading|(?:that|which)\s+read|saying|bearing|emblazoned\s+with|with\s+the\s+(?:words|slogan))|(?:the|a|its|their)\s+slogan)\s*,?\s*$/iu;

/** A quoted phrase that names what follows it: "its "Heritage at a price" fundraising campaign". */
const NAMED_AFTER =
  /^[”"]?\s+(?:[\p{Ll}-]+\s+)?(?:campaign|slogan|motto|initiative|scheme|programme|program|strategy|appeal|exhibition|tour|festival|plan)\b/u;

/** The quoted words as a statement: trimmed, without trailing , ; : (and a fragment's full stop). */
function clean(inner: string): string {
  let quote = inner
    .trim()
    .replace(/[,;:]+$/, '')
    .replace(/\s*[—–-]+$/, '');
  if (/^\p{Ll}/u.test(quote)) quote = quote.replace(/\.$/, '');
  return quote;
}

/**
 * Every direct quote that is a statement (curly or straight double quotes, guillemets), in
 * order. A quotation left open at the end of a paragraph continues in the next paragraph when
 * that one opens with a quote mark: both parts get the same run number.
 */
export function extractQuotes(text: string, sents: Sentence[]): RawQuote[] {
  const out: RawQuote[] = [];
  let run = 0;
  let open = false;
  paragraphs(text).forEach((para, p) => {
    const spans = quoteSpans(para);
    spans.forEach((span, k) => {
      const continued = open && k === 0 && span.start - 1 === para.start;
      if (!continued) run++;
      const quote = clean(span.text);
      const si = sents.findIndex((s) => s.start < span.start && span.end <= s.end);
      // ""We need answers," campaign organisers said": a quote set off by a comma names nothing after it.
      const after = /[,;:]\s*$/u.test(span.text) ? '' : text.slice(span.end, span.end + 60);
      if (si < 0 || !quote || !isStatement(quote) || coinedTerm(quote, text.slice(0, span.start - 1), after)) return;
      const start = span.start + span.text.indexOf(quote);
      const sentence = sents[si]!;
      out.push({
        quote,
        start,
        end: start + quote.length,
        sentence: si,
        paragraph: p,
        run,
        at: { index: span.start - 1 - sentence.start, end: Math.min(span.end + 1, sentence.end) - sentence.start },
      });
    });
    open = spans.at(-1)?.open ?? false;
  });
  return out;
}

/** The sentence with every quoted passage blanked, so names inside a quote are not taken for its speaker. */
export function maskQuotes(
  sentence: Sentence,
  quotes: Array<{ at: { index: number; end: number } }>,
  all = quoteSpans({ text: sentence.text, start: 0, end: sentence.text.length }),
): string {
  let masked = sentence.text;
  const blank = (i: number, j: number) =>
    (masked = masked.slice(0, i) + ' '.repeat(Math.max(0, j - i)) + masked.slice(j));
  for (const q of quotes) blank(q.at.index, q.at.end);
  for (const s of all) blank(Math.max(0, s.start - 1), Math.min(masked.length, s.end + 1));
  return masked;
}
