// Storyline web UI: the little behaviour the server-rendered pages need. No dependencies.
// Scrolling to a cited sentence is CSS (scroll-margin-top); this only flashes it again when a
// citation on the same page is followed, so the eye finds it.
function flashTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id && document.getElementById(id);
  if (!el) return;
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
}
window.addEventListener('hashchange', flashTarget);
