"""Submit on the zero-install site: the trainee's id in, one submission file out as a download.

In the browser (Pyodide, ``sys.platform == "emscripten"``) there is no nbgrader exchange. The
check's own widgets end with a **Submit** panel (:func:`web_panel`; nothing changes on a
server): the trainee types the id their provider gave them, the id is checked with
:func:`.submission_file.check_id`, and the browser downloads
:func:`.submission_file.build`'s zip, named by :func:`.submission_file.file_name`, to hand
in through the provider's channel. The web version has no Validate button, so the message
after each press also names every item that is not ready (not answered, or changed and not
saved), in Validate's words: the file is still downloaded (a trainee may hand in what they
have), and they may submit again after saving. No cell is added to the released notebook (its cells are
locked by nbgrader's checksums): the panel is part of an existing widget's output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable

import anywidget
import traitlets

from . import submission_file
from .answers_export import DOWNLOAD_JS


def on_web() -> bool:
    """True in the browser's Python (Pyodide), where checks are handed in as a file."""
    return sys.platform == "emscripten"


HINT = ("This web version has no Validate button: Submit names any item not answered or not saved yet, "
        "and downloads the file you hand in.")
"""Under the id field: where the check's text says Validate, Submit does that job here."""

_ESM = DOWNLOAD_JS + f"const HINT = {json.dumps(HINT)};\n" + """
let made = 0;
function render({ model, el }) {
  made += 1;
  const id = `cc-submit-id-${made}-${Math.random().toString(36).slice(2, 8)}`;
  const box = document.createElement("div");
  box.className = "cc-submit";
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = "Your trainee id (given by your course provider)";
  const input = document.createElement("input");
  input.type = "text";
  input.id = id;
  input.autocomplete = "off";
  input.spellcheck = false;
  input.className = "jp-mod-styled";
  input.value = model.get("student_id");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "jp-Button jp-mod-styled jp-mod-accept";
  button.textContent = "Submit " + model.get("assignment");
  const hint = document.createElement("p");
  hint.id = id + "-hint";
  hint.className = "cc-submit-hint";
  hint.textContent = HINT;
  input.setAttribute("aria-describedby", hint.id);
  const status = document.createElement("div");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.className = "cc-live";
  status.textContent = model.get("last");
  const submit = () => {
    status.textContent = "Preparing your submission…";
    model.send({ event: "submit", student_id: input.value });
  };
  button.addEventListener("click", submit);
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); submit(); } });
  const onMsg = (msg, buffers) => {
    if (!msg || (msg.event !== "submitted" && msg.event !== "refused")) { return; }
    if (msg.event === "submitted") {
      download(buffers[0], msg.filename);
      input.removeAttribute("aria-invalid");
    } else {
      input.setAttribute("aria-invalid", "true");
    }
    status.textContent = msg.text;
  };
  model.on("msg:custom", onMsg);
  const row = document.createElement("div");
  row.append(input, button);
  box.append(label, hint, row, status);
  // keys typed here are the trainee's, never the notebook's shortcuts
  box.setAttribute("data-lm-suppress-shortcuts", "true");
  el.append(box);
  return () => model.off("msg:custom", onMsg);
}
export default { render };
"""


_CSS = """
.cc-submit { margin-top: 1em; padding-top: 0.6em; border-top: 1px solid var(--jp-border-color2, #ccc); }
.cc-submit label { display: block; margin-bottom: 0.35em; font-weight: bold; }
.cc-submit input { width: 16em; margin-right: 0.5em; padding: 0.25em 0.4em; }
.cc-submit input[aria-invalid="true"] { border: 2px solid var(--jp-error-color1, #c00); }
.cc-submit [role="status"] { margin-top: 0.5em; }
.cc-submit .cc-submit-hint { margin: 0 0 0.4em 0; color: var(--jp-ui-font-color1, #333); }
"""


class SubmitButton(anywidget.AnyWidget):
    """Asks for the trainee's id and downloads ``<id>+<assignment>.zip`` of the check's folder."""

    _esm = _ESM
    _css = _CSS
    assignment = traitlets.Unicode().tag(sync=True)
    """The check handed in (its notebook is ``<folder>/<assignment>.ipynb``)."""
    folder = traitlets.Unicode(".")
    """The check's own folder (where its notebook and answers file are)."""
    student_id = traitlets.Unicode("").tag(sync=True)
    """The id last submitted under (shown again when the widget is drawn anew)."""
    last = traitlets.Unicode("").tag(sync=True)
    """What the last press said (plain text, for tests and screen readers)."""

    def __init__(self, assignment: str, folder: Path | str = ".", pending: Callable[[], list[str]] | None = None,
                 **kwargs):
        super().__init__(assignment=assignment, folder=str(folder), **kwargs)
        self._pending = pending or (lambda: [])
        self.on_msg(self._handle)

    def submission(self, student_id: str) -> tuple[str, bytes | None, str]:
        """(file name, zip bytes or None, the message for the trainee) for one press of Submit."""
        student_id = student_id.strip() if isinstance(student_id, str) else ""
        if not student_id:
            return "", None, "Type the trainee id your course provider gave you, then press Submit."
        problem = submission_file.check_id(student_id)
        if problem:
            return "", None, f"Nothing was downloaded: the {problem}."
        try:
            data = submission_file.build(self.folder, self.assignment, student_id)
        except (ValueError, OSError) as exc:
            return "", None, f"Nothing was downloaded: {exc}."
        name = submission_file.file_name(student_id, self.assignment)
        said = (f"Downloaded {name}: find it in your browser's downloads and hand it in as your course "
                "provider asks. Only saved answers are in it; you may submit again after changes.")
        pending = self._pending()
        if pending:
            said += (f" Not ready in this file ({len(pending)}): " + " ".join(pending)
                     + " Fix these, then press Submit again and hand in the new file.")
        return name, data, said

    def _handle(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict) or content.get("event") != "submit":
            return
        name, data, self.last = self.submission(content.get("student_id"))
        if data is None:
            self.send({"event": "refused", "text": self.last})
            return
        self.student_id = content["student_id"].strip()
        self.send({"event": "submitted", "filename": name, "text": self.last}, buffers=[data])

    def text(self) -> str:
        """The panel as plain text."""
        return (f"Submit {self.assignment}: type your trainee id and press Submit; your browser downloads "
                f"{submission_file.file_name('<id>', self.assignment)} to hand in. {HINT}")

    def _repr_pretty_(self, p, cycle) -> None:  # plain-text view, e.g. in a terminal
        p.text(self.text())


def web_panel(assignment: str, folder: Path | str, pending: Callable[[], list[str]] | None = None) -> SubmitButton | None:
    """The Submit panel for a check's widgets to end with, in the browser only (None on a server);
    ``pending`` says why each item is not ready to hand in (none: every item is)."""
    return SubmitButton(assignment, folder, pending) if on_web() else None


__all__ = ["SubmitButton", "on_web", "web_panel"]
