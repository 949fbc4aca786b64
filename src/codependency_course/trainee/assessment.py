"""What a graded assignment's trainee-facing cells call: items saved for grading, no key.

    from codependency_course.trainee import Assessment
    quiz = Assessment("check-1-foundations")   # answers go to check-1-foundations.answers.json
    quiz.item("q1", "Title", "Case text ...")   # an exercise in assessment mode
    quiz.rationale("rationale-1", "Your written rationale")   # a labelled text box

The written rationale is a plain text box saved in the same answers file (as the item
``rationale-1``, its text in ``reason``); the grading step ``FillWrittenAnswers`` copies it
into the hand-graded cell of the same grade id, so formgrader grades it as before. Items
with changes not saved yet are recorded for Validate (:func:`.grading.set_unsaved`).

In the browser (the zero-install site) the check's last item or rationale, as its notebook
lists them, ends with the **Submit** panel (:mod:`.web_submit`), which also names every item
not ready to hand in, as Validate would (:meth:`Assessment.pending`); on a server nothing changes.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from html import escape
from pathlib import Path

import ipywidgets as w

from codependency_course.answers import Answer

from .feedback import Message
from .frontend import LiveRegion
from .grading import LIVE, grading_run, latest_answer, not_ready, set_unsaved
from .privacy import REMINDER, find_identifiers
from .store import AnswerStore
from .web_submit import on_web, web_panel
from .widget import WIDE, Exercise, ItemSpec

_CALL = re.compile(r"\.(item|rationale)\(\s*[\"']([^\"']+)[\"']")


class Assessment:
    """A graded assignment's items; answers are saved beside the notebook for nbgrader."""

    def __init__(self, assignment_id: str, folder: Path | str | None = None):
        self.assignment_id = assignment_id
        """The nbgrader assignment id; it names the answers file."""
        self.store = AnswerStore(assignment_id, folder)
        """Where answers are saved (carried by nbgrader submit and collect)."""
        self.folder = self.store.path.parent

    def _unsaved(self, item_id: str):
        if grading_run():  # nbgrader's own run must not overwrite what the trainee's kernel recorded
            return lambda unsaved: None
        return lambda unsaved: set_unsaved(self.assignment_id, item_id, unsaved, self.folder)

    def item(self, item_id: str, title: str, text: str) -> Exercise:
        """An item to classify and save; the kernel never holds its key."""
        LIVE.add((str(self.store.path.resolve()), item_id))
        return self._web_end(item_id, Exercise(ItemSpec(item_id, title, text.strip()), self.store, mode="assessment",
                                               on_unsaved=self._unsaved(item_id)))

    def rationale(self, item_id: str, title: str, words: tuple[int, int] = (80, 150)) -> "Rationale":
        """A labelled text box for a hand-graded written answer, saved with the submission."""
        LIVE.add((str(self.store.path.resolve()), item_id))
        return self._web_end(item_id, Rationale(item_id, title, self.store, words, self._unsaved(item_id)))

    @cached_property
    def listed(self) -> list[tuple[str, str]]:
        """``(kind, id)`` of every item (``item``) and written rationale (``rationale``) the
        check's notebook calls, in order; read once per check (empty when it is not readable)."""
        try:
            doc = json.loads((self.folder / f"{self.assignment_id}.ipynb").read_text(encoding="utf-8"))
            sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                       for c in doc["cells"] if c.get("cell_type") == "code"]
        except (OSError, ValueError, KeyError, TypeError):
            return []
        return [(m.group(1), m.group(2)) for src in sources for m in _CALL.finditer(src)]

    @property
    def last_item(self) -> str | None:
        """The id of the notebook's last item or rationale (None when the notebook is not readable)."""
        return self.listed[-1][1] if self.listed else None

    def pending(self) -> list[str]:
        """Why each listed item is not ready to hand in (not answered, or changed and not saved),
        in Validate's words; empty when all are."""
        out = []
        for kind, item_id in self.listed:
            answer, _problems = latest_answer(self.assignment_id, item_id, self.folder)
            words = {"what": "Written rationale", "action": "type it in its box and press Save rationale"} if kind == "rationale" else {}
            why = not_ready(self.assignment_id, item_id, answer, self.folder, **words)
            if why:
                out.append(why)
        return out

    def _web_end(self, item_id: str, shown):
        """In the browser, the last item ends with the Submit panel (the check gains no cell)."""
        if on_web() and item_id == self.last_item:
            shown.submit_panel = web_panel(self.assignment_id, self.folder, self.pending)
            shown.widget.children = (*shown.widget.children, shown.submit_panel)
        return shown


