import type { ActorView } from '../../api/views.js';
import { html, path, type Html } from '../html.js';

/** Distinct role titles of an actor, in the order first stated. */
export function distinctRoles(actor: ActorView): string[] {
  return [...new Set(actor.roles.map((r) => r.title))];
}

/** Actors as a list grouped by type (people, organisations, places), each linking to its page with its roles. */
export function actorsView(actors: readonly ActorView[], { articleCount }: { articleCount?: (a: ActorView) => number } = {}): Html {
  if (actors.length === 0) return html`<p class="na">No actors found.</p>`;
  const groups: [string, string][] = [['PER', 'People'], ['ORG', 'Organisations'], ['LOC', 'Places'], ['MISC', 'Other']];
  return html`<div class="actors">${groups.map(([type, label]) => {
    const list = actors.filter((a) => a.type === type);
    if (list.length === 0) return '';
    return html`<section><h3>${label}</h3><ul class="actor-list">${list.map((a) => {
      const roles = distinctRoles(a);
      const n = articleCount ? articleCount(a) : a.articles.length;
      return html`<li><a href="${path('/actors/', a.id)}">${a.name}</a>${roles.length ? html` <span class="roles">${roles.join('; ')}</span>` : ''} <span class="count" title="articles">${n}</span></li>`;
    })}</ul></section>`;
  })}</div>`;
}
