const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|</g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Checks that XML is well formed enough to trust: every tag closed in order, attributes
 * quoted, comments and CDATA sections closed, one root element. Returns what is wrong
 * (with the line) or null. It does not validate entities or namespaces.
 * Example: `checkXml('<rss><channel><item></channel></rss>')` → 'line 1: </channel> closes <item>'.
 */
export function checkXml(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[0] === '<') return `line ${lineAt(xml, m.index)}: broken tag, comment or CDATA section`;
    const name = m[2];
    if (!name) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== name) return `line ${lineAt(xml, m.index)}: </${name}> ${open ? `closes <${open}>` : 'has no opening tag'}`;
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    if (roots > 1) return `line ${lineAt(xml, m.index)}: more than one root element`;
  }
  if (stack.length) return `unexpected end of file: <${stack.at(-1)}> is not closed`;
  if (roots === 0) return 'no XML elements';
  return null;
}
