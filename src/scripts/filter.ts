/**
 * Enhances the timeline: filters event cards by status, actor and topic without a reload,
 * using the data attributes each card carries, and hides year and month sections left empty.
 * The choice lives in the address (`?status=disputed&actor=…`, as the form's GET submission
 * would write it), so it survives a reload, the back button and a shared link.
 * Without JavaScript the form stays hidden and the topic and actor links do the filtering.
 */
const FIELDS = ['status', 'actor', 'tag'] as const;

export function enableFilter(): void {
  const form = document.getElementById('timeline-filter') as HTMLFormElement | null;
  const count = document.getElementById('filter-count');
  const strings = document.getElementById('filter-strings')?.dataset;
  if (!form || !count || !strings) return;
  const cards = [...document.querySelectorAll<HTMLElement>('.timeline .event-card')];
  form.hidden = false;

  /** Sets the selects from the address; unknown values fall back to "any". */
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (!select) continue;
      const wanted = params.get(name) ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  };

  const apply = () => {
    const data = new FormData(form);
    const status = String(data.get('status') ?? '');
    const actor = String(data.get('actor') ?? '');
    const tag = String(data.get('tag') ?? '');
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
    count.textContent = (status || actor || tag ? (strings.some ?? '') : (strings.all ?? ''))
      .replace('%n', String(shown))
      .replace('%t', String(cards.length));
  };

  /** Writes the choice into the address, as a new history entry so that Back undoes it. */
  const toUrl = () => {
    const params = new URLSearchParams(location.search);
    const data = new FormData(form);
    for (const name of FIELDS) {
      const value = String(data.get(name) ?? '');
      if (value) params.set(name, value);
      else params.delete(name);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  };

  fromUrl();
  apply();
  form.addEventListener('change', () => {
    toUrl();
    apply();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toUrl();
    apply();
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    apply();
  });
}
