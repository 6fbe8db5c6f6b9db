import type { Actor, Article } from '../../../schemas';
import { involvementOf } from '../../involvement';
import type { Entry, Problem } from '../../entry';
import type { Rule } from '../context';

/**
 * Roles are kept apart: every actor given an involvement is among the event's actors; a news outlet
 * (an actor of kind `outlet`, or one named as the publisher of an article the event cites or as an
 * outlet that article cites) is never a participant; and only a news outlet is a reporting outlet.
 */
export const involvementRule: Rule = ({ content, byId, article }) => {
  const problems: Problem[] = [];
  for (const { filePath: file, data } of content.events) {
    const add = (field: string, message: string) => problems.push({ file, field, message });
    for (const id of Object.keys(data.involvement)) {
      if (!data.actors.includes(id)) add(`involvement.${id}`, `"${id}" is not among the event's actors`);
    }
    const outlets = new Set(
      data.sources.flatMap((s) => {
        const a: Entry<Article> | undefined = article(s.article);
        return a ? [a.data.publisher, ...a.data.cites].map((n) => n.toLowerCase()) : [];
      }),
    );
    data.actors.forEach((id, i) => {
      const actor = byId.actors.get(id) as Entry<Actor> | undefined;
      if (!actor) return; // reported by the references rule
      const as = involvementOf(data, id, actor);
      const field = id in data.involvement ? `involvement.${id}` : `actors[${i}]`;
      const isOutlet =
        actor.data.kind === 'outlet' ||
        [actor.data.name, ...actor.data.aliases].some((n) => outlets.has(n.toLowerCase()));
      if (isOutlet && as === 'participant')
        add(
          field,
          `"${id}" is a news outlet that reports the event, not a participant: make it \`${id}: outlet\` in involvement (or give it kind "outlet")`,
        );
      if (!isOutlet && as === 'outlet')
        add(field, `"${id}" is not a news outlet (kind "${actor.data.kind}"): an outlet is an actor of kind "outlet"`);
    });
  }
  return problems;
};
