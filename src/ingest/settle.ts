/**
 * The last guard of the ingest: a draft the content checks refuse is left out of the plan, and
 * said so, instead of the whole article being lost. The drafting steps are meant to produce only
 * drafts that pass (plan.ts dates a future-worded event from the publication, for one); this
 * catches what they miss.
 */
import type { Problem } from '../model/entry';
import type { CollectionName } from '../registry';
import type { IngestPlan, PlannedFile } from './plan';

/** A draft left out of a plan because the content checks refused it. */
export interface LeftOut {
  path: string;
  why: string;
}

/** The planned draft (never the article) a problem is about, by the end of its file path. */
function draftOf(plan: IngestPlan, problem: Problem): PlannedFile | undefined {
  const file = problem.file.split('\\').join('/');
  return plan.files.find(
    (f) => f.collection !== ('articles' satisfies CollectionName) && (file === f.path || file.endsWith(`/${f.path}`)),
  );
}

/** The plan without the files of `drop`, in its files and in its lists of statements, events and actors. */
function without(plan: IngestPlan, drop: Set<PlannedFile>): void {
  const gone = (collection: CollectionName) =>
    new Set([...drop].filter((f) => f.collection === collection).map((f) => f.id));
  const statements = gone('statements' satisfies CollectionName);
  const events = gone('events' satisfies CollectionName);
  const actors = gone('actors' satisfies CollectionName);
  plan.files = plan.files.filter((f) => !drop.has(f));
  plan.statements = plan.statements.filter((s) => !statements.has(s.id));
  plan.events = plan.events.filter((e) => !events.has(e.id));
  plan.actors = plan.actors.filter((a) => !actors.has(a.id));
  plan.proposals = plan.proposals.filter((p) => ![...drop].some((f) => f.path === p.path));
}

/**
 * Checks the plan with `check`; every draft a problem is about is left out (recorded in
 * `plan.leftOut` with the problem) and the rest checked again, so that drafts that needed a
 * left-out one (a statement of a left-out speaker) go too. Returns the problems no draft explains
 * (the article's own, or the existing content's): only those stop the ingest.
 */
export function settlePlan(plan: IngestPlan, check: (plan: IngestPlan) => Problem[]): Problem[] {
  for (let round = 0; round < 5; round++) {
    const problems = check(plan);
    if (!problems.length) return [];
    const drop = new Map<PlannedFile, string>();
    for (const p of problems) {
      const draft = draftOf(plan, p);
      if (!draft) return problems;
      if (!drop.has(draft)) drop.set(draft, `${p.field}: ${p.message}`);
    }
    for (const [file, why] of drop) plan.leftOut.push({ path: file.path, why });
    without(plan, new Set(drop.keys()));
  }
  return check(plan);
}
