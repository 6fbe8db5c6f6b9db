/**
 * Enhances /search/: hides the "needs JavaScript" note, runs the query in `?q=` against the
 * Pagefind index and lists the results. Result excerpts are rebuilt as text plus <mark>, so
 * no markup from the index is ever inserted as HTML.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
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

export async function runSearch(): Promise<void> {
  document.getElementById('search-nojs')?.setAttribute('hidden', '');
  const input = document.getElementById('q') as HTMLInputElement | null;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const strings = document.getElementById('search-strings')!.dataset;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input) input.value = query;
  if (!query) {
    input?.focus();
    return;
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(r.excerpt));
      li.append(a, p);
      return li;
    }),
  );
  const n = search.results.length;
  const template = n === 0 ? strings.none! : n === 1 ? strings.one! : strings.many!;
  status.textContent = template.replace('%n', String(n)).replace('%q', query);
}
