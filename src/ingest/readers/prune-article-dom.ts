/**
 * Removes what Readability leaves inside an article body that is not article text.
 * v0: figure captions.
 */
export function pruneArticleDom(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('figcaption'))) el.remove();
}
