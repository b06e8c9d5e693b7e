// Storyline web UI: the little behaviour the server-rendered pages need. No dependencies.
// A cited sentence (#s-START-END) is centred in the view, below the sticky header, and flashed.
function centreTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
}
window.addEventListener('hashchange', centreTarget);
document.addEventListener('DOMContentLoaded', centreTarget);
