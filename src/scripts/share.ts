/**
 * Enhances permalinks (src/components/Permalink.astro): shows a "Copy link" button that copies
 * the address and says so in a polite live region, and a "Share…" button where the Web Share API
 * exists. Without JavaScript the buttons stay hidden and the link itself can be copied.
 */
export function enableShare(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share-url]')) {
    const url = box.dataset.shareUrl ?? '';
    const copy = box.querySelector<HTMLButtonElement>('.copy-link');
    const share = box.querySelector<HTMLButtonElement>('.share-link');
    const status = box.querySelector<HTMLElement>('.copy-status');
    if (copy && status && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(url).then(
          () => (status.textContent = copy.dataset.copied ?? ''),
          () => (status.textContent = copy.dataset.failed ?? ''),
        );
      });
    }
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ url, title: box.dataset.shareTitle ?? document.title }).catch(() => undefined);
      });
    }
  }
}
