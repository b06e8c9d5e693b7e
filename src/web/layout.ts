import { html, type Html, type HtmlValue } from './html.js';

/**
 * The page shell: head with the one stylesheet and script (served by this app, no CDN), the
 * navigation with a search box, and `body`. Example: `layout('Stories', html`<h1>Stories</h1>`)`.
 */
export function layout(title: string, body: HtmlValue, { query = '' }: { query?: string } = {}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Storyline</title>
<link rel="stylesheet" href="/static/style.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="/">Storyline</a>
<nav><a href="/">Stories</a><a href="/actors">Actors</a><a href="/articles">Articles</a></nav>
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${query}" placeholder="Search articles, actors, stories" aria-label="Search">
<button type="submit">Search</button>
</form>
</header>
<main>
${body}
</main>
</body>
</html>`;
}

/** A dossier section that another part of Storyline has not provided yet. */
export function notAvailable(reason: string): Html {
  return html`<p class="na">Not available yet. ${reason}</p>`;
}

/** "2014-10-21", or "2014-10-21 (approx.)", or "undated". */
export function dateLabel(date: string | null, approximate = false): string {
  if (!date) return 'undated';
  return approximate ? `${date.slice(0, 10)} (approx.)` : date.slice(0, 10);
}
