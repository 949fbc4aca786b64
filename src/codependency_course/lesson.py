"""What a lesson notebook calls: show a case, walk through a worked example, practise.

    from codependency_course.lesson import Lesson
    lesson = Lesson("02-nine-dimensions")    # answers go to 02-nine-dimensions.answers.json
    lesson.case("grocery-rota")              # the case text only
    lesson.worked_example("grocery-rota")    # the case and its full analysis
    lesson.practice("grocery-rota")          # an exercise with immediate, explained feedback
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from . import content
from .feedback import SAFETY_EVIDENCE, ItemFeedback, RichText
from .scoring import Key, score
from .store import Answer, AnswerStore
from .taxonomy import Concern, Tier, dimension
from .widget import Exercise, ItemSpec


def spec_of(v: content.Vignette) -> ItemSpec:
    """The exercise's view of a vignette."""
    return ItemSpec(v.id, v.title, v.text)


def key_of(v: content.Vignette) -> Key:
    """The scorer's key for a vignette."""
    return Key(v.label, v.poles(Tier.REQUIRED), v.concern, v.poles(Tier.ACCEPTABLE))


def explain(v: content.Vignette, answer: Answer, attempt: int | None = None) -> ItemFeedback:
    """Explained feedback on an answer to a bank vignette."""
    return ItemFeedback(
        score=score(answer, key_of(v)), expected_label=v.label, given_label=answer.label,
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
        return CaseView(content.get(vignette_id))

    def worked_example(self, vignette_id: str) -> CaseView:
        """Show a case with its full analysis."""
        return CaseView(content.get(vignette_id), analysed=True)

    def practice(self, vignette_id: str) -> Exercise:
        """An exercise on a bank case with immediate, explained feedback."""
        v = content.get(vignette_id)
        return Exercise(spec_of(v), self.store, mode="practice", checker=lambda a, n: explain(v, a, n))


__all__ = ["Lesson", "CaseView", "explain", "key_of"]
