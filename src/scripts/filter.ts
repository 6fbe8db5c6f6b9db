/**
 * Enhances the timeline: filters event cards by status, actor and topic without a reload,
 * using the data attributes each card carries, and hides year and month sections left empty.
 * Without JavaScript the form stays hidden and the topic and actor links do the filtering.
 */
export function enableFilter(): void {
  const form = document.getElementById('timeline-filter') as HTMLFormElement | null;
  if (!form) return;
  const count = document.getElementById('filter-count')!;
  const strings = (document.getElementById('filter-strings') as HTMLElement).dataset;
  const cards = [...document.querySelectorAll<HTMLElement>('.timeline .event-card')];
  form.hidden = false;

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
      card.closest('li')!.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('.timeline .month, .timeline .year')) {
      section.hidden = !section.querySelector('li:not([hidden]) .event-card');
    }
    count.textContent = (status || actor || tag ? strings.some! : strings.all!)
      .replace('%n', String(shown))
      .replace('%t', String(cards.length));
  };
  apply();
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
