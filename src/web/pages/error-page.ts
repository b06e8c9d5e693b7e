import { html, type Html } from '../html.js';
import { layout } from '../layout.js';

/** An HTML error page; `message` is escaped. Example: `errorPage(404, 'No such story.')`. */
export function errorPage(status: number, message: string): Html {
  return layout(`Error ${status}`, html`<h1>Error ${status}</h1><p class="error">${message}</p><p><a href="/">Back to the stories</a></p>`);
}
