import type { Problem } from '../../entry';
import { truncate, type Rule } from '../context';

/** Quotes shorter than this many words are fragments, kept only for a stated reason. */
export const MIN_QUOTE_WORDS = 3;

/** The number of words of a quote (runs of letters or digits, hyphenated words counting once). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A quote (or another source's wording of it) of fewer than three words is a fragment: it must be
 * marked `fragment: true` with a `fragmentReason` saying why it is kept as a quote; a fragment
 * mark needs its reason, and a reason its mark.
 */
export const fragmentsRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { filePath: file, data } of content.statements) {
    const short = (text: string) => wordCount(text) < MIN_QUOTE_WORDS;
    const explained = data.fragment && data.fragmentReason !== undefined;
    if (short(data.quote) && !explained) {
      problems.push({
        file,
        field: 'quote',
        message: `"${truncate(data.quote)}" has ${wordCount(data.quote)} word(s), fewer than ${MIN_QUOTE_WORDS}: quote more of what was said, or mark it \`fragment: true\` with a \`fragmentReason\` saying why it is kept`,
      });
    }
    data.reports.forEach((report, i) => {
      if (short(report.wording) && !explained)
        problems.push({
          file,
          field: `reports[${i}].wording`,
          message: `"${truncate(report.wording)}" has fewer than ${MIN_QUOTE_WORDS} words: mark the statement \`fragment: true\` with a \`fragmentReason\``,
        });
    });
    if (data.fragment && data.fragmentReason === undefined)
      problems.push({ file, field: 'fragmentReason', message: 'a fragment must say why it is kept as a quote' });
    if (!data.fragment && data.fragmentReason !== undefined)
      problems.push({ file, field: 'fragment', message: 'a fragmentReason is given but `fragment` is not true' });
  }
  return problems;
};
