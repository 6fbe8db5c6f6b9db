import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';

/** URL schemes a rendered link may use; anything else (javascript:, data:, vbscript: …) is dropped. */
const SAFE_URL = /^(?:https?:|mailto:|[/#.?]|[^:]*$)/i;

function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('');
  return '';
}

function clean(parent: Parent): void {
  parent.children = parent.children.map((child) => {
    const node = child as Nodes;
    // Raw HTML is shown as the text it is, never passed through as markup.
    if (node.type === 'html') return { type: 'text', value: node.value } satisfies Text;
    // Links and images to unsafe URLs keep only their text.
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !SAFE_URL.test(node.url.trim())
    ) {
      return { type: 'text', value: node.type === 'image' ? (node.alt ?? '') : toText(node) } satisfies Text;
    }
    if ('children' in node) clean(node as Parent);
    return node as PhrasingContent;
  }) as Parent['children'];
}

/**
 * remark plugin for content written by editors or ingested from articles: raw HTML is kept
 * as escaped text and links with a script-capable scheme (`javascript:` …) lose their URL,
 * so nothing in a content file can run in a reader's browser.
 */
export default function remarkSafe() {
  return (tree: Root) => clean(tree);
}
