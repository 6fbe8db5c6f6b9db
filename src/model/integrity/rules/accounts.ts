import type { Problem } from '../../entry';
import { truncate, type Rule } from '../context';

/** Wording that makes what a passage reports depend on a condition. */
export const CONDITION_WORDING =
  /\b(?:depends? on|dependent on|contingent (?:on|upon)|conditioned on|conditional on|hinges? on|provided that|on the condition that|subject to)\b/i;

/**
 * Where the sources differ, the event says so. Accounts (`accounts`) come from at least two of the
 * event's own source articles. And where it can be checked mechanically — one article's excerpt
 * makes the event depend on a condition ("depends on", "contingent upon", "hinges on") and another
 * article's gives no condition — an event without accounts is refused: the sources conflict and the
 * page must show each account. Other disagreements are editorial.
 */
export const accountsRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { filePath: file, data } of content.events) {
    const add = (field: string, message: string) => problems.push({ file, field, message });
    const cited = new Set(data.sources.map((s) => s.article));
    if (data.accounts.length > 0) {
      const articles = new Set(data.accounts.map((a) => a.article));
      if (articles.size < 2)
        add(
          'accounts',
          `accounts must come from at least two articles (here only ${[...articles].join(', ')}): one source cannot differ from itself`,
        );
      data.accounts.forEach((account, i) => {
        if (!cited.has(account.article))
          add(
            `accounts[${i}].article`,
            `article "${account.article}" gives an account but is not among the event's sources`,
          );
      });
      continue;
    }
    const conditional = data.sources
      .map((s, i) => ({ ...s, i, condition: CONDITION_WORDING.exec(s.excerpt)?.[0] }))
      .filter((s) => s.condition !== undefined);
    for (const c of conditional) {
      const unconditional = data.sources.findIndex(
        (s) =>
          s.article !== c.article &&
          !CONDITION_WORDING.test(s.excerpt) &&
          !data.sources.some((t) => t.article === s.article && CONDITION_WORDING.test(t.excerpt)),
      );
      if (unconditional >= 0) {
        add(
          'accounts',
          `the sources differ: sources[${c.i}] ("${c.article}") makes it depend on a condition (“${c.condition ?? ''}”: "${truncate(c.excerpt, 60)}") and sources[${unconditional}] ("${data.sources[unconditional]?.article ?? ''}") gives none; give each source's account in \`accounts\``,
        );
        break;
      }
    }
  }
  return problems;
};