class Rationale:
    """A plain, labelled text area and a Save button; the text is saved for hand-grading."""

    def __init__(self, item_id: str, title: str, store: AnswerStore, words: tuple[int, int], on_unsaved):
        self.item_id, self.title, self.store, self.words, self._on_unsaved = item_id, title, store, words, on_unsaved
        self._unsaved = False
        self.box = w.Textarea(description=f"{title}:", style=WIDE, layout=w.Layout(width="46em", height="12em"),
                              placeholder=f"Type your answer here ({words[0]}-{words[1]} words).")
        self.count = w.HTML()
        self.confirm = w.Checkbox(value=False, indent=False, layout=w.Layout(display="none", width="auto"),
                                  description="I confirm my answer holds no identifiable client information")
        self.button = w.Button(description="Save rationale", tooltip="Save your written rationale for grading",
                               button_style="primary")
        self.live = LiveRegion()
        last = store.latest(item_id)
        self._saved = last.reason if last else ""
        self.box.value = self._saved
        self._count()
        self.live.show(Message(f"Restored your saved rationale ({self._n(self._saved)} words)." if last else
                               "Not saved yet: type your answer, then press Save rationale."))
        self.box.observe(lambda _c: self._changed(), names="value")
        self.button.on_click(lambda _b: self.submit())
        self.widget = w.VBox([w.HTML(f'<p class="cc-privacy"><strong>{escape(REMINDER)}</strong></p>'),
                              self.box, self.count, self.confirm, self.button, self.live])
        self.widget.add_class("cc-exercise")
        on_unsaved(False)

    @staticmethod
    def _n(text: str) -> int:
        return len(text.split())

    def _count(self) -> None:
        self.count.value = f"<span>{self._n(self.box.value)} words (asked: {self.words[0]}-{self.words[1]})</span>"

    def _changed(self) -> None:
        self._count()
        self.confirm.value = False
        unsaved = self.box.value.strip() != self._saved.strip()
        if unsaved != self._unsaved:  # announce the change of state, not every keystroke
            self.live.show(Message("Changes not saved yet: press Save rationale to keep them for grading.", "warning")
                           if unsaved else Message("Saved (no changes since)."))
        self._unsaved = unsaved
        self._on_unsaved(unsaved)

    def submit(self) -> Message:
        """Save the text (refused when empty, or when it seems to identify someone and is not confirmed)."""
        text = self.box.value.strip()
        if not text:
            return self._show(Message("Type your rationale first; nothing was saved.", "warning"))
        if len(text) > 4000:
            return self._show(Message(f"Your rationale is {len(text)} characters; the limit is 4000. Nothing was saved.",
                                      "warning"))
        kinds = find_identifiers(text)
        if kinds and not self.confirm.value:
            self.confirm.layout.display = "flex"
            return self._show(Message(
                f"Your rationale seems to contain {', '.join(kinds)}. Remove anything that could identify a real "
                "person, or tick the confirmation box if it is fictional, then press Save rationale again. Nothing was saved.",
                "warning"))
        self.store.record(self.item_id, Answer(reason=text), mode="assessment")
        self._saved, self._unsaved = text, False
        self._on_unsaved(False)
        return self._show(Message(f"Saved your rationale ({self._n(text)} words). You can change it and save again.",
                                  "success"))

    def _show(self, msg: Message) -> Message:
        self.live.show(msg)
        return msg

    def text(self) -> str:
        """The box as plain text."""
        return f"{self.title}: type your answer ({self.words[0]}-{self.words[1]} words) and press Save rationale."

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return bundle
