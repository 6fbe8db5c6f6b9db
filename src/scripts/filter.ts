/**
 * Enhances the timeline: filters event cards by status, actor and topic without a reload,
 * using the data attributes each card carries, and hides year and month sections left empty.
 * The choice lives in the address (`?status=disputed&actor=…`, as the form's GET submission
 * would write it), so it survives a reload, the back button and a shared link.
 * Without JavaScript the form stays hidden and the topic and actor links do the filtering.
 */
const FIELDS = ['status', 'actor', 'tag'] as const;
type Choice = Record<(typeof FIELDS)[number], string>;

/** Sets the form's selects from the address; unknown values fall back to "any". */
function fromUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (!select) continue;
    const wanted = params.get(name) ?? '';
    select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
}

/** Writes the form's choice into the address, as a new history entry so that Back undoes it. */
function toUrl(choice: Choice): void {
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    if (choice[name]) params.set(name, choice[name]);
    else params.delete(name);
  }
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
}

function choiceOf(form: HTMLFormElement): Choice {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? '');
  return { status: get('status'), actor: get('actor'), tag: get('tag') };
}

/** Shows the cards that match, hides emptied sections; returns how many are shown. */
function show(cards: HTMLElement[], { status, actor, tag }: Choice): number {
  let shown = 0;
  for (const card of cards) {
    const match =
      (!status || card.dataset.status === status) &&
      (!actor || (card.dataset.actors ?? '').split(' ').includes(actor)) &&
      (!tag || (card.dataset.tags ?? '').split(' ').includes(tag));
    const item = card.closest('li');
    if (item) item.hidden = !match;
    if (match) shown++;
  }
  for (const section of document.querySelectorAll<HTMLElement>('.timeline .month, .timeline .year')) {
    section.hidden = !section.querySelector('li:not([hidden]) .event-card');
  }
  return shown;
}

export function enableFilter(): void {
  const form = document.getElementById('timeline-filter') as HTMLFormElement | null;
  const count = document.getElementById('filter-count');
  const strings = document.getElementById('filter-strings')?.dataset;
  if (!form || !count || !strings) return;
  const cards = [...document.querySelectorAll<HTMLElement>('.timeline .event-card')];
  form.hidden = false;

  const apply = () => {
    const choice = choiceOf(form);
    const shown = show(cards, choice);
    const filtered = Boolean(choice.status || choice.actor || choice.tag);
    count.textContent = ((filtered ? strings.some : strings.all) ?? '')
      .replace('%n', String(shown))
      .replace('%t', String(cards.length));
  };
  const change = (event?: Event) => {
    event?.preventDefault();
    toUrl(choiceOf(form));
    apply();
  };
  fromUrl(form);
  apply();
  form.addEventListener('change', () => change());
  form.addEventListener('submit', change);
  window.addEventListener('popstate', () => {
    fromUrl(form);
    apply();
  });
}
