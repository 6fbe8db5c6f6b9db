import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A span of the article text: exact offsets, so excerpts are verbatim by construction. */
export interface Span {
  text: string;
  start: number;
  end: number;
}
export interface Sentence extends Span {
  paragraph: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Capt|Maj|Supt|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Cmdr|Cdr|Adm|Brig|Cpl|Insp|Det|Cllr|Clr|Coun|Ald|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Jr|Sr|Inc|Ltd|Co)\.)$/;

/**
 * What may follow "11:40 p.m." in the same sentence: a day ("Sunday"), "local time", lower-case words, or a month
 * with its day ("at 7 p.m. Dec. 10", "at 6 p.m. June 3", {@link TIME_MONTH_DAY}, issues 12as and 12su).
 */
const TIME_CONTINUES = /^(?:\p{Ll}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:GMT|UTC)\b)/u;

/** A month (abbreviated or not) then a day's number, or an abbreviated month alone (the segmenter cut at its stop). */
const TIME_MONTH_DAY =
  /^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b)/u;

/**
 * Paragraphs of the article as parsed by remark (headings, list items and paragraphs), each
 * cut into lines, as exact spans of the text.
 */
export function paragraphs(text: string): Span[] {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const spans: Span[] = [];
  const visit = (node: {
    type: string;
    position?: { start: { offset?: number }; end: { offset?: number } };
    children?: unknown[];
  }) => {
    if (
      (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'html') &&
      node.position
    ) {
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      // A line break inside a paragraph separates lines of a plain-text article.
      let offset = start;
      for (const line of text.slice(start, end).split('\n')) {
        const lead = line.length - line.trimStart().length;
        const trimmed = line.trim();
        if (trimmed) spans.push({ text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
        offset += line.length + 1;
      }
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree as never);
  return spans;
}

/** A quotation in a paragraph: the quoted words between their marks, as offsets in the text. */
export interface QuoteSpan extends Span {
  /** The paragraph ended before the quotation closed: it continues in the next paragraph. */
  open: boolean;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“”', '"': '"' };

/**
 * The quotations of one paragraph (`start` is the paragraph's offset in the text): curly,
 * straight, guillemets and „…“. A straight double quote opens after a space, a bracket or the
 * start of the paragraph, and closes otherwise. A quotation still open at the end of the
 * paragraph runs to its end (the journalist's convention: it continues, re-opened, in the next).
 */
export function quoteSpans(para: Span): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const t = para.text;
  for (let i = 0; i < t.length; i++) {
    const close = OPENERS[t[i]!];
    if (!close || (t[i] === '"' && i > 0 && !/[\s([—–-]/u.test(t[i - 1]!))) continue;
    let j = i + 1;
    while (j < t.length && !close.includes(t[j]!)) j++;
    const inner = t.slice(i + 1, j);
    if (inner.trim()) out.push({ text: inner, start: para.start + i + 1, end: para.start + j, open: j >= t.length });
    i = j;
  }
  return out;
}

/** The sentences of the article, with their paragraph index and exact offsets; a quotation is never cut, nor cut off its attribution. */
export function sentences(text: string): Sentence[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, p) => {
    const quotes = quoteSpans(para);
    const pieces: Span[] = [];
    for (const seg of segmenter.segment(para.text)) {
      const raw = seg.segment;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = para.start + seg.index + (raw.length - raw.trimStart().length);
      const piece = { text: trimmed, start, end: start + trimmed.length };
      const prev = pieces.at(-1);
      // "U.S. Secretary …", "Nov. 25", "11:40 p.m. Sunday", a quotation still open, or a question or
      // exclamation in quotes before its attribution ("“Why?” she replied."): not the end of a sentence.
      if (
        prev &&
        (ABBREVIATION.test(prev.text) ||
          (/[?!][”"’»]$/u.test(prev.text) && /^\p{Ll}/u.test(piece.text)) ||
          (/\b[ap]\.m\.$/.test(prev.text) && (TIME_CONTINUES.test(piece.text) || TIME_MONTH_DAY.test(piece.text))) ||
          quotes.some((q) => q.start < prev.end && prev.end < q.end + 1 && q.end >= start))
      ) {
        prev.text = text.slice(prev.start, piece.end);
        prev.end = piece.end;
      } else pieces.push(piece);
    }
    for (const s of pieces) out.push({ ...s, paragraph: p });
  });
  return out;
}
