/**
 * What Readability leaves inside an article body that is not article text, found by markup:
 * element names that never hold body text, class/id names of captions, credits, share bars,
 * related boxes, newsletters, ads and hidden hover cards, and blocks that are nothing but links.
 */
const DROP_TAGS = 'figcaption, nav, aside, footer, form, button, noscript, [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
const NOT_BODY =
  /(?:^|[-_\s])(?:caption|captions|credit|credits|related|share|sharing|social-?share|social-?links|newsletter|promo|advert|advertisement|ads?|ad-?slot|breadcrumbs?|byline|author-?bio|subscribe|signup|outbrain|taboola|recommended|more-?stories|read-?more|(?:tooltip|popover|rollover|hover)[-\w]*[-_](?:block|card|popup|content)|tooltip|popover|hidden|sr-only|visually-hidden|screen-reader-text|sidebar|disclaimer|inline-?image-?credit|image-?credit|photo-?credit)(?:$|[-_\s])/i;
/** A link-only block is dropped when it is at most this many words (a headline-sized teaser). */
const MAX_LINK_BLOCK_WORDS = 20;
const LEAF_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd';

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Share of an element's text that sits inside links. */
function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
  return linked / total;
}

/**
 * A headline-sized block that is (nearly) all link text. A lone link paragraph is often body
 * ("Get it on Amazon for $39"); runs of them, link-only list items and headings are teaser boxes.
 */
function isLinkBlock(el: Element | null): boolean {
  if (!el || !/^(?:P|LI|H[1-6]|DT|DD)$/.test(el.nodeName.toUpperCase())) return false;
  return (el.textContent ?? '').trim().split(/\s+/).length <= MAX_LINK_BLOCK_WORDS && linkDensity(el) >= 0.8;
}

/**
 * Removes non-body elements from Readability's article element, in place. An element named
 * like a caption or share bar is kept when it holds most of the article (a misleading class
 * on the main container must not empty the page).
 * Example: `<div><p>Text…</p><div class="caption-text">A photo</div></div>` loses the caption div.
 */
export function pruneArticleDom(root: Element): void {
  const total = Math.max(1, textLength(root));
  for (const el of Array.from(root.querySelectorAll(DROP_TAGS))) if (textLength(el) < total * 0.5) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NOT_BODY.test(names) && textLength(el) < total * 0.3) el.remove();
  }
  const doomed = Array.from(root.querySelectorAll(LEAF_BLOCKS)).filter((el) => isLinkBlock(el) && (el.nodeName.toUpperCase() !== 'P' || isLinkBlock(el.previousElementSibling) || isLinkBlock(el.nextElementSibling)));
  for (const el of doomed) el.remove();
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.querySelectorAll('li'));
    if (items.length >= 2 && linkDensity(list) >= 0.6) list.remove();
  }
}
