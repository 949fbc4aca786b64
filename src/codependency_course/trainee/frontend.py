"""The small browser-side piece of the exercise: styling, keyboard and a live region.

:class:`LiveRegion` is an anywidget (no build step, works offline) that keeps one
``role="status" aria-live="polite"`` element alive and updates its content, so screen
readers announce feedback, and scrolls new feedback into view. It also marks the
exercise's output area with ``data-lm-suppress-shortcuts`` so keys typed inside the
exercise reach its controls instead of JupyterLab's notebook shortcuts, and turns each
ipywidgets RadioButtons into a WAI-ARIA radio group: ``role="radiogroup"`` named by its
label, one Tab stop per group (roving tabindex), arrow keys that move and select within
the group only, and Escape to leave the exercise. The CSS gives every control a 3 px
focus ring in the theme's strongest text colour (WCAG 2.2 focus appearance) and marks
outcomes with text and borders, never colour alone.
"""

from __future__ import annotations

import anywidget
import traitlets

CSS = """
.cc-exercise :focus-visible,
.cc-exercise .jupyter-button:focus-visible,
.cc-exercise .widget-dropdown > select:focus-visible,
.cc-exercise input[type=radio]:focus-visible {
  outline: 3px solid var(--jp-ui-font-color0, #000) !important;
  outline-offset: 2px !important;
}
.cc-exercise .cc-case { max-width: 46em; line-height: 1.5; }
.cc-exercise .cc-privacy { max-width: 46em; line-height: 1.4; margin: 0.5em 0; }
.cc-exercise .widget-radio-box label { white-space: normal; }
.cc-exercise .widget-radio-box[role=radiogroup] { border-radius: 2px; }
.cc-exercise .widget-label, .cc-exercise .widget-label-basic, .cc-exercise .widget-checkbox label {
  white-space: normal; overflow: visible; text-overflow: clip; max-width: none;
}
.cc-exercise .widget-checkbox { height: auto; min-height: var(--jp-widgets-inline-height); }
.cc-live { border-left: 4px solid var(--jp-brand-color1, #1c4f9c); padding: 0.25em 0.75em; max-width: 46em; }
.cc-live:empty { border: none; padding: 0; }
.cc-live .cc-ok::before, .cc-live .cc-bad::before, .cc-live .cc-warn::before { font-weight: bold; }
.cc-live .cc-warn, .cc-msg.cc-warning { border-left: 4px double var(--jp-warn-color0, #8a4b00); padding-left: 0.5em; }
.cc-live ul { margin: 0.25em 0 0.5em 1.25em; }
"""

ESM = """
// Each radio group follows the WAI-ARIA radio group pattern: role=radiogroup named by its
// label, one Tab stop (roving tabindex: the checked option, else the first), arrow keys
// move and select within the group only (wrapping), Home/End go to the ends, Space selects.
// Escape leaves the exercise and gives focus back to the notebook.
const KEYS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: "first", End: "last" };
const CONTROLS = "input, select, textarea, button";
let groupSeq = 0;

function rove(box) {
  const radios = [...box.querySelectorAll("input[type=radio]")];
  const current = radios.find((r) => r.checked) || radios[0];
  radios.forEach((r) => { r.tabIndex = r === current ? 0 : -1; });
}

function markGroups(area) {
  area.setAttribute("data-lm-suppress-shortcuts", "true");
  area.querySelectorAll(CONTROLS).forEach((c) => c.setAttribute("data-lm-suppress-shortcuts", "true"));
  area.querySelectorAll(".widget-radio").forEach((w) => {
    const box = w.querySelector(".widget-radio-box");
    if (!box) { return; }
    if (!box.dataset.ccGroup) {
      box.dataset.ccGroup = `cc-group-${++groupSeq}`;
      box.setAttribute("role", "radiogroup");
      const label = w.querySelector(".widget-label");
      const name = label ? label.textContent.replace(/:\\s*$/, "").trim() : "";
      if (name) { box.setAttribute("aria-label", name); }
    }
    box.querySelectorAll("input[type=radio]").forEach((r) => { r.name = box.dataset.ccGroup; });
    rove(box);
  });
}

function leave(area) {
  const notebook = area.closest(".jp-Notebook");
  if (document.activeElement && area.contains(document.activeElement)) { document.activeElement.blur(); }
  if (notebook) { notebook.focus(); }
}

function onKeydown(area, e) {
  if (e.key === "Escape") {
    e.preventDefault(); e.stopPropagation();
    leave(area);
    return;
  }
  const t = e.target;
  if (!(t instanceof HTMLInputElement) || t.type !== "radio" || !(e.key in KEYS)) { return; }
  const box = t.closest("[role=radiogroup]");
  if (!box || e.altKey || e.ctrlKey || e.metaKey) { return; }
  e.preventDefault(); e.stopPropagation();
  const radios = [...box.querySelectorAll("input[type=radio]")];
  const step = KEYS[e.key], i = radios.indexOf(t), n = radios.length;
  const j = step === "first" ? 0 : step === "last" ? n - 1 : (i + step + n) % n;
  const next = radios[j];
  next.focus();
  if (!next.checked) { next.click(); }  // ipywidgets listens for the click and tells the kernel
  rove(box);
}

function render({ model, el }) {
  const region = document.createElement("div");
  region.className = "cc-live";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  el.appendChild(region);
  const show = () => { region.innerHTML = model.get("html"); };
  const changed = () => {
    show();
    // Feedback appears below the button: bring it into view (no animation).
    if (region.textContent) { region.scrollIntoView({ block: "nearest" }); }
  };
  show();
  model.on("change:html", changed);
  // Keep notebook command-mode shortcuts (arrows, a, b, d d) away from the exercise's
  // controls. Lumino checks the attribute on the focused element itself before matching
  // selectors such as ':focus', so every control is marked, including ones added later.
  let observer = null, area = null;
  const keydown = (e) => onKeydown(area, e);
  const refresh = (e) => { const box = e.target.closest && e.target.closest("[role=radiogroup]"); if (box) { rove(box); } };
  const attach = (tries) => {
    area = el.closest(".cc-exercise") || el.closest(".jp-OutputArea-output");
    if (!area) {
      if (tries > 0) { setTimeout(() => attach(tries - 1), 100); }
      return;
    }
    markGroups(area);
    area.addEventListener("keydown", keydown, true);
    area.addEventListener("change", refresh);
    area.addEventListener("focusin", refresh);
    observer = new MutationObserver(() => markGroups(area));
    observer.observe(area, { childList: true, subtree: true });
  };
  attach(100);
  return () => {
    model.off("change:html", changed);
    if (observer) { observer.disconnect(); }
    if (area) {
      area.removeEventListener("keydown", keydown, true);
      area.removeEventListener("change", refresh);
      area.removeEventListener("focusin", refresh);
    }
  };
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
