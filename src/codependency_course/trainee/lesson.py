"""What a lesson notebook calls: show a case, walk through a worked example, practise.

    from codependency_course.trainee import Lesson
    lesson = Lesson("02-nine-dimensions")    # answers go to 02-nine-dimensions.answers.json
    lesson.case("grocery-rota")              # the case text only
    lesson.worked_example("grocery-rota")    # the case and its full analysis
    lesson.practice("grocery-rota")          # an exercise with immediate, explained feedback
    lesson.dimension_card("helping")         # one dimension's poles and question

Lesson notebooks keep these calls in hidden code cells: a trainee sees the output only.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from codependency_course import content
from codependency_course.answers import Answer
from codependency_course.rubric import score
from codependency_course.taxonomy import (
    DIMENSIONS,
    LABEL_HELP,
    Concern,
    Label,
    Tier,
    dimension,
)

from .feedback import SAFETY_EVIDENCE, ItemFeedback, RichText
from .store import AnswerStore
from .widget import Exercise, ItemSpec


def spec_of(v: content.Vignette) -> ItemSpec:
    """The exercise's view of a vignette."""
    return ItemSpec(v.id, v.title, v.text, tuple(old for old, new in content.RENAMED.items() if new == v.id))


def explain(v: content.Vignette, answer: Answer, attempt: int | None = None) -> ItemFeedback:
    """Explained feedback on an answer to a bank vignette."""
    return ItemFeedback(
        score=score(answer, content.key_of(v)), expected_label=v.label, given_label=answer.label,
        rationales={k: e.rationale for k, e in v.dimensions.items()}, teaching_point=v.teaching_point,
        concern=v.concern, attempt=attempt,
    )


@dataclass(repr=False)
class CaseView(RichText):
    """A vignette's text, optionally with its full analysis (a worked example)."""

    vignette: content.Vignette
    """The case shown."""
    analysed: bool = False
    """Whether to show the key and the reasoning too."""

    def _analysis(self) -> list[str]:
        v = self.vignette
        lines = [f"Classification: {v.label.title}."]
        if v.concern:
            lines.append(f"What comes first: {v.concern.title}. {v.concern.first_step}")
        if v.concern is Concern.SAFETY:
            lines.append(f"Evidence: {SAFETY_EVIDENCE}")
        for k, e in v.dimensions.items():
            also = ", also defensible" if e.tier is Tier.ACCEPTABLE else ""
            lines.append(f"{dimension(k).title} ({e.pole.title.lower()}{also}): {e.rationale}")
        lines.append(f"Teaching point: {v.teaching_point}")
        return lines

    def text(self) -> str:
        v = self.vignette
        out = f"{v.title}\n\n{v.text}"
        if self.analysed:
            out += "\n\nWorked analysis:\n" + "\n".join(f"  - {line}" for line in self._analysis())
        return out

    def html(self) -> str:
        v = self.vignette
        paras = "".join(f"<p>{escape(p.strip())}</p>" for p in v.text.split("\n\n") if p.strip())
        out = f'<div class="cc-case"><h3>{escape(v.title)}</h3>{paras}'
        if self.analysed:
            out += "<h4>Worked analysis</h4><ul>" + "".join(f"<li>{escape(x)}</li>" for x in self._analysis()) + "</ul>"
        return out + "</div>"


class Lesson:
    """The lesson's handle on the vignette bank and on its own answers file."""

    def __init__(self, name: str, folder: Path | str | None = None):
        self.name = name
        """The notebook's name; answers are saved as <name>.answers.json beside it."""
        self.store = AnswerStore(name, folder)
        """Where this lesson's practice answers are kept."""

    def case(self, vignette_id: str) -> CaseView:
        """Show a case without its analysis."""
        return CaseView(content.get(content.current_id(vignette_id)))

    def worked_example(self, vignette_id: str) -> CaseView:
        """Show a case with its full analysis."""
        return CaseView(content.get(content.current_id(vignette_id)), analysed=True)

    @staticmethod
    def vocabulary() -> Vocabulary:
        """The three classifications and the nine dimensions."""
        return Vocabulary()

    @staticmethod
    def dimension_card(key: str | None = None) -> DimensionCard:
        """One dimension's poles and question; with no key, the table of all nine."""
        return DimensionCard(key)

    def practice(self, vignette_id: str) -> Exercise:
        """An exercise on a bank case with immediate, explained feedback."""
        v = content.get(content.current_id(vignette_id))
        return Exercise(spec_of(v), self.store, mode="practice", checker=lambda a, n: explain(v, a, n))


@dataclass(repr=False)
class DimensionCard(RichText):
    """One dimension's two poles and its question, from the course taxonomy (or all nine as a table)."""

    key: str | None = None
    """The dimension shown; None shows the table of all nine."""

    def _rows(self) -> list[tuple[str, str, str, str]]:
        dims = DIMENSIONS if self.key is None else [dimension(self.key)]
        return [(d.title, d.healthy, d.codependent, d.question) for d in dims]

    def text(self) -> str:
        return "\n\n".join(f"{t}\n  Healthy pole: {h}\n  Codependent pole: {c}\n  The question to ask: {q}"
                           for t, h, c, q in self._rows())

    def html(self) -> str:
        if self.key is not None:
            (t, h, c, q), = self._rows()
            return (f'<div class="cc-dimension"><p><strong>{escape(t)}</strong></p><ul>'
                    f"<li><em>Healthy pole:</em> {escape(h)}</li><li><em>Codependent pole:</em> {escape(c)}</li>"
                    f"<li><em>The question to ask:</em> {escape(q)}</li></ul></div>")
        head = "".join(f'<th scope="col">{x}</th>' for x in ("#", "Dimension", "Healthy pole", "Codependent pole", "Question to ask"))
        body = "".join(f'<tr><td>{i}</td><th scope="row">{escape(t)}</th><td>{escape(h)}</td><td>{escape(c)}</td><td>{escape(q)}</td></tr>'
                       for i, (t, h, c, q) in enumerate(self._rows(), 1))
        return f'<table class="cc-dimensions"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


@dataclass(repr=False)
class Vocabulary(RichText):
    """The three classifications and the nine dimensions, as every exercise uses them."""

    def text(self) -> str:
        labels = "\n".join(f"{lab.title}: {LABEL_HELP[lab]}" for lab in Label)
        return f"{labels}\n\n{DimensionCard().text()}"

    def html(self) -> str:
        labels = "".join(f"<li><strong>{escape(lab.title)}:</strong> {escape(LABEL_HELP[lab])}</li>" for lab in Label)
        return f'<div class="cc-vocabulary"><h4>The three classifications</h4><ul>{labels}</ul>' \
               f"<h4>The nine dimensions</h4>{DimensionCard().html()}</div>"


__all__ = ["Lesson", "Vocabulary", "CaseView", "DimensionCard", "explain"]
