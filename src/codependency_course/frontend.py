"""The small browser-side piece of the exercise: styling and a live region.

:class:`LiveRegion` is an anywidget (no build step, works offline) that keeps one
``role="status" aria-live="polite"`` element alive and updates its content, so screen
readers announce feedback. It also marks the exercise's output area with
``data-lm-suppress-shortcuts`` so arrow keys and letters typed inside the exercise reach
its controls instead of JupyterLab's notebook shortcuts. The CSS gives every control a
visible focus ring and marks outcomes with text and borders, never colour alone.
"""

from __future__ import annotations

import anywidget
import traitlets

CSS = """
.cc-exercise :focus-visible { outline: 3px solid #1c4f9c; outline-offset: 2px; }
.cc-exercise .cc-case { max-width: 46em; line-height: 1.5; }
.cc-exercise .widget-radio-box label { white-space: normal; }
.cc-live { border-left: 4px solid #1c4f9c; padding: 0.25em 0.75em; max-width: 46em; }
.cc-live:empty { border: none; padding: 0; }
.cc-live .cc-ok::before, .cc-live .cc-bad::before, .cc-live .cc-warn::before { font-weight: bold; }
.cc-live .cc-warn, .cc-msg.cc-warning { border-left: 4px double #8a4b00; padding-left: 0.5em; }
.cc-live ul { margin: 0.25em 0 0.5em 1.25em; }
"""

ESM = """
function render({ model, el }) {
  const region = document.createElement("div");
  region.className = "cc-live";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  el.appendChild(region);
  const show = () => { region.innerHTML = model.get("html"); };
  show();
  model.on("change:html", show);
  // Keep notebook command-mode shortcuts (arrows, a, b, d d) away from the exercise's
  // controls. Lumino checks the attribute on the focused element itself before matching
  // selectors such as ':focus', so every control is marked, including ones added later.
  const CONTROLS = "input, select, textarea, button";
  let observer = null;
  const markAll = (area) => {
    area.setAttribute("data-lm-suppress-shortcuts", "true");
    area.querySelectorAll(CONTROLS).forEach((c) => c.setAttribute("data-lm-suppress-shortcuts", "true"));
  };
  const attach = (tries) => {
    const area = el.closest(".cc-exercise") || el.closest(".jp-OutputArea-output");
    if (!area) {
      if (tries > 0) { setTimeout(() => attach(tries - 1), 100); }
      return;
    }
    markAll(area);
    observer = new MutationObserver(() => markAll(area));
    observer.observe(area, { childList: true, subtree: true });
  };
  attach(100);
  return () => { model.off("change:html", show); if (observer) { observer.disconnect(); } };
}
export default { render };
"""


class LiveRegion(anywidget.AnyWidget):
    """A polite live region: whatever is put in ``html`` is announced; ``text`` is its plain form."""

    _esm = ESM
    _css = CSS
    html = traitlets.Unicode("").tag(sync=True)
    """The current announcement, as HTML."""
    text = traitlets.Unicode("")
    """The same announcement as plain text (kept in the kernel for tests and terminals)."""

    def show(self, obj) -> None:
        """Announce a feedback object (anything with ``html()`` and ``text()``)."""
        self.text = obj.text()
        self.html = obj.html()

    def clear(self) -> None:
        """Empty the region."""
        self.text = ""
        self.html = ""
