"""The course evaluation a CE provider must collect: a form of widgets, saved in the answer store.

Questions: whether each lesson objective was met (the objectives are read from the lessons
through :mod:`codependency_course.content.syllabus`, never retyped), relevance to practice, quality of the material,
accuracy of the time estimate, intended changes to practice, perceived bias or commercial
influence, accessibility problems, and free-text comments. Answers go to
``course-evaluation.answers.json`` beside the notebook through :class:`store.AnswerStore`,
one item per question: a rating is kept as the answer's ``confidence`` (1-5), a choice or a
comment as its ``reason``. Free text is screened with :mod:`.privacy` before anything is saved.

Trainee side: no key, no instructor code, no pandas. :func:`read_response` is what the
provider's reports use to read a submitted file. In the browser (the zero-install site) the
form ends with the **Submit** panel of :mod:`.web_submit`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import ipywidgets as w

from codependency_course.answers import SUFFIX, Answer, UnreadableStore, read_answers
from codependency_course.content import syllabus

from .feedback import Message
from .frontend import LiveRegion
from .privacy import REMINDER, find_identifiers
from .store import AnswerStore
from .web_submit import web_panel

ASSIGNMENT = "course-evaluation"
MET = (("Met", "met"), ("Partly met", "partly"), ("Not met", "not_met"))
SCALE = (("1: poor", 1), ("2", 2), ("3", 3), ("4", 4), ("5: excellent", 5))


@dataclass(frozen=True)
class Question:
    """One evaluation question."""

    id: str
    """The item id in the answers file."""
    prompt: str
    """What the trainee reads."""
    kind: str
    """'scale' (1-5), 'choice' (one of ``options``) or 'text' (free text, optional)."""
    options: tuple[tuple[str, str], ...] = ()
    """(shown, saved) pairs for a choice."""
    group: str = ""
    """The heading it is shown under (a lesson's title for objectives)."""

    @property
    def required(self) -> bool:
        """Ratings and choices are required; free text is optional."""
        return self.kind != "text"


def questions(lessons: list[syllabus.LessonInfo] | None = None) -> list[Question]:
    """Every question, objectives first, in the order shown."""
    lessons = syllabus.load() if lessons is None else lessons
    qs = [Question(f"objective-{x.number}-{i}", obj, "choice", MET, f"{x.number} · {x.title}")
          for x in lessons for i, obj in enumerate(x.objectives, 1)]
    general = "The course as a whole"
    qs += [
        Question("relevance", "How relevant was the course to your clinical practice?", "scale", group=general),
        Question("quality", "How would you rate the quality of the material (cases, explanations, feedback)?", "scale", group=general),
        Question("time-estimate", "Compared with the estimated times, the lessons took me", "choice",
                 (("Much less time", "less"), ("About the estimated time", "accurate"), ("Much more time", "more")), general),
        Question("practice-change", "Will you change anything in your practice as a result of this course?", "choice",
                 (("Yes", "yes"), ("Perhaps", "perhaps"), ("No: my practice already matches", "already"), ("No", "no")), general),
        Question("practice-change-detail", "If so, what will you do differently? (optional)", "text", group=general),
        Question("bias", "Did you notice bias, or commercial influence (promotion of a product, service or provider)?", "choice",
                 (("No", "no"), ("Yes", "yes")), general),
        Question("bias-detail", "If yes, where? (optional)", "text", group=general),
        Question("accessibility", "Did you meet any accessibility problem (screen reader, keyboard, reading, time)?", "choice",
                 (("No", "no"), ("Yes", "yes")), general),
        Question("accessibility-detail", "If yes, what happened? (optional)", "text", group=general),
        Question("comments", "Any other comments for the course team? (optional)", "text", group=general),
    ]
    return qs


def value_of(q: Question, answer: Answer | None):
    """The saved value of a question (a rating, a choice key, a text) or None."""
    if answer is None:
        return None
    if q.kind == "scale":
        return answer.confidence
    return answer.reason or None


def answer_for(q: Question, value) -> Answer:
    """How a question's value is kept in the answer store."""
    return Answer(confidence=int(value)) if q.kind == "scale" else Answer(reason=str(value))


@dataclass
class Response:
    """One trainee's evaluation as read from a submitted answers file."""

    values: dict[str, object] = field(default_factory=dict)
    """Question id -> saved value (latest save)."""
    missing: list[str] = field(default_factory=list)
    """Required questions not answered."""
    problems: list[str] = field(default_factory=list)
    """Anything that could not be read."""

    @property
    def complete(self) -> bool:
        """Every required question answered."""
        return not self.missing and not self.problems


def read_response(path: Path | str, qs: list[Question] | None = None) -> Response:
    """Read an evaluation answers file (never changes it); a missing file is an empty response."""
    qs = questions() if qs is None else qs
    try:
        doc, problems = read_answers(path)
    except UnreadableStore as exc:
        return Response(missing=[q.id for q in qs if q.required], problems=[str(exc)])
    out = Response(problems=list(problems))
    for q in qs:
        rec = doc.items.get(q.id)
        v = value_of(q, rec.attempts[-1].answer() if rec and rec.attempts else None)
        if v is not None and (q.kind != "choice" or v in {k for _, k in q.options}):
            out.values[q.id] = v
        elif q.required:
            out.missing.append(q.id)
    return out


class EvaluationForm:
    """The evaluation as widgets: one control per question, one Save button, restored on run."""

    def __init__(self, assignment_id: str = ASSIGNMENT, folder: Path | str | None = None,
                 lessons: list[syllabus.LessonInfo] | None = None):
        self.store = AnswerStore(assignment_id, folder)
        self.questions = questions(lessons)
        self.controls: dict[str, w.Widget] = {}
        rows: list[w.Widget] = []
        group = None
        for q in self.questions:
            if q.group != group:
                group = q.group
                head = "Learning objectives, lesson " if q.id.startswith("objective-") else ""
                rows.append(w.HTML(f"<h3>{escape(head + group)}</h3>"))
            rows.append(w.HTML(f'<p class="cc-q">{escape(q.prompt)}</p>'))
            # a short visible label names each control for screen readers (the group's aria-label)
            name = (f"Lesson {q.id.split('-')[1]}, objective {q.id.split('-')[2]}:" if q.id.startswith("objective-")
                    else q.id.replace("-", " ").capitalize() + ":")
            if q.kind == "text":
                c = w.Textarea(description=name, style={"description_width": "initial"},
                               layout=w.Layout(width="46em", height="4em"), placeholder="No client details, please.")
            else:
                opts = q.options if q.kind == "choice" else SCALE
                # radio groups, as in the exercise: arrow keys within a group, Tab between groups
                c = w.RadioButtons(options=list(opts), value=None, description=name, style={"description_width": "initial"},
                                   layout=w.Layout(width="auto"))
            self.controls[q.id] = c
            rows.append(c)
        self.confirm = w.Checkbox(value=False, indent=False, layout=w.Layout(display="none"),
                                  description="I confirm my comments hold no identifiable client information")
        self.button = w.Button(description="Save evaluation", button_style="primary",
                               tooltip="Save every answer given so far; you can come back and change them")
        self.live = LiveRegion()
        self.button.on_click(lambda _b: self.save())
        self.widget = w.VBox([*rows, w.HTML(f'<p class="cc-privacy"><strong>{escape(REMINDER)}</strong></p>'),
                              self.confirm, self.button, self.live])
        self.widget.add_class("cc-exercise")
        self.submit_panel = web_panel(assignment_id, self.store.path.parent)
        """In the browser only: the Submit panel that downloads the evaluation as a file (None on a server)."""
        if self.submit_panel is not None:
            self.widget.children = (*self.widget.children, self.submit_panel)
        self.restore()

    def _latest(self, q: Question) -> object:
        last = self.store.latest(q.id)
        return value_of(q, last.answer() if last else None)

    def restore(self) -> None:
        """Put saved answers back into the controls."""
        n = 0
        for q in self.questions:
            v = self._latest(q)
            if v is not None:
                self.controls[q.id].value = v
                n += 1
        if n:
            self.live.show(Message(f"Restored {n} saved answer(s). {self.status()}"))

    def status(self) -> str:
        """How many required questions are still open."""
        left = [q for q in self.questions if q.required and self._latest(q) is None]
        return "Every required question is answered." if not left else f"{len(left)} required question(s) still open."

    def save(self) -> Message:
        """Save every answered question whose value changed; free text is privacy-screened first."""
        texts = " ".join(str(self.controls[q.id].value) for q in self.questions if q.kind == "text")
        kinds = find_identifiers(texts)
        if kinds and not self.confirm.value:
            self.confirm.layout.display = "flex"
            return self._show(Message(
                f"Your comments seem to contain {', '.join(kinds)}. Remove anything that could identify a real person, "
                "or tick the confirmation box if it is fictional, then press Save again. Nothing was saved.", "warning"))
        saved = 0
        for q in self.questions:
            v = self.controls[q.id].value
            v = v.strip() if isinstance(v, str) else v
            if v in (None, "") or v == self._latest(q):
                continue
            self.store.record(q.id, answer_for(q, v), mode="assessment")
            saved += 1
        return self._show(Message(f"Saved {saved} answer(s). {self.status()} Submit this assignment with your post-test.", "success"))

    def _show(self, msg: Message) -> Message:
        self.live.show(msg)
        return msg

    def text(self) -> str:
        """The form as plain text."""
        return (f"Course evaluation: {sum(q.required for q in self.questions)} required questions and "
                f"{sum(not q.required for q in self.questions)} optional comments. {self.status()}")

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return bundle


__all__ = ["ASSIGNMENT", "EvaluationForm", "Question", "Response", "questions", "read_response", "SUFFIX"]
