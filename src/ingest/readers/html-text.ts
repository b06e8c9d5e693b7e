/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'HEAD']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly textContent: string | null;
}

/**
 * The visible text of a DOM subtree as plain text: one paragraph per block element, separated
 * by a blank line ("\n\n"), `<br>` as a line break and `<br><br>` as a paragraph break, runs of
 * spaces collapsed, scripts and styles left out. Works on linkedom and browser DOMs.
 * Example: `htmlText(parseHTML('<div><p>One  two</p><p>Three<br>four</p></div>').document.body)`
 * → 'One two\n\nThree\nfour'.
 */
export function htmlText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    // Two <br> in a row separate paragraphs, as on older sites without <p>.
    for (const chunk of current.split(/\n[ ]*\n/)) {
      const lines = chunk.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (lines.length) paragraphs.push(lines.join('\n'));
    }
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/[\n\r\t ]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') current += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
