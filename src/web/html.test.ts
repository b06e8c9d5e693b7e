import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html, safeUrl, trusted } from './html.js';

test('holes are escaped, Html passes through, arrays join and null/false vanish', () => {
  const name = `<img src=x onerror="alert('x')">`;
  assert.equal(
    html`<b title="${name}">${name}</b>${[html`<i>${'a&b'}</i>`, 'c']}${null}${false}`.value,
    '<b title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;</b><i>a&amp;b</i>c',
  );
  assert.equal(html`${trusted('<br>')}`.value, '<br>');
});

test('only http(s) URLs and same-site paths are safe links', () => {
  assert.equal(safeUrl('javascript:alert(1)'), null);
  assert.equal(safeUrl(' JaVaScRiPt:alert(1)'), null);
  assert.equal(safeUrl('data:text/html,<script>'), null);
  assert.equal(safeUrl('//evil.example/x'), null);
  assert.equal(safeUrl('https://www.stuff.co.nz/a?b=1'), 'https://www.stuff.co.nz/a?b=1');
  assert.equal(safeUrl('/articles/abc'), '/articles/abc');
});
