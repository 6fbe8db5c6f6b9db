/**
 * Enhances /search/: results as you type (debounced), each labelled event, quote, actor or
 * source, with its date and status; the count in a polite live region; the query kept in the
 * address (`?q=`). Result excerpts are rebuilt as text plus <mark>, so no markup from the index
 * is ever inserted as HTML. The results area has its space reserved, so nothing below jumps.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; date?: string; status?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init?(): Promise<void>;
  debouncedSearch?(q: string, o?: object, ms?: number): Promise<PagefindSearch | null>;
  search(q: string): Promise<PagefindSearch>;
}
interface PagefindSearch {
  results: Array<{ data(): Promise<PagefindResultData> }>;
}

/** Text and <mark> nodes from a Pagefind excerpt, parsed inertly in a <template>. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** One result: its kind, its title as a link, its date and status, and the matching passage. */
function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const head = document.createElement('p');
  head.className = 'result-head';
  if (r.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = r.meta.kind;
    head.append(kind);
  }
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  head.append(a);
  li.append(head);
  const facts = [r.meta.date, r.meta.status].filter(Boolean).join(' · ');
  if (facts) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = facts;
    li.append(meta);
  }
  const p = document.createElement('p');
  p.append(...excerptNodes(r.excerpt));
  li.append(p);
  return li;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    return pagefind;
  })();
  return pagefindPromise;
}

/** Results shown at once; "Show more" adds as many again. */
const PAGE = 30;

export async function runSearch(): Promise<void> {
  const input = document.getElementById('q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const strings = document.getElementById('search-strings')?.dataset;
  if (!input || !status || !list || !more || !strings) return;
  let latest = 0;
  let current: { search: PagefindSearch; query: string; shown: number } | undefined;

  /** The count, and how many of them are shown when not all are. */
  const describe = (n: number, shown: number, query: string) => {
    const template = n === 0 ? strings.none : n === 1 ? strings.one : strings.many;
    const count = (template ?? '').replace('%n', String(n)).replace('%q', query);
    return shown < n ? `${count} ${(strings.shown ?? '').replace('%s', String(shown))}` : count;
  };

  /** Shows the next results of the current search after those already listed. */
  const showMore = async (ticket: number) => {
    if (!current) return;
    const { search, query } = current;
    const next = await Promise.all(search.results.slice(current.shown, current.shown + PAGE).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    const items = next.map(resultItem);
    if (current.shown === 0) list.replaceChildren(...items);
    else list.append(...items);
    current.shown += next.length;
    const n = search.results.length;
    status.textContent = describe(n, current.shown, query);
    more.hidden = current.shown >= n;
    return items[0];
  };

  const show = async (query: string) => {
    const ticket = ++latest;
    if (!query) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query);
    if (ticket !== latest) return;
    current = { search, query, shown: 0 };
    await showMore(ticket);
  };

  more.addEventListener('click', () => {
    void showMore(latest).then((first) => first?.querySelector('a')?.focus());
  });

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  followInput(input, show);
  if (query) await show(query);
  else {
    input.focus();
    void loadPagefind();
  }
}

/** Searches as the reader types (debounced) and on submit, keeping the query in the address. */
function followInput(input: HTMLInputElement, show: (query: string) => Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = (q: string) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void show(q);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value.trim()), 200);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value.trim());
  });
}
