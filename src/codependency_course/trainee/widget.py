"""The classification exercise: controls, their wiring to the answer store, restore.

The widget knows nothing about keys or scoring: in practice mode it is given a
``checker`` that turns an answer into a feedback object; in assessment mode it has none
and only saves. Styling lives in :mod:`.frontend`, the rubric in :mod:`codependency_course.rubric`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable

import ipywidgets as w
from pydantic import ValidationError

from codependency_course.answers import Answer, Attempt, Mode
from codependency_course.taxonomy import DIMENSIONS, LABEL_HELP, Label, Pole

from .feedback import Message, RichText
from .frontend import LiveRegion
from .privacy import REMINDER, find_identifiers
from .store import AnswerStore

CONFIDENCE = [("Not rated", 0), ("1: guessing", 1), ("2: unsure", 2), ("3: fairly sure", 3), ("4: sure", 4), ("5: certain", 5)]
POLE_OPTIONS = [(Pole.HEALTHY.title, Pole.HEALTHY), (Pole.CODEPENDENT.title, Pole.CODEPENDENT), (Pole.NONE.title, Pole.NONE)]
WIDE = {"description_width": "initial"}


@dataclass(frozen=True)
class ItemSpec:
    """What the exercise shows: an item id, a title and the case text."""

    id: str
    """The id answers are saved under."""
    title: str
    """Heading shown above the case."""
    text: str
    """The case, as plain paragraphs."""
    former_ids: tuple[str, ...] = ()
    """Ids this item was saved under before a rename; their attempts still count (read only)."""

    def text_block(self) -> str:
        """Title and case as plain text."""
        return f"{self.title}\n\n{self.text}"


Checker = Callable[[Answer, int], RichText]


def _when(attempt: Attempt) -> str:
    return attempt.at.astimezone().strftime("%Y-%m-%d %H:%M")


class Exercise:
    """One case to classify, with evidence on nine dimensions, confidence and a reason."""

    def __init__(self, item: ItemSpec, store: AnswerStore, *, mode: Mode = "practice", checker: Checker | None = None,
                 on_unsaved: Callable[[bool], None] | None = None):
        if mode == "practice" and checker is None:
            raise ValueError("a practice exercise needs a checker that explains the answer")
        if mode == "assessment" and checker is not None:
            raise ValueError("an assessment exercise must not hold a key: pass no checker")
        self.item, self.store, self.mode, self.checker = item, store, mode, checker
        self.case = w.HTML(self._case_html())
        self.label = w.RadioButtons(
            options=[(lab.title, lab) for lab in Label], value=None, description="Classification:", style=WIDE,
            tooltip="; ".join(f"{lab.title}: {LABEL_HELP[lab]}" for lab in Label),
        )
        self.dimensions = {
            d.key: w.RadioButtons(options=POLE_OPTIONS, value=Pole.NONE, description=f"{d.title}:", style=WIDE,
                                  tooltip=d.question, layout=w.Layout(width="auto"))
            for d in DIMENSIONS
        }
        self.confidence = w.Dropdown(options=CONFIDENCE, value=0, description="Confidence:", style=WIDE)
        self.privacy = w.HTML(f'<p class="cc-privacy"><strong>{escape(REMINDER)}</strong></p>')
        self.reason = w.Textarea(
            description="Your reason (optional):", style=WIDE, layout=w.Layout(width="46em", height="5em"),
            placeholder="A sentence or two on the evidence that decided it for you.",
        )
        self.confirm = w.Checkbox(
            value=False, indent=False, description="I confirm my reason holds no identifiable client information",
            layout=w.Layout(display="none", width="auto"),
        )
        self.button = w.Button(
            description="Check answer" if mode == "practice" else "Save answer",
            tooltip="Check your answer and see explained feedback" if mode == "practice" else "Save your answer for grading",
            button_style="primary",
        )
        self.live = LiveRegion()
        self._restored: Answer | None = None  # the answer put back by restore(), until the trainee checks another
        self._on_unsaved, self._unsaved, self._loading = on_unsaved, False, False
        self.button.on_click(lambda _b: self.submit())
        self.reason.observe(lambda _c: self._reset_confirm(), names="value")
        self.widget = w.VBox([
            self.case,
            self.label,
            w.HTML("<strong>Evidence:</strong> for each dimension, which pole does the case show?"),
            w.GridBox(list(self.dimensions.values()),
                      layout=w.Layout(grid_template_columns="repeat(auto-fill, minmax(15em, 1fr))", grid_gap="0.25em 1em")),
            self.confidence, self.privacy, self.reason, self.confirm, self.button, self.live,
        ])
        self.widget.add_class("cc-exercise")
        self.restore()
        if mode == "assessment":
            for control in (self.label, *self.dimensions.values(), self.confidence, self.reason):
                control.observe(lambda _c: self._changed(), names="value")
            if not self.history():
                self.live.show(Message("Not saved yet: choose a classification, mark the evidence, then press Save answer."))
            self._mark_unsaved(False)

    # -- reading and writing the controls ------------------------------------
    def _case_html(self) -> str:
        paras = "".join(f"<p>{escape(p.strip())}</p>" for p in self.item.text.split("\n\n") if p.strip())
        return f'<div class="cc-case"><h3>{escape(self.item.title)}</h3>{paras}</div>'

    def answer(self) -> Answer:
        """The answer the controls hold now."""
        return Answer(
            label=self.label.value,
            dimensions={k: c.value for k, c in self.dimensions.items()},
            confidence=self.confidence.value or None,  # 0 is "Not rated"
            reason=self.reason.value.strip(),
        )

    def set_answer(self, answer: Answer) -> None:
        """Put a saved answer back into the controls."""
        self._loading = True
        try:
            self.label.value = answer.label
            for k, c in self.dimensions.items():
                c.value = answer.dimensions.get(k, Pole.NONE)
            self.confidence.value = answer.confidence or 0
            self.reason.value = answer.reason
        finally:
            self._loading = False

    # -- assessment: the status line follows the save --------------------------
    def _changed(self) -> None:
        if self._loading:
            return
        last = self.store.latest(self.item.id)
        try:
            now = self.answer()
        except ValidationError:
            now = None
        unsaved = now != (last.answer() if last else Answer()) if now is not None else True
        if unsaved and not self._unsaved:
            self.live.show(Message("Changes not saved yet: press Save answer to keep them for grading.", "warning"))
        elif not unsaved and self._unsaved:
            self.live.show(Message(self._summary(last) if last else "Not saved yet."))
        self._mark_unsaved(unsaved)

    def _mark_unsaved(self, unsaved: bool) -> None:
        self._unsaved = unsaved
        if self._on_unsaved is not None:
            self._on_unsaved(unsaved)

    def history(self) -> list[Attempt]:
        """Every saved attempt at this item, under its former ids too, oldest first."""
        tries = [t for i in (*self.item.former_ids, self.item.id) for t in self.store.attempts(i)]
        return sorted(tries, key=lambda t: t.at)

    def restore(self) -> None:
        """Load the latest saved attempt, if any, and say so (restoring is not an attempt)."""
        tries = self.history()
        if not tries:
            return
        last = tries[-1]
        self._restored = last.answer()
        self.set_answer(self._restored)
        n = len(tries)
        if self.mode == "practice":
            self.live.show(Message(f"Restored your answer from {_when(last)} (attempt {n}). Press Check answer to see the feedback again."))
        else:
            self.live.show(Message(f"Restored your saved answer from {_when(last)}. {self._summary(last)}"))

    def _reset_confirm(self) -> None:
        self.confirm.value = False

    @staticmethod
    def _summary(answer: Answer) -> str:
        lab = answer.label.title if answer.label else "no classification"
        return f"Saved: {lab}; {len(answer.dimensions)} of 9 dimensions marked."

    # -- the button ----------------------------------------------------------
    def submit(self) -> RichText:
        """Check (practice) or save (assessment) what the controls hold; returns what was shown."""
        try:
            answer = self.answer()
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(x) for x in first["loc"]) or "answer"
            return self._show(Message(f"Your answer could not be saved ({field}: {first['msg']}). Nothing was saved.", "warning"))
        if answer.is_empty:
            return self._show(Message("Choose a classification or mark some evidence first; nothing was saved.", "warning"))
        kinds = find_identifiers(answer.reason)
        if kinds and not self.confirm.value:
            self.confirm.layout.display = "flex"
            return self._show(Message(
                f"Your reason seems to contain {', '.join(kinds)}. Remove anything that could identify a real "
                "person, or tick the confirmation box if it is fictional, then press the button again. Nothing was saved.",
                "warning",
            ))
        if self.mode == "assessment":
            saved = self.store.record(self.item.id, answer, mode="assessment")
            self._mark_unsaved(False)
            return self._show(Message(f"{self._summary(saved)} ({_when(saved)}). You can change it and save again.", "success"))
        done = len(self.history())
        if answer == self._restored:  # the restored answer, unchanged: show its feedback again, count nothing
            return self._show(self.checker(answer, done))
        shown = self.checker(answer, done + 1)
        self.store.record(self.item.id, answer, mode="practice", score=getattr(getattr(shown, "score", None), "fraction", None))
        self._restored = None
        return self._show(shown)

    def _show(self, obj: RichText) -> RichText:
        self.live.show(obj)
        return obj

    # -- display -------------------------------------------------------------
    def text(self) -> str:
        """The exercise as plain text (for terminals, screen readers and notebook checks)."""
        how = "check it for feedback" if self.mode == "practice" else "save it for grading"
        return (
            f"{self.item.text_block()}\n\nClassify the case ({' / '.join(lab.title for lab in Label)}), mark the evidence "
            f"on the nine dimensions, then {how}."
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return bundle
