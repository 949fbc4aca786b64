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

Every radio group gets a name unique on the page (a page-wide counter behind a random
prefix), so exercises never share a group and cannot clear each other's choices, in any
number of open notebooks, on JupyterLab and on JupyterLite alike. When the kernel behind an
exercise is gone (restart, lost connection), ipywidgets marks its views disconnected; the
region then says "run this cell again" and disables the controls instead of leaving them dead.
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
.cc-live .cc-gone { font-weight: bold; border-left: 4px double var(--jp-warn-color0, #8a4b00); padding-left: 0.5em; }
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
// Radio group names must be unique on the whole page: anywidget evaluates this module once
// per exercise, so a counter of its own would restart at 1 for every exercise and every
// notebook, and same-named radios of different exercises would clear each other. The
// counter lives on the page (globalThis), behind a random per-page prefix.
const PAGE = (globalThis.crypto && globalThis.crypto.randomUUID ? globalThis.crypto.randomUUID() : Math.random().toString(36).slice(2)).slice(0, 8);
function nextGroup() {
  globalThis.__ccGroupSeq = (globalThis.__ccGroupSeq || 0) + 1;
  return `cc-${PAGE}-${globalThis.__ccGroupSeq}`;
}
const GONE = "The exercise's Python has restarted, so these controls are paused. Run this cell again "
  + "(or Run \u25b8 Run All) to continue; your saved answer will come back.";

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
      box.dataset.ccGroup = nextGroup();
      box.setAttribute("role", "radiogroup");
      const label = w.querySelector(".widget-label");
      const name = label ? label.textContent.replace(/:\\s*$/, "").trim() : "";
      if (name) { box.setAttribute("aria-label", name); }
    }
    box.querySelectorAll("input[type=radio]").forEach((r) => { r.name = box.dataset.ccGroup; });
    rove(box);
  });
}

// After a kernel restart (or a lost connection) ipywidgets marks every view of the old
// kernel "jupyter-widgets-disconnected": the controls can no longer reach Python. Say so in
// the live region and disable them, rather than leave controls that silently do nothing.
function isGone(area) {
  return area.classList.contains("jupyter-widgets-disconnected") || !!area.querySelector(".jupyter-widgets-disconnected");
}

function markGone(area, region, gone) {
  if (gone === (area.dataset.ccGone === "true")) { return; }
  area.dataset.ccGone = gone ? "true" : "false";
  area.querySelectorAll(CONTROLS).forEach((c) => {
    if (gone) { if (!c.disabled) { c.disabled = true; c.dataset.ccPaused = "true"; } }
    else if (c.dataset.ccPaused) { c.disabled = false; delete c.dataset.ccPaused; }
  });
  let note = area.querySelector(".cc-gone");
  if (gone && !note) {
    note = document.createElement("p");
    note.className = "cc-gone";
    note.textContent = GONE;
    region.appendChild(note);
  } else if (!gone && note) { note.remove(); }
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
  const show = () => {
    region.innerHTML = model.get("html");
    if (area && area.dataset.ccGone === "true") { area.dataset.ccGone = "false"; markGone(area, region, true); }
  };
  const changed = () => {
    show();
    // Feedback appears below the button: bring it into view (no animation).
    if (region.textContent) { region.scrollIntoView({ block: "nearest" }); }
  };
  let observer = null, area = null;
  show();
  model.on("change:html", changed);
  // Keep notebook command-mode shortcuts (arrows, a, b, d d) away from the exercise's
  // controls. Lumino checks the attribute on the focused element itself before matching
  // selectors such as ':focus', so every control is marked, including ones added later.
  const keydown = (e) => onKeydown(area, e);
  const refresh = (e) => { const box = e.target.closest && e.target.closest("[role=radiogroup]"); if (box) { rove(box); } };
  const attach = (tries) => {
    area = el.closest(".cc-exercise") || el.closest(".jp-OutputArea-output");
    if (!area) {
      if (tries > 0) { setTimeout(() => attach(tries - 1), 100); }
      return;
    }
    markGroups(area);
    markGone(area, region, isGone(area));
    area.addEventListener("keydown", keydown, true);
    area.addEventListener("change", refresh);
    area.addEventListener("focusin", refresh);
    observer = new MutationObserver(() => { markGroups(area); markGone(area, region, isGone(area)); });
    observer.observe(area, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
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
